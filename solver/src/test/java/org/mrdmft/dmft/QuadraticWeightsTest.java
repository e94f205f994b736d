package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The three-point weights integrate e^{-(h-s)} p(s) over [0, h] exactly for every quadratic p (closed-form
 * moments at h = 0.5, where they lose no digits), and tend to the classical Adams weights h (-1, 8, 5) / 12,
 * h (5, 8, -1) / 12 and h (23, -16, 5) / 12 as h -&gt; 0 (the series branch).
 */
class QuadraticWeightsTest {

    /** int_0^h e^{-(h-s)} s^k ds for k = 0, 1, 2 in closed form. */
    private static double[] moments(double h) {
        double e = Math.exp(-h);
        return new double[] {1 - e, h - 1 + e, h * h - 2 * h + 2 - 2 * e};
    }

    @Test
    void exactForQuadratics() {
        double h = 0.5;
        QuadraticWeights w = QuadraticWeights.of(h);
        double[] m = moments(h);
        for (int k = 0; k <= 2; k++) {
            final int p = k;
            java.util.function.DoubleUnaryOperator f = s -> Math.pow(s, p);
            double am = w.back() * f.applyAsDouble(-h) + w.mid() * f.applyAsDouble(0) + w.end() * f.applyAsDouble(h);
            double first = w.first0() * f.applyAsDouble(0) + w.first1() * f.applyAsDouble(h)
                    + w.first2() * f.applyAsDouble(2 * h);
            double ahead = w.ahead0() * f.applyAsDouble(0) + w.ahead1() * f.applyAsDouble(-h)
                    + w.ahead2() * f.applyAsDouble(-2 * h);
            assertThat(am).as("back-mid-end, s^%d", k).isCloseTo(m[k], Offset.offset(1e-15));
            assertThat(first).as("first, s^%d", k).isCloseTo(m[k], Offset.offset(1e-15));
            assertThat(ahead).as("ahead, s^%d", k).isCloseTo(m[k], Offset.offset(1e-15));
        }
    }

    @Test
    void smallStepsGiveTheClassicalAdamsWeights() {
        double h = 1e-4;
        QuadraticWeights w = QuadraticWeights.of(h);
        double[] got = {w.back(), w.mid(), w.end(), w.first0(), w.first1(), w.first2(), w.ahead0(), w.ahead1(),
                w.ahead2()};
        double[] classical = {-1, 8, 5, 5, 8, -1, 23, -16, 5};
        for (int i = 0; i < got.length; i++) {
            // the leak changes each weight by O(h^2); the series keeps full relative precision
            assertThat(got[i] / h).as("weight %d", i).isCloseTo(classical[i] / 12.0, Offset.offset(2e-4));
        }
        // the weights of a constant sum to 1 - e^{-h} to rounding
        assertThat(w.back() + w.mid() + w.end()).isCloseTo(-Math.expm1(-h), Offset.offset(1e-19));
    }
}
