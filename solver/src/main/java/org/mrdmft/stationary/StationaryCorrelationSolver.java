package org.mrdmft.stationary;

import org.jtransforms.fft.DoubleFFT_1D;
import org.mrdmft.kernel.GaussianKernel;

/**
 * Solves a {@link StationaryCorrelationProblem} by the frequency-domain fixed point
 * Delta = F(Delta) = (1 - d^2/dtau^2)^{-1} [g^2 C(D0, D0, Delta) + A] (docs/MODEL.md section 3, the FFT route),
 * either by damped fixed-point iteration or by Anderson mixing. The unknown is Delta on the half period
 * 0..L/2; the even extension is built inside the map, so symmetry holds exactly.
 *
 * <p>Start value: g^2 exp(-|tau|) + A (the variance a saturated unit would feed in, decaying on the
 * membrane time scale). For A = 0 and g phi'(0) &lt;= 1 the quiescent Delta = 0, an exact fixed point and
 * then the only one, is the start and the answer. The static branch (Delta constant) needs no special
 * case: the map sends constants to constants, and the iteration settles there when that branch is the
 * attracting one.
 *
 * <p>Anderson safeguards: a trial point that is not a valid covariance (Delta(0) &gt;= 0,
 * |Delta(tau)| &lt;= Delta(0)) or whose residual exceeds the current one is replaced by the damped step
 * and the history is cleared. Without the residual test Anderson stagnated for g = 1.5 and 2.5 (the
 * continuous band of Jacobian eigenvalues near g^2 C'(tail) ~ 1 from the slowly decaying tail).
 *
 * <p>Immutable settings; each solve allocates its own buffers, so one solver may serve many threads.
 *
 * @param tolerance stop when max |F(Delta) - Delta| &lt; tolerance
 * @param maxIterations cap on evaluations of F
 * @param damping beta in (0, 1] of the damped step (1 - beta) Delta + beta F(Delta), also Anderson's mixing
 * @param depth Anderson history depth m
 * @param operator the discretisation of (1 - d^2)^{-1}
 * @param tailTolerance the lag grid is too short if |Delta(L/2) - Delta(0.4 L)| exceeds
 *     tailTolerance * max(1, D0)
 */
