package org.mrdmft.io;

import org.mrdmft.config.RunConfig;
import org.mrdmft.validation.ValidationReport;

/**
 * Everything the output files of one validate run record.
 *
 * @param config the resolved configuration (the simulated network)
 * @param fingerprint stable hash of the resolved configuration and the theory overrides
 * @param theoryOverrides the --theory-set overrides that made the theory's network differ (usually none)
 * @param report the comparison
 * @param runtimeSeconds wall time
 * @param provenance version and git commit
 */
public record ValidationRecord(RunConfig config, String fingerprint, java.util.List<String> theoryOverrides,
                               ValidationReport report, double runtimeSeconds, Provenance provenance) {
    public ValidationRecord {
        theoryOverrides = java.util.List.copyOf(theoryOverrides);
    }
}
