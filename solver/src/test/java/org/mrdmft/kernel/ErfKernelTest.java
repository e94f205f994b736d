package org.mrdmft.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

class ErfKernelTest {

    private static final double C = 2.0 / Math.PI;
    private static final double K = Math.sqrt(Math.PI) / 2.0;
    private static final DoubleUnaryOperator PHI = x -> Erf.erf(K * x);
    private static final DoubleUnaryOperator DPHI = x -> Math.exp(-Math.PI * x * x / 4.0);
    /** Even antiderivative of phi with F(x) - |x| -> 0. */
    private static final DoubleUnaryOperator F = x -> x * Erf.erf(K * x) + C * Math.exp(-Math.PI * x * x / 4.0);
    private static final double[] VARIANCES = {1e-12, 0.3, 2.0, 1e3};
    private static final double[] FRACTIONS = {-1.0, -0.6, 0.0, 0.3, 1.0};

    /** Closed-form Gaussian smoothing: E erf(k(m + s u)) = erf(k m / sqrt(1 + 2 k^2 s^2)). */
    private static final ReferenceQuadrature.SmoothedFunction PHI_SMOOTHED =
        (m, s) -> Erf.erf(K * m / Math.sqrt(1.0 + 2.0 * K * K * s * s));
    /** E exp(-k^2 (m + s u)^2) = exp(-k^2 m^2 / (1 + 2 k^2 s^2)) / sqrt(1 + 2 k^2 s^2). */
    private static final ReferenceQuadrature.SmoothedFunction DPHI_SMOOTHED = (m, s) -> {
        double q = 1.0 + 2.0 * K * K * s * s;
        return Math.exp(-K * K * m * m / q) / Math.sqrt(q);
    };

    private final ErfKernel kernel = new ErfKernel();
    private final ReferenceQuadrature quad = new ReferenceQuadrature(1e-13);

    @Test
    void correlationMatchesTwoDimensionalQuadrature() {
        for (int i = 0; i < VARIANCES.length; i++) {
            for (int j = i; j < VARIANCES.length; j++) {
                double d11 = VARIANCES[i];
                double d22 = VARIANCES[j];
                for (double fr : FRACTIONS) {
                    double d12 = fr * Math.sqrt(d11 * d22);
                    double expected = quad.average2(PHI_SMOOTHED, PHI_SMOOTHED, d11, d22, d12);
                    assertThat(kernel.correlation(d11, d22, d12))
                            .as("C(%s, %s, %s)", d11, d22, d12).isCloseTo(expected, within(1e-10));
                    assertThat(kernel.correlation(d22, d11, d12)).isCloseTo(expected, within(1e-10));
                }
            }
        }
    }

    @Test
    void tinyVariancesKeepRelativePrecision() {
        double d = 1e-12;
        for (double fr : FRACTIONS) {
            double d12 = fr * d;
            double expected = d12 * (1.0 - d / C);       // c asin(D12 / (D + c)) to O(D^2)
            assertThat(kernel.correlation(d, d, d12)).isCloseTo(expected, within(1e-15 * d));
        }
    }

    @Test
    void gainAndMeanSquareSlopeMatchOneDimensionalQuadrature() {
        for (double d : new double[] {0.0, 1e-12, 0.1, 1.0, 5.0, 50.0, 1e3}) {
            assertThat(kernel.gain(d)).as("gain(%s)", d)
                    .isCloseTo(quad.average(DPHI, 0.0, Math.sqrt(d)), within(1e-12));
            assertThat(kernel.meanSquareSlope(d)).as("<phi'^2>(%s)", d)
                    .isCloseTo(quad.average(x -> DPHI.applyAsDouble(x) * DPHI.applyAsDouble(x), 0.0,
                            Math.sqrt(d)), within(1e-12));
        }
        assertThat(kernel.gain(0.0)).isEqualTo(1.0);
    }

    @Test
    void correlationSlopeIsTheDerivativeOfCorrelation() {
        for (double d0 : new double[] {0.05, 1.0, 5.0, 50.0}) {
            for (double fr : new double[] {-0.9, -0.3, 0.0, 0.5, 0.95}) {
                double d12 = fr * d0;
                double h = 1e-4 * d0;
                double fd = (kernel.correlation(d0, d0, d12 + h) - kernel.correlation(d0, d0, d12 - h)) / (2 * h);
                assertThat(kernel.correlationSlope(d0, d12)).as("slope(%s, %s)", d0, d12)
                        .isCloseTo(fd, within(1e-7));
            }
        }
    }

