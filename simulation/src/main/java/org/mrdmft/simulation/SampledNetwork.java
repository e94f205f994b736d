package org.mrdmft.simulation;

import java.util.List;

/**
 * One finite-N draw of a multiregion network: loading vectors, input patterns, dense random blocks,
 * the read-out variances actually used and the initial currents. Large arrays are shared, not copied:
 * instances are only handed from {@link NetworkSampler} to {@link NetworkSimulator} and tests, which
 * must not modify them.
 *
 * @param neurons N per region
 * @param readOut readOut[mu][nu] = n^{mu nu} (lives in region nu), length N
 * @param landing landing[mu][nu] = m^{mu nu} (lives in region mu), length N
 * @param patterns patterns[nu] = w^nu (unit variance), or null without inputs
 * @param blocks dense random couplings (empty when all disorder is zero)
 * @param readOutVariance sigma_n^2 per region, 1 unless raised to make the overlaps PSD
 * @param initialCurrents S^{mu nu}(0) = 2.5 z^nu / sqrt(R): x^mu(0) = sum_nu m^{mu nu} S^{mu nu}(0)
 * @param warnings human-readable notes (raised sigma_n^2)
 */
public record SampledNetwork(int neurons, double[][][] readOut, double[][][] landing, double[][] patterns,
                             List<RandomBlock> blocks, double[] readOutVariance, double[][] initialCurrents,
                             List<String> warnings) {
    public SampledNetwork {
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    /** Number of regions R. */
    public int regions() {
        return readOut.length;
    }
}
