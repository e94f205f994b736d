package org.mrdmft.figures;

/** A current matrix S^{mu nu} as table columns: row by row, with the 1-based target mu and source nu. */
final class CurrentMatrices {
    private CurrentMatrices() {
    }

    /** The matrix row by row: {@code s[mu][nu]} at index mu R + nu. */
    static double[] flatten(double[][] s) {
        int r = s.length;
        double[] flat = new double[r * r];
        for (int mu = 0; mu < r; mu++) {
            System.arraycopy(s[mu], 0, flat, mu * r, r);
        }
        return flat;
    }

    /** The 1-based target region mu of each entry of {@link #flatten}. */
    static double[] targets(int r) {
        double[] out = new double[r * r];
        for (int k = 0; k < r * r; k++) {
            out[k] = k / r + 1;
        }
        return out;
    }

    /** The 1-based source region nu of each entry of {@link #flatten}. */
    static double[] sources(int r) {
        double[] out = new double[r * r];
        for (int k = 0; k < r * r; k++) {
            out[k] = k % r + 1;
        }
        return out;
    }

    /** 1, 2, ..., R. */
    static double[] regionAxis(int r) {
        double[] x = new double[r];
        for (int mu = 0; mu < r; mu++) {
            x[mu] = mu + 1;
        }
        return x;
    }
}
