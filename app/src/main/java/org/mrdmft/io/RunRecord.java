package org.mrdmft.io;

import java.util.List;
import org.mrdmft.config.RunConfig;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dynamics.DynamicsLabel;

/**
 * Everything the output files of one transient DMFT run record.
 *
 * @param command the command that produced it ("solve", "demo")
 * @param config the resolved configuration
 * @param fingerprint stable hash of the resolved configuration
 * @param result the solution
 * @param dynamics one label per region (empty when the result holds no lag slice)
 * @param runtimeSeconds wall time of the run
 * @param provenance version and git commit
 */
public record RunRecord(String command, RunConfig config, String fingerprint, TransientResult result,
                        List<DynamicsLabel> dynamics, double runtimeSeconds, Provenance provenance) {
    public RunRecord {
        dynamics = List.copyOf(dynamics);
    }
}
