package org.mrdmft.validation;

import java.util.List;
import java.util.Locale;

/**
 * The verdict on one observable of one region over the network sizes. Two tests, each pass / inconclusive /
 * fail ({@link Verdict}): the closure, the simulation at the largest N against the finite-N theory (the DMFT
 * with the overlaps measured on each draw), which tests the mean-field equations themselves; and the trend,
 * the simulation against the N -&gt; infinity theory, within tolerance at the largest N and falling with N
 * (least-squares slope of log(error) against log(N) at most {@link #MAX_SLOPE}, about -1/2 for sampling-limited
 * finite-size effects) when a smaller N failed; otherwise inconclusive. The observable's verdict is the worse of the
 * two.
 *
 * @param observable the observable
 * @param region 0-based region
 * @param slope fitted exponent (NaN with fewer than two sizes)
 * @param closure the closure's test at the largest N
 * @param trend the trend's test
 * @param verdict the worse of the two
 * @param reason one line with the numbers behind the verdict
 */
public record ErrorScaling(String observable, int region, double slope, Verdict closure, Verdict trend,
                           Verdict verdict, String reason) {
    /** The steepest slope still counted as "falling roughly like N^(-1/2)". */
    public static final double MAX_SLOPE = -0.2;

    /** Whether the observable passes both tests. */
    public boolean pass() {
        return verdict == Verdict.PASS;
    }

    /** Tests the comparisons of one observable and region, ordered by N. */
    public static ErrorScaling of(List<ObservableComparison> byN) {
        int n = byN.size();
        double slope = Double.NaN;
        if (n >= 2) {
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            for (ObservableComparison c : byN) {
                double x = Math.log(c.neurons());
                double y = Math.log(Math.max(c.error(), 1e-300));
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
            }
            slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        }
        ObservableComparison largest = byN.get(n - 1);
        Verdict closure = largest.closure();
        Verdict atLargest = largest.trend();
        boolean noneFails = byN.stream().noneMatch(c -> c.trend() == Verdict.FAIL);
        boolean falling = noneFails || (!Double.isNaN(slope) && slope <= MAX_SLOPE);
        Verdict trend = atLargest == Verdict.PASS && !falling ? Verdict.INCONCLUSIVE : atLargest;
        Verdict verdict = Verdict.combine(List.of(closure, trend));
        String reason = String.format(Locale.ROOT,
                "N = %d, %d draw%s: closure %s (|sim - finite-N theory| = %.3g +- %.2g), trend %s (|sim - theory| = "
                        + "%.3g +- %.2g, slope %.2f%s); tolerance %.3g",
                largest.neurons(), largest.draws(), largest.draws() == 1 ? "" : "s", closure.configName(),
                largest.finiteNError(), largest.finiteNStandardError(), trend.configName(), largest.error(),
                largest.standardError(), slope, atLargest == Verdict.PASS && !falling ? ", not falling" : "",
                largest.tolerance());
        return new ErrorScaling(largest.observable(), largest.region(), slope, closure, trend, verdict, reason);
    }
}
