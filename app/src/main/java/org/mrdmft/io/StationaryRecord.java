package org.mrdmft.io;

import java.util.List;
import org.mrdmft.config.RunConfig;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.stationary.RegionState;
import org.mrdmft.stationary.StationaryResult;

/**
 * Everything the output files of one stationary run record.
 *
 * @param command the command that produced it
 * @param config the resolved configuration
 * @param fingerprint stable hash of the resolved configuration
 * @param result the stationary analysis
 * @param runtimeSeconds wall time of the run
 * @param provenance version and git commit
 */
public record StationaryRecord(String command, RunConfig config, String fingerprint, StationaryResult result,
                               double runtimeSeconds, Provenance provenance) {

    /** Per region, the dynamics label of the representative fixed point's stationary state. */
    public List<DynamicsLabel> dynamics() {
        return result.representative().regions().stream().map(StationaryRecord::label).toList();
    }

    static DynamicsLabel label(RegionState s) {
        return switch (s.branch()) {
            case STATIC -> DynamicsLabel.FIXED_POINT;
            case CHAOTIC -> DynamicsLabel.FIXED_POINT_CHAOS;
            case SCS -> DynamicsLabel.CHAOS;
        };
    }
}
