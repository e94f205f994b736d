package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mrdmft.kernel.ErfKernel;
import org.mrdmft.kernel.Kernels;
import org.mrdmft.model.Nonlinearity;

/** The erf kernel difference where Delta itself is tiny (a static state late in a long run). */
class KernelDifferenceTest {

    @Test
    void erfDifferenceKeepsItsPrecisionWhereItsProductsWouldUnderflow() {
        KernelDifference erf = KernelDifference.of(Nonlinearity.ERF, Kernels.forNonlinearity(Nonlinearity.ERF));
        ErfKernel k = new ErfKernel();
        double c = ErfKernel.C;
        // Delta = 1e-150 (x y below the smallest double) and 1e-145 with deficit 1e-175 (deficit (x + y) below it)
        for (double[] v : new double[][] {{1e-150, 1e-180}, {1e-145, 1e-175}, {-1e-150, 1e-180}, {1e-3, 1e-33}}) {
            double delta = Math.abs(v[0]);
            double a = 1.0 / Math.sqrt((delta + c) * (delta + c));
            double slope = c * a / Math.sqrt(1.0 - v[0] * a * v[0] * a);
            assertThat(erf.of(delta, delta, v[0], v[1])).isCloseTo(slope * v[1], within(1e-12 * slope * v[1]));
            double[] out = new double[1];
            erf.column(new double[] {delta}, new double[] {k.rowAuxiliary(delta)}, delta, k.rowAuxiliary(delta),
                    new double[] {v[0]}, new double[] {v[1]}, 0, 1, out);
            assertThat(out[0]).isCloseTo(slope * v[1], within(1e-12 * slope * v[1]));
        }
    }
}
