package org.mrdmft.simulation;

import java.util.List;

/**
 * How a simulated draw went, beside its numbers: the read-out variance sigma_n^2 each region's loading vectors
 * needed (1 unless raised so that the overlaps are positive definite) and the warnings a caller should see.
 *
 * @param readOutVariance sigma_n^2 per region
 * @param warnings one line per region whose sigma_n^2 was raised (empty when none was)
 */
public record SimulationDiagnostics(double[] readOutVariance, List<String> warnings) {
    public SimulationDiagnostics {
        readOutVariance = readOutVariance.clone();
        warnings = List.copyOf(warnings);
    }

    @Override
    public double[] readOutVariance() {
        return readOutVariance.clone();
    }

    /** Whether some region needed a sigma_n^2 above the paper's 1. */
    public boolean raised() {
        for (double s : readOutVariance) {
            if (s > 1.0) {
                return true;
            }
        }
        return false;
    }
}
