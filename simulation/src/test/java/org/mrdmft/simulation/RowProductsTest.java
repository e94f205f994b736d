package org.mrdmft.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The dense kernels against a plain sum, and independent of how rows are grouped (hence of the threads). */
class RowProductsTest {

    @Test
    void everyKernelMatchesAPlainSumInBothPrecisions() {
        // neither size a multiple of any vector length (full vectors and a tail); the second spans two column tiles
        check(203);
        check(2048 + 37);
    }

    private static void check(int N) {
        SplittableRandom rng = new SplittableRandom(3);
        double[] m = new double[N * N];
        float[] f = new float[N * N];
        for (int k = 0; k < m.length; k++) {
            m[k] = rng.nextGaussian();
            f[k] = (float) m[k];
        }
        double[] y = new double[N];
        for (int k = 0; k < N; k++) {
            y[k] = rng.nextGaussian();
        }
        int[] rowOf = new int[N];
        for (int i = 0; i < N; i++) {
            rowOf[i] = (7 * i + 5) % N;
        }
        for (RowProducts kernel : new RowProducts[] {new ScalarRowProducts(), RowProducts.best()}) {
            kernel.warmUp(CouplingPrecision.DOUBLE); // the JIT warm-up changes nothing the checks below see
            kernel.warmUp(CouplingPrecision.SINGLE);
            for (RandomBlock block : new RandomBlock[] {new RandomBlock(0, 0, 1.5, m, null, rowOf, null),
                    new RandomBlock(0, 0, 1.5, null, f, rowOf, null)}) {
                double[] all = new double[N];
                kernel.accumulate(block, y, all, 0, N);
                for (int i = 0; i < N; i++) {
                    double s = 0;
                    for (int k = 0; k < N; k++) {
                        s += block.entry(rowOf[i] * N + k) * y[k];
                    }
                    assertThat(all[i]).as("%s, %s, row %d", kernel, block.precision(), i)
                            .isCloseTo(1.5 * s, within(1e-12 * Math.sqrt(N) * 10));
                }
                // rows grouped differently (ranges starting at 1 to 9 and single rows) give bitwise the same sums
                for (int shift = 1; shift <= 9; shift++) {
                    double[] part = new double[N];
                    kernel.accumulate(block, y, part, shift, N);
                    for (int i = 0; i < shift; i++) {
                        kernel.accumulate(block, y, part, i, i + 1);
                    }
                    assertThat(part).as("%s, %s, shift %d", kernel, block.precision(), shift).containsExactly(all);
                }
            }
        }
    }
}
