package org.mrdmft.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Both column loops give bitwise the numbers of FastAsin, over both ranges, the bound and beyond it. */
class AsinColumnTest {

    @Test
    void branchFreeAndPlainLoopsAgreeBitwiseWithFastAsin() {
        int n = 20_000;
        double[] aux = new double[n];
        double[] cross = new double[n];
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            aux[i] = 0.1 + rnd.nextDouble();
            double bound = 1.0 / (aux[i] * 0.7);
            cross[i] = switch (i % 7) {
                case 0 -> bound;
                case 1 -> -bound;
                case 2 -> 1.3 * bound;
                case 3 -> 0.5 * bound;
                case 4 -> Math.nextUp(0.5 * bound);
                case 5 -> 0.0;
                default -> (2 * rnd.nextDouble() - 1) * bound;
            };
        }
        double[] plain = new double[n];
        double[] blended = new double[n];
        AsinColumn.plain(1.0, aux, 0.7, cross, 0, n, plain);
        AsinColumn.blended(1.0, aux, 0.7, cross, 0, n, blended);
        for (int i = 0; i < n; i++) {
            double x = Math.max(-1.0, Math.min(1.0, cross[i] * aux[i] * 0.7));
            assertThat(plain[i]).isEqualTo(FastAsin.asin(x));
            assertThat(blended[i]).as("element %d, x = %s", i, x).isEqualTo(plain[i]);
        }
    }

    /** The range switch at 1/2, the ends and tiny values; -0.0 is left out: the blend returns +0.0 for it. */
    @Test
    void rangeEdgesZerosAndEndsAgreeBitwise() {
        double[] xs = {0.0, 0.5, -0.5, Math.nextUp(0.5), Math.nextDown(0.5), -Math.nextUp(0.5),
            -Math.nextDown(0.5), 1.0, -1.0, Math.nextDown(1.0), -Math.nextDown(1.0), Double.MIN_VALUE,
            -Double.MIN_VALUE, 1e-300, 0.75, -0.25};
        int n = xs.length;
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        double[] blended = new double[n];
        AsinColumn.blended(1.0, ones, 1.0, xs, 0, n, blended);
        for (int i = 0; i < n; i++) {
            assertThat(Double.doubleToRawLongBits(blended[i])).as("x = %s", xs[i])
                    .isEqualTo(Double.doubleToRawLongBits(FastAsin.asin(xs[i])));
        }
    }

    /** The loop without the clamp: bitwise the clamped one within the bound, NaN beyond it (never a number). */
    @Test
    void theUnclampedLoopAgreesWithinTheBoundAndIsNanBeyondIt() {
        int n = 20_000;
        double[] aux = new double[n];
        double[] cross = new double[n];
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            aux[i] = 0.1 + rnd.nextDouble();
            double bound = 1.0 / (aux[i] * 0.7);
            cross[i] = switch (i % 9) {
                case 0 -> bound;
                case 1 -> -bound;
                case 2 -> 1.3 * bound;
                case 3 -> -Math.nextUp(1.0) * bound;
                case 4 -> 1e300;
                case 5 -> Double.NEGATIVE_INFINITY;
                case 6 -> 0.0;
                default -> (2.2 * rnd.nextDouble() - 1.1) * bound;
            };
        }
        double[] clamped = new double[n];
        double[] unclamped = new double[n];
        AsinColumn.blended(0.6, aux, 0.7, cross, 0, n, clamped);
        AsinColumn.unclamped(0.6, aux, 0.7, cross, 0, n, unclamped);
        int beyond = 0;
        for (int i = 0; i < n; i++) {
            double y = cross[i] * aux[i] * 0.7;
            if (Math.abs(y) <= 1.0) {
                assertThat(Double.doubleToRawLongBits(unclamped[i])).as("element %d, y = %s", i, y)
                        .isEqualTo(Double.doubleToRawLongBits(clamped[i]));
            } else {
                beyond++;
                assertThat(unclamped[i]).as("element %d, y = %s", i, y).isNaN();
            }
        }
        assertThat(beyond).isGreaterThan(n / 9);
    }

    @Test
    void theFlagChoiceIsReadFromTheRunningJvm() {
        // surefire runs with -XX:LoopUnrollLimit=400 (see the parent pom), so the vectorised loop is chosen
        assertThat(AsinColumn.vectorised()).isTrue();
    }
}
