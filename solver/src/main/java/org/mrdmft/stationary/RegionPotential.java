package org.mrdmft.stationary;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.mrdmft.kernel.GaussianKernel;

/**
 * The potential of one region's stationary problem (docs/MODEL.md section 3),
 * V(Delta) = -Delta^2/2 + g^2 Phi(D0, Delta) + A Delta, in which Delta(tau) moves as a particle,
 * Delta'' = -V'(Delta). Immutable value: kernel, disorder g, total variance D0 and structured variance A.
 *
 * <p>Besides V, V' and V'' it offers the one piece that makes the chaotic branch well conditioned,
 * {@link #meanCurvature}: the mean of V'' over [a, b] with weight 2 (b - s) / (b - a)^2, which equals
 * 2 [V(b) - V(a) - V'(a)(b - a)] / (b - a)^2. It does not depend on A, and once A is fixed by
 * V'(Dinf) = 0 the energy condition V(D0) = V(Dinf) is exactly meanCurvature(Dinf, D0) = 0: the trivial
 * root Dinf = D0 is divided out analytically (there the mean tends to V''(D0), the static stability
 * margin). Short intervals are integrated by 16-point Gauss-Legendre on dC/dD12 (no cancellation), long
 * ones use the closed difference of Phi (whose cancellation is then harmless).
 */
public final class RegionPotential {

    /** Intervals up to this length use quadrature; dC/dD12 of erf is analytic 2/pi beyond D0. */
    private static final double QUADRATURE_SPAN = 1.0;
    private static final int NODES = 16;
    /** Gauss-Legendre nodes and weights on [0, 1], the weights pre-multiplied by 2 (1 - x). Never written. */
    private static final double[] X = new double[NODES];
    private static final double[] W = new double[NODES];

    static {
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(NODES, 0.0, 1.0);
        for (int i = 0; i < NODES; i++) {
            X[i] = rule.getPoint(i);
            W[i] = 2.0 * (1.0 - X[i]) * rule.getWeight(i);
        }
    }

    private final GaussianKernel kernel;
    private final double g2;
    private final double delta0;
    private final double structuredVariance;

    private RegionPotential(GaussianKernel kernel, double disorder, double delta0, double structuredVariance) {
        this.kernel = kernel;
        this.g2 = disorder * disorder;
        this.delta0 = delta0;
        this.structuredVariance = structuredVariance;
    }

    /** The potential for disorder g, total variance D0 and structured variance A. */
    public static RegionPotential of(GaussianKernel kernel, double disorder, double delta0,
                                     double structuredVariance) {
        return new RegionPotential(kernel, disorder, delta0, structuredVariance);
    }

    /** The potential whose A makes Dinf a rest point: A = Dinf - g^2 C(D0, D0, Dinf) (condition (i)). */
    public static RegionPotential restingAt(GaussianKernel kernel, double disorder, double delta0,
                                            double deltaInf) {
        return new RegionPotential(kernel, disorder, delta0, restingStructuredVariance(kernel, disorder, delta0,
                deltaInf));
    }

    /** Condition (i): the A for which V'(Dinf) = 0, i.e. Dinf - g^2 C(D0, D0, Dinf). */
    public static double restingStructuredVariance(GaussianKernel kernel, double disorder, double delta0,
                                                   double deltaInf) {
        return deltaInf - disorder * disorder * kernel.correlation(delta0, delta0, deltaInf);
    }

    /** A. */
    public double structuredVariance() {
        return structuredVariance;
    }

    /** D0. */
    public double delta0() {
        return delta0;
    }

    /** V(Delta) = -Delta^2/2 + g^2 Phi(D0, Delta) + A Delta. */
    public double value(double delta) {
        return -0.5 * delta * delta + g2 * kernel.correlationAntiderivative(delta0, delta)
                + structuredVariance * delta;
    }

    /** V'(Delta) = -Delta + g^2 C(D0, D0, Delta) + A; the particle's acceleration is -V'. */
    public double slope(double delta) {
        return -delta + g2 * kernel.correlation(delta0, delta0, delta) + structuredVariance;
    }

    /** V''(Delta) = -1 + g^2 dC/dD12(D0, Delta); at Delta = D0 it is g^2 &lt;phi'^2&gt; - 1. */
    public double curvature(double delta) {
        return -1.0 + g2 * kernel.correlationSlope(delta0, delta);
    }

    /**
     * The mean of V'' over [a, b] with weight 2 (b - s) / (b - a)^2, i.e.
     * 2 [V(b) - V(a) - V'(a)(b - a)] / (b - a)^2; V''(a) when a = b. Both a and b must lie in [-D0, D0].
     */
    public double meanCurvature(double a, double b) {
        return -1.0 + g2 * meanCorrelationSlope(kernel, delta0, a, b);
    }

    /**
     * 2 (b - a)^-2 times the integral over [a, b] of (b - s) dC/dD12(D0, s): the weighted mean slope of C.
     * Exposed to the package so that solvers can vary D0 without building potentials.
     */
    static double meanCorrelationSlope(GaussianKernel kernel, double d0, double a, double b) {
        double span = b - a;
        if (Math.abs(span) <= QUADRATURE_SPAN) {
            double sum = 0.0;
            for (int i = 0; i < NODES; i++) {
                sum += W[i] * kernel.correlationSlope(d0, a + span * X[i]);
            }
            return sum;
        }
        double remainder = kernel.correlationAntiderivative(d0, b) - kernel.correlationAntiderivative(d0, a)
                - kernel.correlation(d0, d0, a) * span;
        return 2.0 * remainder / (span * span);
    }
}
