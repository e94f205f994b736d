package org.mrdmft.simulation;

import java.util.List;

/**
 * The mean over independent network draws of a quantity with several components, and its standard error
 * (sample standard deviation over draws / sqrt(draws); 0 for a single draw, where it cannot be estimated).
 *
 * @param mean per component, the mean over draws
 * @param standardError per component, the standard error of that mean
 * @param draws the number of draws averaged
 */
public record DrawEstimate(double[] mean, double[] standardError, int draws) {
    public DrawEstimate {
        mean = mean.clone();
        standardError = standardError.clone();
        if (mean.length != standardError.length || draws < 1) {
            throw new IllegalArgumentException("a draw estimate needs one error per mean and at least one draw");
        }
    }

    /** Mean and standard error over {@code perDraw} (one array per draw, all of one length). */
    public static DrawEstimate of(List<double[]> perDraw) {
        int n = perDraw.size();
        if (n == 0) {
            throw new IllegalArgumentException("no draws to average");
        }
        int m = perDraw.get(0).length;
        double[] mean = new double[m];
        for (double[] x : perDraw) {
            for (int i = 0; i < m; i++) {
                mean[i] += x[i] / n;
            }
        }
        double[] se = new double[m];
        if (n > 1) {
            for (int i = 0; i < m; i++) {
                double ss = 0.0;
                for (double[] x : perDraw) {
                    double d = x[i] - mean[i];
                    ss += d * d;
                }
                se[i] = Math.sqrt(ss / (n - 1) / n);
            }
        }
        return new DrawEstimate(mean, se, n);
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] standardError() {
        return standardError.clone();
    }
}
