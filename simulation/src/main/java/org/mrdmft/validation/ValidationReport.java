package org.mrdmft.validation;

import java.util.List;

/**
 * The outcome of a theory-versus-simulation check: every comparison (observable x region x N), the error
 * scaling and verdict per observable, the spectral check, and the two Delta(tau) curves at the largest N.
 * The overall verdict is the worst of the observables' (fail, then inconclusive, then pass); the dynamics
 * labels and the spectrum are reported beside it, not in it.
 *
 * @param comparisons all comparisons, ordered by observable, region, N
 * @param scalings one per observable and region
 * @param spectrum the spectral check (null when skipped)
 * @param lags lags of the Delta(tau) curves
 * @param theoryAutocorrelation [R][lags] DMFT Delta(tau)
 * @param simulatedAutocorrelation [R][lags] simulated Delta(tau) at the largest N (mean over draws)
 * @param theoryLabels per region, the dynamics label of the theory
 * @param simulatedLabels per region, the modal dynamics label of the simulations at the largest N
 * @param outcome the overall verdict
 */
public record ValidationReport(List<ObservableComparison> comparisons, List<ErrorScaling> scalings,
                               SpectralCheck spectrum, double[] lags, double[][] theoryAutocorrelation,
                               double[][] simulatedAutocorrelation,
                               List<org.mrdmft.dynamics.DynamicsLabel> theoryLabels,
                               List<org.mrdmft.dynamics.DynamicsLabel> simulatedLabels, Verdict outcome) {

    /** "pass", "inconclusive" or "fail". */
    public String verdict() {
        return outcome.configName();
    }

    /** Whether every observable passed. */
    public boolean pass() {
        return outcome == Verdict.PASS;
    }

    /** The observables that did not pass, one line each with the reason. */
    public List<String> reasons() {
        return scalings.stream().filter(s -> !s.pass())
                .map(s -> s.observable() + " of region " + (s.region() + 1) + ": " + s.verdict().configName() + " ("
                        + s.reason() + ")")
                .toList();
    }

    /** The comparison at the largest N with the largest error relative to its allowance. */
    public ObservableComparison worst() {
        int largest = comparisons.stream().mapToInt(ObservableComparison::neurons).max().orElse(0);
        return comparisons.stream().filter(c -> c.neurons() == largest)
                .filter(c -> Double.isFinite(c.theory()))
                .max(java.util.Comparator.comparingDouble(c -> c.error() / (c.tolerance()
                        + Verdict.STANDARD_ERRORS * (Double.isNaN(c.standardError()) ? 0 : c.standardError())
                        + 1e-300)))
                .orElseThrow();
    }
}
