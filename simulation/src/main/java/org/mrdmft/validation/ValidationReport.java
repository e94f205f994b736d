package org.mrdmft.validation;

import java.util.List;

/**
 * The outcome of a theory-versus-simulation check: every comparison (observable x region x N), the error
 * scaling and verdict per observable, the spectral check, and the two Delta(tau) curves at the largest N.
 *
 * @param comparisons all comparisons, ordered by observable, region, N
 * @param scalings one per observable and region
 * @param spectrum the spectral check (null when skipped)
 * @param lags lags of the Delta(tau) curves
 * @param theoryAutocorrelation [R][lags] DMFT Delta(tau)
 * @param simulatedAutocorrelation [R][lags] simulated Delta(tau) at the largest N (mean over draws)
 * @param theoryLabels per region, the dynamics label of the theory
 * @param simulatedLabels per region, the modal dynamics label of the simulations at the largest N
 * @param pass the verdict
 */
public record ValidationReport(List<ObservableComparison> comparisons, List<ErrorScaling> scalings,
                               SpectralCheck spectrum, double[] lags, double[][] theoryAutocorrelation,
                               double[][] simulatedAutocorrelation,
                               List<org.mrdmft.dynamics.DynamicsLabel> theoryLabels,
                               List<org.mrdmft.dynamics.DynamicsLabel> simulatedLabels, boolean pass) {

    /** "pass" or "fail". */
    public String verdict() {
        return pass ? "pass" : "fail";
    }

    /** The comparison at the largest N with the largest error relative to its allowance. */
    public ObservableComparison worst() {
        int largest = comparisons.stream().mapToInt(ObservableComparison::neurons).max().orElse(0);
        return comparisons.stream().filter(c -> c.neurons() == largest)
                .max(java.util.Comparator.comparingDouble(c -> c.error()
                        / (c.tolerance() + ObservableComparison.STANDARD_ERRORS * c.standardError() + 1e-300)))
                .orElseThrow();
    }
}
