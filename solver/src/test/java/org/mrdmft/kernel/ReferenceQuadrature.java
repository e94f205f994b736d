package org.mrdmft.kernel;

import java.util.function.DoubleUnaryOperator;

/**
 * Independent reference Gaussian averages for the kernel tests: adaptive Simpson with Richardson
 * correction started from fixed unit panels on the standardised variable u in [-9, 9], split
 * where the integrand may kink. Two-dimensional averages use the shared-factor form
 * x = a z + s1 u, y = b z + s2 v (a b = D12), which differs from the conditional form used by
 * {@link TanhKernel}; the inner averages over u and v are either numerical or supplied in closed form.
 */
final class ReferenceQuadrature {

    /** E[f(mean + sd u)] for a standard normal u. */
    @FunctionalInterface
    interface SmoothedFunction {
        double average(double mean, double sd);
    }

    private static final double U_MAX = 9.0;
    private static final double PANEL = 1.0;
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);

    private final double eps;

    ReferenceQuadrature(double eps) {
        this.eps = eps;
    }

    /** Integral of g over [a, b] to absolute accuracy ~eps per unit length. */
    double integrate(DoubleUnaryOperator g, double a, double b) {
        int panels = Math.max(1, (int) Math.ceil(Math.abs(b - a) / PANEL));
        double sum = 0.0;
        for (int p = 0; p < panels; p++) {
            double lo = a + (b - a) * p / panels;
            double hi = a + (b - a) * (p + 1) / panels;
            double flo = g.applyAsDouble(lo);
            double fhi = g.applyAsDouble(hi);
            double fm = g.applyAsDouble(0.5 * (lo + hi));
            double whole = (hi - lo) / 6.0 * (flo + 4.0 * fm + fhi);
            sum += simpson(g, lo, hi, flo, fm, fhi, whole, eps * Math.abs(hi - lo), 40);
        }
        return sum;
    }

    private double simpson(DoubleUnaryOperator g, double a, double b, double fa, double fm, double fb,
                           double whole, double tol, int depth) {
        double m = 0.5 * (a + b);
        double flm = g.applyAsDouble(0.5 * (a + m));
        double frm = g.applyAsDouble(0.5 * (m + b));
        double left = (m - a) / 6.0 * (fa + 4.0 * flm + fm);
        double right = (b - m) / 6.0 * (fm + 4.0 * frm + fb);
        double diff = left + right - whole;
        double roundoff = 1e-15 * (Math.abs(left) + Math.abs(right));
        if (depth <= 0 || Math.abs(diff) <= Math.max(15.0 * tol, roundoff)) {
            return left + right + diff / 15.0;
        }
        return simpson(g, a, m, fa, flm, fm, left, 0.5 * tol, depth - 1)
                + simpson(g, m, b, fm, frm, fb, right, 0.5 * tol, depth - 1);
    }

    /** E[f(mean + sd u)], u standard normal; split where the argument crosses 0. */
    double average(DoubleUnaryOperator f, double mean, double sd) {
        if (sd == 0.0) {
            return f.applyAsDouble(mean);
        }
        DoubleUnaryOperator g = u -> f.applyAsDouble(mean + sd * u) * Math.exp(-0.5 * u * u) * INV_SQRT_2PI;
        double kink = -mean / sd;
        if (kink > -U_MAX + 0.1 && kink < U_MAX - 0.1) {
            return integrate(g, -U_MAX, kink) + integrate(g, kink, U_MAX);
        }
        return integrate(g, -U_MAX, U_MAX);
    }

    /** The numerically smoothed version of f. */
    SmoothedFunction smoothed(DoubleUnaryOperator f) {
        return (mean, sd) -> average(f, mean, sd);
    }

    /** E[f(x) g(y)] for (x, y) with variances d11, d22 and covariance d12, inner averages numerical. */
    double average2(DoubleUnaryOperator f, DoubleUnaryOperator g, double d11, double d22, double d12) {
        return average2(smoothed(f), smoothed(g), d11, d22, d12);
    }

    /** E[f(x) g(y)] with the inner Gaussian smoothing of f and g supplied. */
    double average2(SmoothedFunction f, SmoothedFunction g, double d11, double d22, double d12) {
        if (d11 == 0.0 || d22 == 0.0 || d12 == 0.0) {
            return f.average(0.0, Math.sqrt(d11)) * g.average(0.0, Math.sqrt(d22));
        }
        double r = Math.sqrt(d11 / d22);
        double a = Math.sqrt(Math.abs(d12) * r);
        double b = Math.copySign(Math.sqrt(Math.abs(d12) / r), d12);
        double s1 = Math.sqrt(Math.max(0.0, d11 - a * a));
        double s2 = Math.sqrt(Math.max(0.0, d22 - b * b));
        return average(z -> f.average(a * z, s1) * g.average(b * z, s2), 0.0, 1.0);
    }
}
