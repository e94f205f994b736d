package org.mrdmft.kernel;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;

/**
 * Gaussian averages for phi = tanh by quadrature.
 *
 * <p><b>Quadrature.</b> Averages over x ~ N(0, D) use the trapezoidal rule in the standardised variable
 * u = x / sqrt(D) with the exact Gaussian weights, truncated at |u| &lt;= 9 and normalised to sum 1.
 * For integrands analytic in a strip (tanh, sech^2 and log cosh have their nearest poles at
 * Im x = +-pi/2) this rule converges geometrically, error ~ exp(-pi^2 / hx) in the x-spacing hx,
 * uniformly in D. The spacing is picked per call from a fixed ladder h_k = 0.4 * 2^(-k/2) (k = 0..18)
 * as the coarsest with h_k sqrt(D) &lt;= 0.3 (about 60 sqrt(D) nodes, never fewer than 46); this gives
 * ~1e-12 absolute accuracy for variances up to ~1.5e4 (the finest rung) and degrades slowly beyond.
 * Gauss-Hermite was not used: tanh's poles make it need ~50 D nodes (2700 at D = 50), and Hipparchus'
 * Hermite rule factory takes minutes for 400 nodes and fails to converge beyond.
 *
 * <p>Two-dimensional averages write y = (D12/D11) x + sqrt(D22 - D12^2/D11) z (the larger variance
 * is taken as D11, so |D12/D11| &lt;= 1 and the outer integrand keeps the pole distance of tanh),
 * use the (x, y) -&gt; (-x, -y) symmetry to halve the outer sum and handle zero variances and the fully
 * correlated edge without NaN. Cost ~ 30 sqrt(D11) x 60 sqrt(D22 - D12^2/D11) evaluations of tanh
 * (about 1 ms at D = 50): this kernel is accurate, not fast.
 *
 * <p><b>Antiderivative normalisation.</b> Phi(D0, D) = E[F(x) F(y)] with F(x) = log(2 cosh x), the even
 * antiderivative of tanh with F(x) - |x| -&gt; 0: the same normalisation as the erf closed form (there
 * F(x) = x erf(sqrt(pi) x/2) + (2/pi) exp(-pi x^2/4), giving Phi(D0, 0) = c (D0 + c)). By Price's
 * theorem dPhi/dD = C(D0, D0, D); only such derivatives and differences in D enter the theory.
 *
 * <p>Immutable (the node ladder is built once in the constructor) and thread-safe.
 */
public final class TanhKernel implements GaussianKernel {

    private static final double H0 = 0.4;
    private static final double HX = 0.3;
    private static final double U_MAX = 9.0;
    private static final int RUNGS = 19;

    private static final int TANH = 0;
    private static final int SECH2 = 1;
    private static final int LOG2COSH = 2;

    /** nodes[k][j] = j h_k, j = 0..J_k; weights[k][j] the normalised Gaussian weight of +-u_j each. */
    private final double[][] nodes = new double[RUNGS][];
    private final double[][] weights = new double[RUNGS][];
    private final double[] spacing = new double[RUNGS];

    /** Builds the quadrature ladder (a few tens of thousands of exponentials, done once). */
    public TanhKernel() {
        for (int k = 0; k < RUNGS; k++) {
            double h = H0 * Math.pow(2.0, -0.5 * k);
            int n = (int) Math.ceil(U_MAX / h);
            double[] u = new double[n + 1];
            double[] w = new double[n + 1];
            double total = 0.0;
            for (int j = 0; j <= n; j++) {
                u[j] = j * h;
                w[j] = Math.exp(-0.5 * u[j] * u[j]);
                total += j == 0 ? w[j] : 2.0 * w[j];
            }
            for (int j = 0; j <= n; j++) {
                w[j] /= total;
            }
            nodes[k] = u;
            weights[k] = w;
            spacing[k] = h;
        }
    }

    private int rung(double variance) {
        double sd = Math.sqrt(variance);
        int k = 0;
        while (k < RUNGS - 1 && spacing[k] * sd > HX) {
            k++;
        }
        return k;
    }

    private static double f(int kind, double x) {
        switch (kind) {
            case TANH:
                return Math.tanh(x);
            case SECH2: {
                double t = Math.tanh(x);
                return (1.0 - t) * (1.0 + t);
            }
            default: {
                double a = Math.abs(x);
                return a + Math.log1p(Math.exp(-2.0 * a));
            }
        }
    }

