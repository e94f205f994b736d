package org.mrdmft.dmft;

/**
 * Reads a region's exponent off its replica distance d(t_k) (docs/NUMERICS.md section 10). The
 * distance is small while d / (2 Delta(t, t)) stays below {@link #SMALL}; the fit window is the second half of
 * that stretch (the first half lets the initial transients of the solution and of the perturbation die out), and
 * lambda is half the least-squares slope of ln d over it. A distance that leaves the small regime has saturated
 * (its window ends there); otherwise it grows or decays when |lambda| exceeds both {@link #MARGIN} and the
 * difference between the rates over the window's two halves (a rate the run has not yet resolved is marginal:
 * a longer run decides it).
 */
final class ExponentFit {
    /** Largest relative distance d / (2 Delta(t, t)) still treated as small (linear). */
    static final double SMALL = 1e-4;
    /** Smallest |lambda| of a distance that grows or decays. */
    static final double MARGIN = 1e-3;
    /** Smallest distance fitted: far enough above the smallest normal double to keep its digits. */
    private static final double FLOOR = 1e-280;
    /** Fewest points of a fit window. */
    private static final int MIN_POINTS = 8;

    private ExponentFit() {
    }

    /**
     * @param dt the time step
     * @param distance d(t_k) of one region, k = 0 .. Nt - 1
     * @param variance Delta(t_k, t_k) of that region
     */
    static ReplicaExponent of(double dt, double[] distance, double[] variance) {
        int nt = distance.length;
        int end = nt - 1;
        boolean saturated = false;
        for (int k = 0; k < nt; k++) {
            if (!(distance[k] > FLOOR)) {
                end = Math.max(0, k - 1);
                break;
            }
            if (distance[k] >= SMALL * 2.0 * variance[k]) {
                end = k;
                saturated = true;
                break;
            }
        }
        // a distance that decays below the floor ends the window at its last point above it
        int start = end / 2;
        if (end - start + 1 < MIN_POINTS) {
            start = Math.max(0, end - MIN_POINTS + 1);
        }
        double lambda = 0.5 * slope(dt, distance, start, end);
        int mid = (start + end) / 2;
        double spread = Math.abs(0.5 * slope(dt, distance, mid, end) - 0.5 * slope(dt, distance, start, mid));
        // a rate is resolved when it exceeds the margin and the halves' disagreement (transients still present)
        double resolved = Math.max(MARGIN, spread);
        ReplicaTrend trend = saturated ? ReplicaTrend.SATURATES
                : lambda > resolved ? ReplicaTrend.GROWS
                : lambda < -resolved ? ReplicaTrend.DECAYS : ReplicaTrend.MARGINAL;
        double last = variance[nt - 1] > 0.0 ? distance[nt - 1] / (2.0 * variance[nt - 1]) : Double.NaN;
        return new ReplicaExponent(lambda, trend, start * dt, end * dt, spread, last);
    }

    /** Least-squares slope of ln d against t over [from, to] (NaN with fewer than two points). */
    private static double slope(double dt, double[] d, int from, int to) {
        int m = to - from + 1;
        if (m < 2) {
            return Double.NaN;
        }
        double tMean = 0.5 * (from + to) * dt;
        double yMean = 0.0;
        for (int k = from; k <= to; k++) {
            yMean += Math.log(d[k]);
        }
        yMean /= m;
        double sxy = 0.0;
        double sxx = 0.0;
        for (int k = from; k <= to; k++) {
            double x = k * dt - tMean;
            sxy += x * (Math.log(d[k]) - yMean);
            sxx += x * x;
        }
        return sxy / sxx;
    }
}
