package org.mrdmft.simulation;

/**
 * Time averages after a burn-in of the observables that theory and simulation share: each region's current
 * row norm ||S^{mu .}|| (sign-free: signs depend on draws and initial conditions), gain and variance.
 *
 * @param rowNorms [R]
 * @param gains [R]
 * @param variances [R]
 */
public record LateAverages(double[] rowNorms, double[] gains, double[] variances) {

    /** Averages over the records k with k * step &gt;= burnIn. */
    public static LateAverages of(double[][][] currents, double[][] gain, double[][] variance, double step,
                                  double burnIn) {
        int r = gain[0].length;
        double[] norms = new double[r];
        double[] g = new double[r];
        double[] v = new double[r];
        int first = Math.min(gain.length - 1, (int) Math.ceil(burnIn / step - 1e-9));
        int count = 0;
        for (int k = first; k < gain.length; k++) {
            for (int mu = 0; mu < r; mu++) {
                double acc = 0.0;
                for (double s : currents[k][mu]) {
                    acc += s * s;
                }
                norms[mu] += Math.sqrt(acc);
                g[mu] += gain[k][mu];
                v[mu] += variance[k][mu];
            }
            count++;
        }
        for (int mu = 0; mu < r; mu++) {
            norms[mu] /= count;
            g[mu] /= count;
            v[mu] /= count;
        }
        return new LateAverages(norms, g, v);
    }
}
