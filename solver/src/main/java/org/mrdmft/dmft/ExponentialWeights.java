package org.mrdmft.dmft;

/**
 * Quadrature weights for integrals of e^{-(h - s)} f(s) over one step [0, h] with the leak integrated
 * exactly: trapezoidal {@code w0 f(0) + w1 f(h)} and the explicit two-step (Adams-Bashforth)
 * extrapolation {@code predNew f(0) + predOld f(-h)}.
 */
record ExponentialWeights(double h, double e, double w0, double w1, double predNew, double predOld) {

    static ExponentialWeights of(double h) {
        double e = Math.exp(-h);
        double oneMinusE = -Math.expm1(-h);
        double w1 = 1.0 - oneMinusE / h;
        double w0 = oneMinusE - w1;
        return new ExponentialWeights(h, e, w0, w1, w0 + 2.0 * w1, -w1);
    }

    /** Quadratic extrapolation of a sequence q[0..n-1] to index n (lower order near the start). */
    static double extrapolate(double[] q, int n) {
        if (n >= 3) {
            return 3.0 * q[n - 1] - 3.0 * q[n - 2] + q[n - 3];
        }
        if (n == 2) {
            return 2.0 * q[1] - q[0];
        }
        return q[0];
    }
}
