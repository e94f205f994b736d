package org.mrdmft.dmft;

/**
 * The structured part of a region's two-time function, sum U^{rho rho'} S^{rho}(t) S^{rho'}(t'), from
 * one region's overlap matrix U^mu.
 */
final class StructuredVariance {
    private StructuredVariance() {
    }

    /** out = U s. */
    static void apply(double[][] u, double[] s, double[] out) {
        int r = s.length;
        for (int a = 0; a < r; a++) {
            double acc = 0.0;
            for (int b = 0; b < r; b++) {
                acc += u[a][b] * s[b];
            }
            out[a] = acc;
        }
    }

    /** s1^T U s2. */
    static double quadratic(double[][] u, double[] s1, double[] s2) {
        int r = s1.length;
        double acc = 0.0;
        for (int a = 0; a < r; a++) {
            double row = 0.0;
            for (int b = 0; b < r; b++) {
                row += u[a][b] * s2[b];
            }
            acc += s1[a] * row;
        }
        return acc;
    }
}
