package org.mrdmft.simulation;

/**
 * Sign-free views of currents S^{mu nu} (nu -&gt; mu). The sign of a route is a random symmetry of each network
 * draw (flipping the loading vectors of a pair flips it), so signed currents of different draws must not be
 * averaged: they cancel. Their magnitudes |S^{mu nu}| and the row norms ||S^{mu .}|| = sqrt(sum_nu (S^{mu nu})^2)
 * (docs/MODEL.md, the row norm) are the same for every draw up to finite-N noise and can be.
 */
public final class SignFree {
    private SignFree() {
    }

    /** ||S^{mu .}|| per target region mu. */
    public static double[] rowNorms(double[][] currents) {
        double[] out = new double[currents.length];
        for (int mu = 0; mu < currents.length; mu++) {
            double acc = 0.0;
            for (double s : currents[mu]) {
                acc += s * s;
            }
            out[mu] = Math.sqrt(acc);
        }
        return out;
    }

    /** ||S^{mu .}(t_k)|| [Nt][R] of a time series of currents [Nt][R][R]. */
    public static double[][] rowNorms(double[][][] currents) {
        double[][] out = new double[currents.length][];
        for (int k = 0; k < currents.length; k++) {
            out[k] = rowNorms(currents[k]);
        }
        return out;
    }

    /** |S^{mu nu}|, row-major: index mu * R + nu. */
    public static double[] flatAbs(double[][] currents) {
        int r = currents.length;
        double[] out = new double[r * r];
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < currents[mu].length; nu++) {
                out[mu * r + nu] = Math.abs(currents[mu][nu]);
            }
        }
        return out;
    }

    /** A row-major R * R array as an R x R matrix. */
    public static double[][] matrix(double[] flat, int regions) {
        double[][] out = new double[regions][regions];
        for (int mu = 0; mu < regions; mu++) {
            System.arraycopy(flat, mu * regions, out[mu], 0, regions);
        }
        return out;
    }
}
