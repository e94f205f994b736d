package org.mrdmft.validation;

/**
 * One observable of one region at one network size: the N -&gt; infinity theory, the finite-N theory
 * (overlaps measured on the sampled vectors), the simulation mean over draws, and the standard errors of the
 * paired differences (simulation minus the theory of the same draw), which leave out what the draws share.
 *
 * @param observable rowNorm, gain, variance, autocorrelation(lag) or lyapunovExponent (region 0: the network's)
 * @param region 0-based region
 * @param neurons N per region
 * @param draws network draws behind the means
 * @param theory DMFT value (mean over draws: each draw starts the theory from its own initial currents)
 * @param finiteNTheory DMFT with the sampled overlaps (mean over draws)
 * @param simulation simulated value (mean over draws)
 * @param standardError standard error of the mean of simulation - theory over draws (NaN with one draw)
 * @param finiteNStandardError standard error of the mean of simulation - finite-N theory (NaN with one draw)
 * @param tolerance allowed |simulation - theory| beside the standard errors
 */
public record ObservableComparison(String observable, int region, int neurons, int draws, double theory,
                                   double finiteNTheory, double simulation, double standardError,
                                   double finiteNStandardError, double tolerance) {
    /** |simulation - theory|. */
    public double error() {
        return Math.abs(simulation - theory);
    }

    /** |simulation - finite-N theory|. */
    public double finiteNError() {
        return Math.abs(simulation - finiteNTheory);
    }

    /** The N -&gt; infinity theory's test: the error against the tolerance, allowing the standard errors. */
    public Verdict trend() {
        return Verdict.of(error(), standardError, tolerance);
    }

    /** The closure's test: the error against the finite-N theory, allowing its standard errors. */
    public Verdict closure() {
        return Verdict.of(finiteNError(), finiteNStandardError, tolerance);
    }

    /** Whether the error against the N -&gt; infinity theory is within tolerance once sampling error is allowed. */
    public boolean pass() {
        return trend() == Verdict.PASS;
    }
}