public record StationaryCorrelationSolver(double tolerance, int maxIterations, double damping, int depth,
                                          LagOperator operator, double tailTolerance) {

    /** Validates the settings. */
    public StationaryCorrelationSolver {
        if (!(tolerance > 0.0)) {
            throw new IllegalArgumentException("tolerance must be > 0, got " + tolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
        if (!(damping > 0.0 && damping <= 1.0)) {
            throw new IllegalArgumentException("damping must lie in (0, 1], got " + damping);
        }
        if (depth < 1) {
            throw new IllegalArgumentException("Anderson depth must be >= 1, got " + depth);
        }
        if (operator == null) {
            throw new IllegalArgumentException("operator must not be null");
        }
        if (!(tailTolerance > 0.0)) {
            throw new IllegalArgumentException("tailTolerance must be > 0, got " + tailTolerance);
        }
    }

    /** Tolerance 1e-10, 100000 evaluations, beta = 1, depth 8, spectral operator, tail tolerance 1e-9. */
    public static StationaryCorrelationSolver defaults() {
        return new StationaryCorrelationSolver(1e-10, 100_000, 1.0, 8, LagOperator.SPECTRAL, 1e-9);
    }

    /** A copy with another tolerance. */
    public StationaryCorrelationSolver withTolerance(double newTolerance) {
        return new StationaryCorrelationSolver(newTolerance, maxIterations, damping, depth, operator,
                tailTolerance);
    }

    /** A copy with another damping / mixing parameter beta. */
    public StationaryCorrelationSolver withDamping(double beta) {
        return new StationaryCorrelationSolver(tolerance, maxIterations, beta, depth, operator, tailTolerance);
    }

    /** A copy with another lag operator. */
    public StationaryCorrelationSolver withOperator(LagOperator newOperator) {
        return new StationaryCorrelationSolver(tolerance, maxIterations, damping, depth, newOperator,
                tailTolerance);
    }

    /**
     * Damped fixed-point iteration Delta &lt;- (1 - beta) Delta + beta F(Delta).
     *
     * @throws IllegalArgumentException if the lag grid is too short for the correlation time
     */
    public StationaryCorrelation solveDamped(StationaryCorrelationProblem problem) {
        FixedPointMap map = new FixedPointMap(problem, operator);
        int n = map.size();
        double[] x = startValue(problem, n);
        double[] fx = new double[n];
        map.apply(x, fx);
        int evaluations = 1;
        double residual = maxDifference(fx, x);
        while (!(residual < tolerance) && evaluations < maxIterations && Double.isFinite(residual)) {
            for (int i = 0; i < n; i++) {
                x[i] += damping * (fx[i] - x[i]);
            }
            map.apply(x, fx);
            evaluations++;
            residual = maxDifference(fx, x);
        }
        return finish(problem, x, evaluations, residual, "damped");
    }

    /**
     * Anderson mixing of depth {@link #depth()} with the covariance and residual safeguards.
     *
     * @throws IllegalArgumentException if the lag grid is too short for the correlation time
     */
    public StationaryCorrelation solveAnderson(StationaryCorrelationProblem problem) {
        FixedPointMap map = new FixedPointMap(problem, operator);
        int n = map.size();
        AndersonHistory history = new AndersonHistory(depth);
        double[] x = startValue(problem, n);
        double[] r = new double[n];
        double[] trial = new double[n];
        double[] trialR = new double[n];
        map.apply(x, r);
        int evaluations = 1;
        subtract(r, x);
        double residual = maxAbs(r);
        history.add(x, r);
        while (!(residual < tolerance) && evaluations < maxIterations && Double.isFinite(residual)) {
            history.step(x, r, damping, trial);
            double trialResidual = Double.POSITIVE_INFINITY;
            if (CovarianceGuard.isValid(trial)) {
                map.apply(trial, trialR);
                evaluations++;
                subtract(trialR, trial);
                trialResidual = maxAbs(trialR);
            }
            if (!(trialResidual <= residual) && evaluations < maxIterations) {
                history.clear();
                for (int i = 0; i < n; i++) {
                    trial[i] = x[i] + damping * r[i];
                }
                map.apply(trial, trialR);
                evaluations++;
                subtract(trialR, trial);
                trialResidual = maxAbs(trialR);
            }
            double[] swap = x;
            x = trial;
            trial = swap;
            swap = r;
            r = trialR;
            trialR = swap;
            residual = trialResidual;
            history.add(x, r);
        }
        return finish(problem, x, evaluations, residual, "anderson");
    }

    /**
     * Delta at arbitrary lags by trigonometric (cosine-series) interpolation of the periodic solution,
     * exact for the grid's band-limited representation; lags are taken modulo the period, |tau| used.
     *
     * @param solution a solved correlation
     * @param tauGrid the lags wanted
     * @return Delta at those lags
     */
    public static double[] sample(StationaryCorrelation solution, double[] tauGrid) {
        double[] half = solution.delta();
        int h = half.length - 1;
        int m = 2 * h;
        double dtau = solution.tau()[1] - solution.tau()[0];
        double period = m * dtau;
        // cosine coefficients b_k = (1/M) sum_j Delta_j cos(2 pi j k / M) over the full even period
        double[] full = new double[m];
        System.arraycopy(half, 0, full, 0, h + 1);
        for (int j = 1; j < h; j++) {
            full[m - j] = half[j];
        }
        new DoubleFFT_1D(m).realForward(full);
        double[] coef = new double[h + 1];
        coef[0] = full[0] / m;
        coef[h] = full[1] / m;
        for (int k = 1; k < h; k++) {
            coef[k] = full[2 * k] / m;
        }
        double[] out = new double[tauGrid.length];
        for (int t = 0; t < tauGrid.length; t++) {
            double w = 2.0 * Math.PI * Math.abs(tauGrid[t]) / period;
            double v = coef[0] + coef[h] * Math.cos(h * w);
            for (int k = 1; k < h; k++) {
                v += 2.0 * coef[k] * Math.cos(k * w);
            }
            out[t] = v;
        }
        return out;
    }

    private static double[] startValue(StationaryCorrelationProblem p, int n) {
        double[] x = new double[n];
        GaussianKernel kernel = p.kernel();
        if (p.a() == 0.0 && p.g() * kernel.gain(0.0) <= 1.0) {
            return x;
        }
        double g2 = p.g() * p.g();
        for (int k = 0; k < n; k++) {
            x[k] = g2 * Math.exp(-k * p.lagStep()) + p.a();
        }
        return x;
    }

    private StationaryCorrelation finish(StationaryCorrelationProblem p, double[] x, int evaluations,
                                         double residual, String method) {
        int n = x.length;
        boolean converged = residual < tolerance;
        double farLag = x[n - 1];
        int probe = (int) Math.round(0.4 * p.points());
        double drift = Math.abs(farLag - x[probe]);
        if (converged && drift > tailTolerance * Math.max(1.0, Math.abs(x[0]))) {
            throw new IllegalArgumentException(String.format(
                    "lag grid too short for the correlation time: Delta(L/2) = %.6g differs from "
                            + "Delta(0.4 L) = %.6g by %.3g > %.3g (g = %s, A = %s, L = %s = %d x %s); "
                            + "increase points or lagStep",
                    farLag, x[probe], drift, tailTolerance * Math.max(1.0, Math.abs(x[0])), p.g(), p.a(),
                    p.period(), p.points(), p.lagStep()));
        }
        double[] tau = new double[n];
        for (int k = 0; k < n; k++) {
            tau[k] = k * p.lagStep();
        }
        return new StationaryCorrelation(tau, x.clone(), x[0], farLag, evaluations, residual, converged,
                method);
    }

    private static void subtract(double[] target, double[] x) {
        for (int i = 0; i < target.length; i++) {
            target[i] -= x[i];
        }
    }

    private static double maxAbs(double[] v) {
        double m = 0.0;
        for (double d : v) {
            m = Math.max(m, Math.abs(d));
            if (Double.isNaN(d)) {
                return Double.NaN;
            }
        }
        return m;
    }

    private static double maxDifference(double[] a, double[] b) {
        double m = 0.0;
        for (int i = 0; i < a.length; i++) {
            double d = Math.abs(a[i] - b[i]);
            if (Double.isNaN(d)) {
                return Double.NaN;
            }
            m = Math.max(m, d);
        }
        return m;
    }
}
