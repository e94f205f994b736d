package org.mrdmft.io;

import org.mrdmft.config.RunConfig;
import org.mrdmft.simulation.SimulationEnsemble;

/**
 * Everything the output files of one finite-N simulation run record.
 *
 * @param command the command that produced it ("simulate")
 * @param config the resolved configuration
 * @param fingerprint stable hash of the resolved configuration
 * @param ensemble the simulated draws
 * @param runtimeSeconds wall time of the run
 * @param provenance version and git commit
 */
public record SimulationRecord(String command, RunConfig config, String fingerprint, SimulationEnsemble ensemble,
                               double runtimeSeconds, Provenance provenance) {
}
