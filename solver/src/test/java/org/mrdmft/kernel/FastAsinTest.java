package org.mrdmft.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * FastAsin against StrictMath.asin. Criterion: at most 4 ulp of the reference value, a relative bound
 * that stays meaningful near 0 (where an absolute 2e-16 bound would accept garbage) and is small
 * against the ~1e-14 budget of the solver's hot loop.
 */
class FastAsinTest {

    private static final double MAX_ULP = 4.0;

    private static double ulpError(double x) {
        double expected = StrictMath.asin(x);
        return Math.abs(FastAsin.asin(x) - expected) / Math.ulp(expected);
    }

    @Test
    void denseGridAndRandomPointsWithinFourUlp() {
        double worst = 0.0;
        int n = 2_000_000;
        for (int i = 0; i <= n; i++) {
            worst = Math.max(worst, ulpError(-1.0 + 2.0 * i / n));
        }
        Random rnd = new Random(7);
        for (int i = 0; i < 1_000_000; i++) {
            worst = Math.max(worst, ulpError(2.0 * rnd.nextDouble() - 1.0));
            worst = Math.max(worst, ulpError(0.5 + 0.5 * rnd.nextDouble() * rnd.nextDouble()));
            worst = Math.max(worst, ulpError(Math.scalb(rnd.nextDouble(), -rnd.nextInt(60))));
        }
        assertThat(worst).isLessThanOrEqualTo(MAX_ULP);
    }

    @Test
    void edgeValues() {
        assertThat(FastAsin.asin(1.0)).isEqualTo(Math.PI / 2);
        assertThat(FastAsin.asin(-1.0)).isEqualTo(-Math.PI / 2);
        assertThat(FastAsin.asin(0.0)).isEqualTo(0.0);
        assertThat(1.0 / FastAsin.asin(-0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(FastAsin.asin(1e-300)).isEqualTo(1e-300);
        assertThat(FastAsin.asin(-Double.MIN_VALUE)).isEqualTo(-Double.MIN_VALUE);
        double[] edges = {0.5, Math.nextUp(0.5), Math.nextDown(0.5), 0.999999999999, Math.nextDown(1.0),
            1e-300, 1e-8, 0.25, 0.9, 0.975};
        for (double x : edges) {
            assertThat(ulpError(x)).as("x = %s", x).isLessThanOrEqualTo(MAX_ULP);
            assertThat(ulpError(-x)).as("x = %s", -x).isLessThanOrEqualTo(MAX_ULP);
            assertThat(FastAsin.asin(-x)).isEqualTo(-FastAsin.asin(x));
        }
        assertThat(FastAsin.asin(Math.nextUp(1.0))).isNaN();
        assertThat(FastAsin.asin(Double.NaN)).isNaN();
    }
}
