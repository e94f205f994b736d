package org.mrdmft.dmft;

/**
 * Three-point quadrature weights for the integral of e^{-(h - s)} f(s) over one step [0, h], with the leak
 * integrated exactly and f replaced by its quadratic interpolant: {@code back f(-h) + mid f(0) + end f(h)}
 * (interpolation through the step's two ends and the point before it, the exponential Adams-Moulton rule of
 * third order), where no point before the step exists {@code first0 f(0) + first1 f(h) + first2 f(2h)}
 * (through the two ends and the point after it), and the explicit extrapolation
 * {@code ahead0 f(0) + ahead1 f(-h) + ahead2 f(-2h)} (the exponential three-step Adams-Bashforth rule, for the
 * predictor). One step's error is O(h^4) where the two-point (trapezoidal) weights of {@link ExponentialWeights}
 * leave O(h^3): the two-time integrals become third order.
 */
record QuadraticWeights(double back, double mid, double end, double first0, double first1, double first2,
                        double ahead0, double ahead1, double ahead2) {

    static QuadraticWeights of(double h) {
        // moments m_k = int_0^h e^{-(h-s)} s^k ds; m2 - h m1 and the like cancel badly in closed form for small
        // h, so they come from the series m_k = k! h^{k+1} sum_j (-h)^j / (j+k+1)! below h = 1
        double m0;
        double m1;
        double m2;
        if (h < 1.0) {
            m0 = h * series(h, 1);
            m1 = h * h * series(h, 2);
            m2 = 2.0 * h * h * h * series(h, 3);
        } else {
            m0 = -Math.expm1(-h);
            m1 = h - m0;
            m2 = h * h - 2.0 * m1;
        }
        double hh = h * h;
        double back = (m2 - h * m1) / (2.0 * hh);
        double mid = m0 - m2 / hh;
        double end = (m2 + h * m1) / (2.0 * hh);
        double first0 = (m2 - 3.0 * h * m1 + 2.0 * hh * m0) / (2.0 * hh);
        double first1 = (2.0 * h * m1 - m2) / hh;
        double first2 = (m2 - h * m1) / (2.0 * hh);
        double ahead0 = (m2 + 3.0 * h * m1 + 2.0 * hh * m0) / (2.0 * hh);
        double ahead1 = -(m2 + 2.0 * h * m1) / hh;
        double ahead2 = (m2 + h * m1) / (2.0 * hh);
        return new QuadraticWeights(back, mid, end, first0, first1, first2, ahead0, ahead1, ahead2);
    }

    /** sum_j (-h)^j / (j + k)!, to double precision for 0 &lt; h &lt; 1. */
    private static double series(double h, int k) {
        double fact = 1.0;
        for (int i = 2; i <= k; i++) {
            fact *= i;
        }
        double term = 1.0 / fact;
        double sum = term;
        for (int j = 1; j < 40 && Math.abs(term) > 1e-18 * Math.abs(sum); j++) {
            term *= -h / (j + k);
            sum += term;
        }
        return sum;
    }
}