    @Test
    void correlationSlopeIsThePriceAverage() {
        for (double d0 : new double[] {0.05, 1.0, 5.0, 50.0}) {
            for (double fr : new double[] {-1.0, -0.3, 0.0, 0.5, 1.0}) {
                double d12 = fr * d0;
                assertThat(kernel.correlationSlope(d0, d12)).as("slope(%s, %s)", d0, d12)
                        .isCloseTo(quad.average2(DPHI_SMOOTHED, DPHI_SMOOTHED, d0, d0, d12), within(1e-10));
            }
        }
    }

    @Test
    void antiderivativeDifferentiatesToCorrelation() {
        for (double d0 : new double[] {0.05, 1.0, 5.0, 50.0}) {
            for (double fr : new double[] {-0.9, 0.0, 0.4, 0.9}) {
                double d = fr * d0;
                double h = 1e-4 * d0;
                double fd = (kernel.correlationAntiderivative(d0, d + h)
                        - kernel.correlationAntiderivative(d0, d - h)) / (2 * h);
                assertThat(fd).isCloseTo(kernel.correlation(d0, d0, d), within(1e-8 * Math.max(1.0, d0)));
            }
        }
    }

    @Test
    void antiderivativeIsTheIntegralOfCorrelationFromZero() {
        for (double d0 : new double[] {0.05, 1.0, 5.0, 50.0}) {
            assertThat(kernel.correlationAntiderivative(d0, 0.0)).isCloseTo(C * (d0 + C), within(1e-14 * d0));
            for (double fr : new double[] {-1.0, -0.5, 0.3, 1.0}) {
                double d = fr * d0;
                double integral = quad.integrate(s -> kernel.correlation(d0, d0, s), 0.0, d);
                assertThat(kernel.correlationAntiderivative(d0, d) - kernel.correlationAntiderivative(d0, 0.0))
                        .as("Phi(%s, %s)", d0, d).isCloseTo(integral, within(1e-11 * Math.max(1.0, d0)));
            }
        }
    }

    @Test
    void antiderivativeIsTheAverageOfTheEvenAntiderivativeOfPhi() {
        ReferenceQuadrature coarse = new ReferenceQuadrature(1e-10);
        for (double[] p : new double[][] {{0.3, -1.0}, {2.0, 0.6}}) {
            double d0 = p[0];
            double d = p[1] * d0;
            assertThat(kernel.correlationAntiderivative(d0, d)).isCloseTo(coarse.average2(F, F, d0, d0, d), within(1e-9));
        }
    }

