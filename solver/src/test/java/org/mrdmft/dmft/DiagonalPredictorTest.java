package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The start-up prediction of the random diagonal Q(t,t) that sets the gain of each current step. With a constant
 * source F the exact diagonal is Q(t,t) = e^{-2t} Q(0,0) + (1 - e^{-t})^2 F, a closed form against which the
 * predictor must be exact at the first step (the old start, Q(1,1) := Q(0,0), was off by about 2 h Q(0,0)) and
 * third order after it.
 */
class DiagonalPredictorTest {
    private static final double Q0 = 4.0;
    private static final double F = 1.7;

    private static double exact(double t) {
        double a = -Math.expm1(-t);
        return Math.exp(-2.0 * t) * Q0 + a * a * F;
    }

    private static double error(double h, int n) {
        double[] q = new double[n];
        for (int k = 0; k < n; k++) {
            q[k] = exact(k * h);
        }
        return Math.abs(ExponentialWeights.of(h).extrapolateDiagonal(q, n, F) - exact(n * h));
    }

    @Test
    void firstStepIsExactForAConstantSource() {
        for (double h : new double[] {0.2, 0.05, 0.0125}) {
            assertThat(error(h, 1)).isLessThan(1e-14);
        }
    }

    @Test
    void laterStepsAreThirdOrder() {
        for (int n = 2; n <= 4; n++) {
            // halving h divides the error by about 8
            double ratio = error(0.05, n) / error(0.025, n);
            assertThat(ratio).as("n = %d", n).isBetween(6.5, 9.0);
            // within the leading term 6 F h^3 (the forced part's third derivative is -6 F at t = 0) at
            // h = 0.05, far below the old start's 2 h Q(0,0) = 0.4
            assertThat(error(0.05, n)).isLessThan(6.0 * F * Math.pow(0.05, 3));
        }
    }

    @Test
    void withoutSourceTheFreeDecayIsExact() {
        double h = 0.05;
        double[] q = new double[10];
        for (int k = 0; k < q.length; k++) {
            q[k] = Math.exp(-2.0 * k * h) * Q0;
        }
        for (int n = 1; n < q.length; n++) {
            double p = ExponentialWeights.of(h).extrapolateDiagonal(q, n, 0.0);
            assertThat(p).isCloseTo(Math.exp(-2.0 * n * h) * Q0, org.assertj.core.data.Offset.offset(1e-14));
        }
    }
}
