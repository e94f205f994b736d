package org.mrdmft.simulation;

import java.util.List;

/**
 * The maximal Lyapunov exponent of a simulation over its draws: each draw's own exponent (no averaging of
 * tangent vectors across networks), their mean and standard error, and the mean share of each region.
 *
 * @param exponents lambda per draw
 * @param exponent mean over draws
 * @param standardError standard error of the mean (NaN with one draw: a single draw cannot say how much
 *                      another network would differ)
 * @param shares [R] mean over draws of each region's share of the tangent vector
 * @param shareStandardErrors [R] their standard errors (NaN with one draw)
 */
public record LyapunovSummary(double[] exponents, double exponent, double standardError, double[] shares,
                              double[] shareStandardErrors) {
    public LyapunovSummary {
        exponents = exponents.clone();
        shares = shares.clone();
        shareStandardErrors = shareStandardErrors.clone();
    }

    /** The summary of the draws, or null when the exponent was not measured. */
    public static LyapunovSummary of(List<SimulationResult> draws) {
        if (draws.isEmpty() || draws.stream().anyMatch(d -> d.lyapunov() == null)) {
            return null;
        }
        int n = draws.size();
        double[] lambda = new double[n];
        int r = draws.get(0).lyapunov().shares().length;
        double[][] shareByRegion = new double[r][n];
        for (int d = 0; d < n; d++) {
            LyapunovEstimate e = draws.get(d).lyapunov();
            lambda[d] = e.exponent();
            double[] s = e.shares();
            for (int mu = 0; mu < r; mu++) {
                shareByRegion[mu][d] = s[mu];
            }
        }
        double[] shares = new double[r];
        double[] shareErrors = new double[r];
        for (int mu = 0; mu < r; mu++) {
            shares[mu] = mean(shareByRegion[mu]);
            shareErrors[mu] = standardError(shareByRegion[mu]);
        }
        return new LyapunovSummary(lambda, mean(lambda), standardError(lambda), shares, shareErrors);
    }

    /** The summary of an ensemble's draws, or null when the exponent was not measured. */
    public static LyapunovSummary of(SimulationEnsemble ensemble) {
        return of(ensemble.draws());
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** sqrt(sample variance / n), NaN for fewer than two values. */
    static double standardError(double[] x) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (x.length - 1) / x.length);
    }

    @Override
    public double[] exponents() {
        return exponents.clone();
    }

    @Override
    public double[] shares() {
        return shares.clone();
    }

    @Override
    public double[] shareStandardErrors() {
        return shareStandardErrors.clone();
    }
}
