package org.mrdmft.dmft;

/**
 * The two-time function Delta^mu(t_i, t_j) on a strided sub-grid (both arguments at indices
 * 0, stride, 2 stride, ...), stored as its upper triangle column by column (the order a solver produces
 * it); NaN where a window dropped the value.
 *
 * @param stride sub-sampling stride on the time grid
 * @param indices the time indices kept (m of them)
 * @param upperColumns [R][b][a] = Delta(t_indices[a], t_indices[b]) for a &lt;= b
 */
public record TwoTimeSample(int stride, int[] indices, double[][][] upperColumns) {

    /** A sample from full symmetric matrices [R][m][m]. */
    public static TwoTimeSample fromDense(int stride, int[] indices, double[][][] dense) {
        double[][][] cols = new double[dense.length][][];
        for (int mu = 0; mu < dense.length; mu++) {
            int m = dense[mu].length;
            cols[mu] = new double[m][];
            for (int b = 0; b < m; b++) {
                cols[mu][b] = new double[b + 1];
                for (int a = 0; a <= b; a++) {
                    cols[mu][b][a] = dense[mu][a][b];
                }
            }
        }
        return new TwoTimeSample(stride, indices, cols);
    }

    /** Delta^mu between the a-th and b-th kept times. */
    public double value(int mu, int a, int b) {
        return a <= b ? upperColumns[mu][b][a] : upperColumns[mu][a][b];
    }

    /** The full symmetric matrices [R][m][m] (built on each call). */
    public double[][][] values() {
        int r = upperColumns.length;
        int m = indices.length;
        double[][][] out = new double[r][m][m];
        for (int mu = 0; mu < r; mu++) {
            for (int a = 0; a < m; a++) {
                double[] row = out[mu][a];
                for (int b = 0; b < m; b++) {
                    row[b] = value(mu, a, b);
                }
            }
        }
        return out;
    }
}
