package org.mrdmft.io;

import java.util.List;
import org.mrdmft.config.RunConfig;
import org.mrdmft.dmft.ReplicaResult;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.dynamics.RegionDynamics;

/**
 * Everything the output files of one transient DMFT run record.
 *
 * @param command the command that produced it ("solve", "demo")
 * @param config the resolved configuration
 * @param fingerprint stable hash of the resolved configuration
 * @param result the solution
 * @param dynamics one entry per region: label and measurements (empty when the result holds no lag slice)
 * @param runtimeSeconds wall time of the run
 * @param provenance version and git commit
 * @param replica the replica DMFT's distances and exponents ({@code dmft.lyapunov}), or null without it
 */
public record RunRecord(String command, RunConfig config, String fingerprint, TransientResult result,
                        List<RegionDynamics> dynamics, double runtimeSeconds, Provenance provenance,
                        ReplicaResult replica) {
    public RunRecord {
        dynamics = List.copyOf(dynamics);
    }

    /** A run without the replica. */
    public RunRecord(String command, RunConfig config, String fingerprint, TransientResult result,
                     List<RegionDynamics> dynamics, double runtimeSeconds, Provenance provenance) {
        this(command, config, fingerprint, result, dynamics, runtimeSeconds, provenance, null);
    }

    /** The labels alone, one per region. */
    public List<DynamicsLabel> labels() {
        return dynamics.stream().map(RegionDynamics::label).toList();
    }
}
