package org.mrdmft.validation;

/**
 * One observable of one region at one network size: the N -&gt; infinity theory, the finite-N theory
 * (overlaps measured on the sampled vectors), the simulation mean over draws with its standard error.
 *
 * @param observable rowNorm, gain, variance or autocorrelation(lag)
 * @param region 0-based region
 * @param neurons N per region
 * @param theory DMFT value
 * @param finiteNTheory DMFT with the sampled overlaps (mean over draws)
 * @param simulation simulated value (mean over draws)
 * @param standardError of the simulated mean (0 with one draw)
 * @param tolerance allowed |simulation - theory| (besides 3 standard errors)
 */
public record ObservableComparison(String observable, int region, int neurons, double theory, double finiteNTheory,
                                   double simulation, double standardError, double tolerance) {
    /** Standard errors of sampling the comparison allows on top of the tolerance. */
    public static final double STANDARD_ERRORS = 3.0;

    /** |simulation - theory|. */
    public double error() {
        return Math.abs(simulation - theory);
    }

    /** |simulation - finite-N theory|. */
    public double finiteNError() {
        return Math.abs(simulation - finiteNTheory);
    }

    /** Whether the error is within tolerance once sampling error is accounted for. */
    public boolean pass() {
        return error() <= tolerance + STANDARD_ERRORS * standardError;
    }
}
