package org.mrdmft.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class TanhKernelTest {

    private static final DoubleUnaryOperator TANH = Math::tanh;
    private static final DoubleUnaryOperator SECH2 = x -> 1.0 / (Math.cosh(x) * Math.cosh(x));
    private static final DoubleUnaryOperator LOG2COSH = x -> Math.abs(x) + Math.log1p(Math.exp(-2 * Math.abs(x)));

    private final TanhKernel kernel = new TanhKernel();
    private final ReferenceQuadrature quad = new ReferenceQuadrature(1e-12);
    /** Nested two-dimensional references: looser per-level tolerance, still 100x below the 1e-9 checks. */
    private final ReferenceQuadrature quad2 = new ReferenceQuadrature(1e-11);

    @Test
    void gainAndMeanSquareSlopeMatchQuadrature() {
        assertThat(kernel.gain(0.0)).isEqualTo(1.0);
        assertThat(kernel.meanSquareSlope(0.0)).isEqualTo(1.0);
        for (double d : new double[] {1e-12, 0.01, 0.5, 2.0, 10.0, 50.0}) {
            assertThat(kernel.gain(d)).as("gain(%s)", d).isCloseTo(quad.average(SECH2, 0.0, Math.sqrt(d)), within(1e-10));
            assertThat(kernel.meanSquareSlope(d)).as("<phi'^2>(%s)", d)
                    .isCloseTo(quad.average(x -> SECH2.applyAsDouble(x) * SECH2.applyAsDouble(x), 0.0, Math.sqrt(d)),
                            within(1e-10));
        }
    }

    @Test
    void correlationMatchesTwoDimensionalQuadrature() {
        double[][] pairs = {{0.5, 0.5}, {0.5, 3.0}, {3.0, 50.0}, {50.0, 50.0}, {1e-12, 2.0}};
        for (double[] p : pairs) {
            for (double fr : new double[] {-1.0, -0.5, 0.0, 0.7, 1.0}) {
                double d12 = fr * Math.sqrt(p[0] * p[1]);
                double expected = quad2.average2(TANH, TANH, p[0], p[1], d12);
                assertThat(kernel.correlation(p[0], p[1], d12)).as("C(%s, %s, %s)", p[0], p[1], d12)
                        .isCloseTo(expected, within(1e-9));
            }
        }
    }

    @Test
    void correlationAtFullCorrelationIsTheMeanSquareOfTanh() {
        for (double d : new double[] {1e-12, 0.3, 4.0, 50.0}) {
            double expected = quad.average(x -> Math.tanh(x) * Math.tanh(x), 0.0, Math.sqrt(d));
            assertThat(kernel.correlation(d, d, d)).as("C(%s, %s, %s)", d, d, d).isCloseTo(expected, within(1e-10));
            assertThat(kernel.correlation(d, d, -d)).isCloseTo(-expected, within(1e-10));
        }
    }

    @Test
    void correlationIsSymmetricAndFiniteAtTheEdges() {
        double[][] cases = {{0.4, 7.0, 1.2}, {50.0, 0.1, -2.0}, {3.0, 3.0, 3.0}, {2.0, 8.0, 4.0}};
        for (double[] c : cases) {
            assertThat(kernel.correlation(c[0], c[1], c[2])).isCloseTo(kernel.correlation(c[1], c[0], c[2]), within(1e-15));
        }
        assertThat(kernel.correlation(0.0, 0.0, 0.0)).isEqualTo(0.0);
        assertThat(kernel.correlation(2.0, 0.0, 0.0)).isEqualTo(0.0);
        assertThat(kernel.correlation(0.0, 2.0, 0.0)).isEqualTo(0.0);
        assertThat(kernel.correlation(2.0, 2.0, Math.nextUp(2.0))).isFinite();   // rounding past the bound
        double b = Math.sqrt(0.7 * 40.0);
        assertThat(kernel.correlation(0.7, 40.0, b)).isFinite()
                .isCloseTo(quad2.average2(TANH, TANH, 0.7, 40.0, b), within(1e-9));
        assertThat(kernel.correlationSlope(0.0, 0.0)).isEqualTo(1.0);
        assertThat(kernel.correlationAntiderivative(0.0, 0.0)).isCloseTo(Math.log(2) * Math.log(2), within(1e-15));
    }

    @Test
    void correlationSlopeIsTheDerivativeAndThePriceAverage() {
        for (double d0 : new double[] {0.2, 2.0, 20.0}) {
            for (double fr : new double[] {-0.8, 0.0, 0.5, 1.0}) {
                double d12 = fr * d0;
                double slope = kernel.correlationSlope(d0, d12);
                assertThat(slope).as("slope(%s, %s)", d0, d12)
                        .isCloseTo(quad2.average2(SECH2, SECH2, d0, d0, d12), within(1e-9));
                if (fr < 1.0) {
                    double h = 1e-4 * d0;
                    double fd = (kernel.correlation(d0, d0, d12 + h) - kernel.correlation(d0, d0, d12 - h)) / (2 * h);
                    assertThat(slope).isCloseTo(fd, within(1e-6));
                }
            }
        }
    }

    @Test
    void antiderivativeDifferentiatesToCorrelationWithDocumentedNormalisation() {
        for (double d0 : new double[] {0.2, 2.0, 20.0}) {
            double meanF = quad.average(LOG2COSH, 0.0, Math.sqrt(d0));
            assertThat(kernel.correlationAntiderivative(d0, 0.0)).isCloseTo(meanF * meanF, within(1e-10 * Math.max(1, d0)));
            for (double fr : new double[] {-0.9, 0.0, 0.6}) {
                double d = fr * d0;
                double h = 1e-4 * d0;
                double fd = (kernel.correlationAntiderivative(d0, d + h) - kernel.correlationAntiderivative(d0, d - h)) / (2 * h);
                assertThat(fd).as("dPhi/dD(%s, %s)", d0, d).isCloseTo(kernel.correlation(d0, d0, d), within(1e-6));
            }
            double integral = quad.integrate(s -> kernel.correlation(d0, d0, s), 0.0, d0);
            assertThat(kernel.correlationAntiderivative(d0, d0) - kernel.correlationAntiderivative(d0, 0.0))
                    .isCloseTo(integral, within(1e-9 * Math.max(1, d0)));
        }
    }

    @Test
    void varianceForGainInvertsGain() {
        assertThat(kernel.varianceForGain(1.0)).isEqualTo(0.0);
        for (double d : new double[] {1e-6, 0.3, 2.0, 50.0, 400.0}) {
            assertThat(kernel.varianceForGain(kernel.gain(d))).as("D = %s", d).isCloseTo(d, within(1e-9 * d));
        }
        assertThatThrownBy(() -> kernel.varianceForGain(0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kernel.varianceForGain(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void columnLoopsOverCorrelation() {
        double[] diag = {0.5, 2.0, 9.0, 0.0};
        double[] cross = {0.3, -1.0, 4.5, 0.0};
        double[] aux = new double[4];
        double[] out = new double[4];
        for (int i = 0; i < 4; i++) {
            aux[i] = kernel.rowAuxiliary(diag[i]);
        }
        kernel.correlationColumn(diag, aux, 3.0, kernel.rowAuxiliary(3.0), cross, 0, 4, out);
        for (int i = 0; i < 4; i++) {
            assertThat(out[i]).isEqualTo(kernel.correlation(diag[i], 3.0, cross[i]));
        }
    }
}