    /** E[f(x)], x ~ N(shift + sd u), u standard normal, f of the given kind. */
    private double average(int kind, double shift, double sd, int k) {
        double[] u = nodes[k];
        double[] w = weights[k];
        double sum = w[0] * f(kind, shift);
        for (int j = 1; j < u.length; j++) {
            double dx = sd * u[j];
            sum += w[j] * (f(kind, shift + dx) + f(kind, shift - dx));
        }
        return sum;
    }

    private double average1(int kind, double variance) {
        if (variance == 0.0) {
            return f(kind, 0.0);
        }
        return average(kind, 0.0, Math.sqrt(variance), rung(variance));
    }

    /** E[f(x) f(y)] over the 2-D Gaussian; f odd or even, so the outer sum runs over x &gt;= 0. */
    private double average2(int kind, double d11, double d22, double d12) {
        if (d22 > d11) {
            double t = d11;
            d11 = d22;
            d22 = t;
        }
        if (d22 == 0.0) {                 // y = 0 (then d12 = 0 too)
            return f(kind, 0.0) * average1(kind, d11);
        }
        double w2 = d12 * d12;
        double det = Math.fma(d11, d22, -w2) + Math.fma(-d12, d12, w2);
        double condVar = Math.max(0.0, det) / d11;
        double beta = d12 / d11;
        double sdCond = Math.sqrt(condVar);
        int kIn = rung(condVar);
        double sx = Math.sqrt(d11);
        int kOut = rung(d11);
        double[] u = nodes[kOut];
        double[] w = weights[kOut];
        double sum = w[0] * f(kind, 0.0) * inner(kind, 0.0, sdCond, kIn);
        double half = 0.0;
        for (int j = 1; j < u.length; j++) {
            double x = sx * u[j];
            half += w[j] * f(kind, x) * inner(kind, beta * x, sdCond, kIn);
        }
        return sum + 2.0 * half;
    }

    private double inner(int kind, double mean, double sd, int k) {
        return sd == 0.0 ? f(kind, mean) : average(kind, mean, sd, k);
    }

    @Override
    public double gain(double variance) {
        return average1(SECH2, variance);
    }

    /**
     * Inverts the decreasing gain with a bracketing Brent solver (absolute accuracy 1e-13 relative to
     * the variance); throws IllegalArgumentException unless 0 &lt; gain &lt;= 1.
     */
    @Override
    public double varianceForGain(double gain) {
        if (!(gain > 0.0 && gain <= 1.0)) {
            throw new IllegalArgumentException("gain must lie in (0, 1], got " + gain);
        }
        if (gain == 1.0) {
            return 0.0;
        }
        double hi = 1.0;
        while (gain(hi) > gain) {
            hi *= 4.0;
            if (hi > 1e12) {
                throw new IllegalArgumentException("gain " + gain + " needs a variance beyond 1e12");
            }
        }
        BracketedUnivariateSolver<UnivariateFunction> solver =
                new BracketingNthOrderBrentSolver(1e-14, 1e-300, 1e-16, 5);
        return solver.solve(200, d -> gain(d) - gain, 0.0, hi, AllowedSolution.ANY_SIDE);
    }

    @Override
    public double meanSquareSlope(double variance) {
        return average2(SECH2, variance, variance, variance);
    }

    @Override
    public double correlation(double d11, double d22, double d12) {
        return average2(TANH, d11, d22, d12);
    }

    /** E[sech^2(x) sech^2(y)] at D11 = D22 = d0 (Price's theorem). */
    @Override
    public double correlationSlope(double d0, double d12) {
        return average2(SECH2, d0, d0, d12);
    }

    /** E[log(2 cosh x) log(2 cosh y)], see the class comment for the normalisation. */
    @Override
    public double correlationAntiderivative(double d0, double d) {
        return average2(LOG2COSH, d0, d0, d);
    }

    /** Unused by this kernel's column loop; returns the variance itself. */
    @Override
    public double rowAuxiliary(double variance) {
        return variance;
    }

    @Override
    public void correlationColumn(double[] diag, double[] aux, double dNew, double auxNew, double[] cross,
                                  int from, int to, double[] out) {
        for (int i = from; i < to; i++) {
            out[i] = correlation(diag[i], dNew, cross[i]);
        }
    }
}
