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

    /**
     * The random diagonal Q(t_n, t_n) predicted from Q(t_k, t_k), k &lt; n, on a grid of step h. Its free part
     * e^{-2t} Q(0,0) is exact; the forced part R(t) = Q(t,t) - e^{-2t} Q(0,0) starts as R = R' = 0, R'' = 2 F(0,0)
     * (the initial random part is independent of later noise), so it is predicted as (1 - e^{-h})^2 F(0,0) at
     * n = 1, 4 R(t_1) at n = 2 and by quadratic extrapolation after: a third-order error from the first step on,
     * where extrapolating Q itself starts with Q(0,0), an error of 2 h Q(0,0) at the first step.
     *
     * @param q Q(t_k, t_k) for k &lt; n
     * @param n the index predicted (&gt;= 1)
     * @param firstSource F(0,0), the source of the random part at t = t' = 0
     */
    double extrapolateDiagonal(double[] q, int n, double firstSource) {
        double q0 = q[0];
        double forced;
        if (n == 1) {
            double oneMinusE = -Math.expm1(-h);
            forced = oneMinusE * oneMinusE * firstSource;
        } else if (n == 2) {
            forced = 4.0 * (q[1] - e * e * q0);
        } else {
            forced = 3.0 * forced(q, n - 1) - 3.0 * forced(q, n - 2) + forced(q, n - 3);
        }
        return Math.exp(-2.0 * n * h) * q0 + forced;
    }

    private double forced(double[] q, int k) {
        return q[k] - Math.exp(-2.0 * k * h) * q[0];
    }
}