    @Test
    void varianceForGainInvertsGain() {
        for (double d : new double[] {0.0, 1e-12, 0.01, 1.0, 7.5, 1e3, 1e8}) {
            assertThat(kernel.varianceForGain(kernel.gain(d))).isCloseTo(d, within(1e-12 * Math.max(d, 1.0)));
        }
        for (double psi : new double[] {1.0, 0.9, 0.5, 0.01}) {
            assertThat(kernel.gain(kernel.varianceForGain(psi))).isCloseTo(psi, within(1e-15));
        }
        assertThatThrownBy(() -> kernel.varianceForGain(0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kernel.varianceForGain(1.0 + 1e-15)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kernel.varianceForGain(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    /** c asin(D / (D + c)) evaluated without its own cancellation near asin(1). */
    private static double boundCorrelation(double d) {
        double r = d / (d + C);
        if (r < 0.5) {
            return C * StrictMath.asin(r);
        }
        return C * (Math.PI / 2 - StrictMath.asin(Math.sqrt(C * (2 * d + C)) / (d + C)));
    }

    @Test
    void cauchySchwarzEdgeIsExact() {
        for (double d : new double[] {1e-12, 1e-6, 0.5, 3.0, 50.0, 1e3, 1e8}) {
            double expected = boundCorrelation(d);
            assertThat(kernel.correlation(d, d, d)).as("C(%s, %s, %s)", d, d, d)
                    .isCloseTo(expected, within(3e-16 * expected));
            assertThat(kernel.correlation(d, d, -d)).isCloseTo(-expected, within(3e-16 * expected));
        }
        // unequal variances at the bound: finite, below c pi/2 and symmetric
        double b = Math.sqrt(0.7 * 40.0);
        assertThat(kernel.correlation(0.7, 40.0, b)).isFinite().isLessThan(1.0)
                .isCloseTo(kernel.correlation(40.0, 0.7, b), within(1e-16));
    }

    @Test
    void hugeVarianceIsFiniteAndAccurate() {
        double d = 1e8;
        assertThat(kernel.gain(d)).isCloseTo(1.0 / Math.sqrt(1.0 + Math.PI * d / 2), within(1e-20));
        assertThat(kernel.meanSquareSlope(d)).isCloseTo(1.0 / Math.sqrt(1.0 + Math.PI * d), within(1e-20));
        double half = kernel.correlation(d, d, 0.5 * d);
        assertThat(half).isCloseTo(C * StrictMath.asin(0.5 * d / (d + C)), within(1e-15 * half));
        assertThat(kernel.correlation(d, d, d)).isCloseTo(boundCorrelation(d), within(3e-16));
        double slope = kernel.correlationSlope(d, d);
        assertThat(slope).isCloseTo(C / Math.sqrt(C * (2 * d + C)), within(1e-15 * slope));
        assertThat(kernel.correlationAntiderivative(d, d)).isFinite()
                .isCloseTo(C * (Math.sqrt(C * (2 * d + C)) + d * boundCorrelation(d) / C), within(1e-15 * d));
    }

    @Test
    void columnAgreesWithCorrelation() {
        Random rnd = new Random(42);
        int n = 2000;
        double[] diag = new double[n];
        double[] aux = new double[n];
        double[] cross = new double[n];
        double[] out = new double[n];
        double dNew = 37.5;
        for (int i = 0; i < n; i++) {
            diag[i] = i % 3 == 0 ? rnd.nextDouble() : 1e3 * rnd.nextDouble();
            aux[i] = kernel.rowAuxiliary(diag[i]);
            double bound = Math.sqrt(diag[i] * dNew);
            cross[i] = i % 10 == 0 ? bound : i % 10 == 1 ? -bound : (2 * rnd.nextDouble() - 1) * bound;
            out[i] = Double.NaN;
        }
        kernel.correlationColumn(diag, aux, dNew, kernel.rowAuxiliary(dNew), cross, 5, n - 5, out);
        for (int i = 0; i < n; i++) {
            if (i < 5 || i >= n - 5) {
                assertThat(out[i]).isNaN();
            } else {
                assertThat(out[i]).as("row %d", i).isCloseTo(kernel.correlation(diag[i], dNew, cross[i]), within(1e-14));
            }
        }
    }

    @Test
    void scaledColumnIsTheWeightTimesTheCorrelation() {
        double[] weights = {2.25, 0.5, 1e-3};
        double dNew = 4.0;
        int n = 50;
        double[] diag = new double[n];
        double[] aux = new double[n];
        double[] cross = new double[n];
        Random rnd = new Random(5);
        for (int i = 0; i < n; i++) {
            diag[i] = 10.0 * rnd.nextDouble();
            aux[i] = kernel.rowAuxiliary(diag[i]);
            cross[i] = (2 * rnd.nextDouble() - 1) * Math.sqrt(diag[i] * dNew);
        }
        GaussianKernel tanh = new TanhKernel();
        for (double w : weights) {
            double[] out = new double[n];
            double[] outTanh = new double[n];
            kernel.scaledCorrelationColumn(w, diag, aux, dNew, kernel.rowAuxiliary(dNew), cross, 0, n, out);
            tanh.scaledCorrelationColumn(w, diag, diag, dNew, dNew, cross, 0, 3, outTanh);
            for (int i = 0; i < n; i++) {
                assertThat(out[i]).as("w = %s, row %d", w, i)
                        .isCloseTo(w * kernel.correlation(diag[i], dNew, cross[i]), within(1e-14 * w));
            }
            for (int i = 0; i < 3; i++) {
                assertThat(outTanh[i]).isCloseTo(w * tanh.correlation(diag[i], dNew, cross[i]), within(1e-15 * w));
            }
        }
    }

    @Test
    void columnTreatsCovariancesBeyondTheCauchySchwarzBoundAsFullyCorrelated() {
        double[] diag = {1.0, 1.0};
        double[] aux = {kernel.rowAuxiliary(1.0), kernel.rowAuxiliary(1.0)};
        double[] cross = {5.0, -5.0};
        double[] out = new double[2];
        kernel.correlationColumn(diag, aux, 1.0, kernel.rowAuxiliary(1.0), cross, 0, 2, out);
        assertThat(out[0]).isEqualTo(1.0);
        assertThat(out[1]).isEqualTo(-1.0);
    }
}
