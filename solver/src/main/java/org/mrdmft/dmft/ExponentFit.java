package org.mrdmft.dmft;

/**
 * Reads a region's exponent off its replica distance d(t_k) (docs/NUMERICS.md section 10). The
 * distance is small while d / (2 Delta(t, t)) stays below {@link #SMALL}; the fit window is the second half of
 * that stretch (the first half lets the initial transients of the solution and of the perturbation die out). A
 * distance that leaves the small regime has saturated (its window ends there); otherwise it grows or decays when
 * the rate lambda, half the least-squares slope of ln d over the window, exceeds both {@link #MARGIN} and the
 * difference between the rates over the window's two halves in size (a rate the run has not yet resolved is
 * marginal: a longer run decides it).
 *
 * <p>The exponent is that straight-line rate, except for a decaying distance. A distance decays when the region's
 * random part is static (a stable fixed point); its exponent then lies at the edge of a continuous spectrum, where
 * d(t) ~ t^(-a) exp(2 lambda t) (1 + b / t + ...) (a = 1/2: for a static SCS, d = d(0) e^(-2 t) I_0(2 g t)), and a
 * straight line through ln d is low by about a / (2 t). There lambda is half the coefficient of t in the least-squares
 * fit of ln d by 2 lambda t - a ln t + b / t + c over the same window, with a and b free (a pure exponential gives
 * a = b = 0), provided it describes an edge: it leaves less than {@link #SMOOTH} of the straight line's rms
 * residual (ln d is then a smooth curve, not a periodic modulation: a limit cycle keeps the straight line), a lies
 * in [0, {@link #MAX_POWER}] (not a transient the run has not outlived) and lambda stays negative. The 1/T bias
 * then becomes about 1/T^3. Growing and saturating distances (chaos: an isolated exponent, no power law) and
 * marginal ones keep the straight line, which has fewer parameters to take up transients.
 */
final class ExponentFit {
    /** Largest relative distance d / (2 Delta(t, t)) still treated as small (linear). */
    static final double SMALL = 1e-4;
    /** Smallest |lambda| of a distance that grows or decays. */
    static final double MARGIN = 1e-3;
    /** Smallest distance fitted: far enough above the smallest normal double to keep its digits. */
    private static final double FLOOR = 1e-280;
    /**
     * Largest rms residual of the fit with a power-law prefactor, relative to the straight line's, for which a
     * decaying distance is read with it: static states leave 1e-9 to 1e-6 (the SCS) and 5e-4 to 6.4e-3 (fig5's
     * decaying fixed point, T = 500 to 125); a limit cycle's periodic modulation leaves about 1.
     */
    private static final double SMOOTH = 1e-2;
    /**
     * Largest power a of the prefactor t^(-a) for which a decaying distance is read with it: the edge gives 1/2,
     * fitted as 0.494 to 0.500 for the SCS and fig6's fixed points and 0.26 to 0.90 for fig5's decaying fixed point
     * (T = 125 to 500), where higher terms are larger; a transient not yet gone fits as 3 and more.
     */
    private static final double MAX_POWER = 1.0;
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
            // where the region has no variance (yet: no own disorder, none given at t = 0, nothing driving it) the
            // distance is the replicas' absolute start, which only the leak shrinks: small, not saturated; and a
            // distance saturates only once it has grown beyond its start (a region driven from zero variance starts
            // at an absolute separation that its young variance may not yet dwarf)
            if (variance[k] > 0.0 && distance[k] > distance[0] && distance[k] >= SMALL * 2.0 * variance[k]) {
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
        if (trend == ReplicaTrend.DECAYS && start > 0 && end - start + 1 >= MIN_POINTS) {
            double edge = edgeRate(dt, distance, start, end);
            if (!Double.isNaN(edge)) {
                lambda = 0.5 * edge;
            }
        }
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

    /**
     * The rate r of the least-squares fit of ln d by r t - a ln t + b / t + c over [from, to] (from &gt; 0) where that
     * fit describes a continuum edge: it leaves less than {@link #SMOOTH} of the straight line's rms residual, its
     * power a lies in [0, {@link #MAX_POWER}] and r is negative. NaN where it does not: a periodic modulation (a
     * limit cycle), a transient the run has not outlived (a fitted power of 3 or more), or ln d a straight line.
     */
    private static double edgeRate(double dt, double[] d, int from, int to) {
        int m = to - from + 1;
        double tEnd = to * dt;
        double[][] columns = new double[4][m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            double u = (from + i) * dt / tEnd;
            columns[0][i] = u;
            columns[1][i] = 1.0;
            columns[2][i] = Math.log(u);
            columns[3][i] = 1.0 / u;
            y[i] = Math.log(d[from + i]);
        }
        double[] line = leastSquares(new double[][] {columns[0].clone(), columns[1].clone()}, y.clone());
        double[] edge = leastSquares(columns, y);
        double rate = edge[0] / tEnd;
        double power = -edge[2];
        boolean edgeLike = edge[4] < SMOOTH * line[2] && power >= 0.0 && power <= MAX_POWER && rate < 0.0;
        return edgeLike ? rate : Double.NaN;
    }

    /**
     * Least squares of y by the columns (both overwritten), by Householder QR: the scaled columns u, 1, ln u, 1 / u
     * on [1/2, 1] have a condition number of about 2400, which normal equations would square.
     *
     * @return the coefficients, then the rms residual
     */
    private static double[] leastSquares(double[][] a, double[] y) {
        int n = a.length;
        int m = y.length;
        double[] diag = new double[n];
        for (int j = 0; j < n; j++) {
            double[] v = a[j];
            double norm = 0.0;
            for (int i = j; i < m; i++) {
                norm += v[i] * v[i];
            }
            double alpha = v[j] > 0.0 ? -Math.sqrt(norm) : Math.sqrt(norm);
            v[j] -= alpha;
            double vv = 0.0;
            for (int i = j; i < m; i++) {
                vv += v[i] * v[i];
            }
            // reflect the remaining columns and the data by I - 2 v v^T / (v^T v)
            for (int c = j + 1; c < n; c++) {
                reflect(v, a[c], j, m, vv);
            }
            reflect(v, y, j, m, vv);
            diag[j] = alpha;
        }
        // back substitution in R (its diagonal in diag, above it a[c][j] for c > j); the rest of y is the residual
        double[] out = new double[n + 1];
        for (int j = n - 1; j >= 0; j--) {
            double s = y[j];
            for (int c = j + 1; c < n; c++) {
                s -= a[c][j] * out[c];
            }
            out[j] = s / diag[j];
        }
        double rss = 0.0;
        for (int i = n; i < m; i++) {
            rss += y[i] * y[i];
        }
        out[n] = Math.sqrt(rss / m);
        return out;
    }

    private static void reflect(double[] v, double[] x, int from, int m, double vv) {
        double dot = 0.0;
        for (int i = from; i < m; i++) {
            dot += v[i] * x[i];
        }
        double f = 2.0 * dot / vv;
        for (int i = from; i < m; i++) {
            x[i] -= f * v[i];
        }
    }
}
