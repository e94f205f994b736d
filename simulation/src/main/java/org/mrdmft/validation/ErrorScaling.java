package org.mrdmft.validation;

import java.util.List;

/**
 * How an observable's error falls with N: the least-squares slope of log(error) against log(N) (about -1/2
 * for sampling-limited finite-size effects), and the verdict for that observable: the error at the largest N
 * within tolerance, and falling (slope at most {@link #MAX_SLOPE}) unless every N is already within tolerance.
 *
 * @param observable the observable
 * @param region 0-based region
 * @param slope fitted exponent (NaN with fewer than two sizes)
 * @param pass the observable's verdict
 */
public record ErrorScaling(String observable, int region, double slope, boolean pass) {
    /** The steepest slope still counted as "falling roughly like N^(-1/2)". */
    public static final double MAX_SLOPE = -0.2;

    /** Fits the comparisons of one observable and region, ordered by N. */
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
        boolean allWithin = byN.stream().allMatch(ObservableComparison::pass);
        boolean largestWithin = byN.get(n - 1).pass();
        boolean falling = allWithin || (!Double.isNaN(slope) && slope <= MAX_SLOPE);
        return new ErrorScaling(byN.get(0).observable(), byN.get(0).region(), slope, largestWithin && falling);
    }
}
