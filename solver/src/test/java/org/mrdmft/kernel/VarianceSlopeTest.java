package org.mrdmft.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The derivatives of C(D0, D0, D) and Phi(D0, D) in the variance D0: erf closed forms and defaults. */
class VarianceSlopeTest {

    private final ErfKernel erf = new ErfKernel();

    /** The interface defaults (finite differences) on the erf kernel, for comparison with its overrides. */
    private final GaussianKernel erfByDefaults = new GaussianKernel() {
        @Override public double gain(double v) { return erf.gain(v); }
        @Override public double varianceForGain(double p) { return erf.varianceForGain(p); }
        @Override public double meanSquareSlope(double v) { return erf.meanSquareSlope(v); }
        @Override public double correlation(double a, double b, double c) { return erf.correlation(a, b, c); }
        @Override public double correlationSlope(double d0, double d) { return erf.correlationSlope(d0, d); }
        @Override public double correlationAntiderivative(double d0, double d) {
            return erf.correlationAntiderivative(d0, d);
        }
        @Override public double rowAuxiliary(double v) { return erf.rowAuxiliary(v); }
        @Override public void correlationColumn(double[] diag, double[] aux, double dNew, double auxNew,
                                                double[] cross, int from, int to, double[] out) {
            erf.correlationColumn(diag, aux, dNew, auxNew, cross, from, to, out);
        }
    };

    private static final double[] D0 = {0.01, 0.5, 2.0, 5.6, 40.0};
    private static final double[] FRACTIONS = {-1.0, -0.5, 0.0, 0.3, 0.9, 1.0};

    /** Richardson-extrapolated central difference with small steps (the diagonal is approached from above). */
    private static double derivative(java.util.function.DoubleUnaryOperator f, double x, double h) {
        double d1 = (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
        double d2 = (f.applyAsDouble(x + h / 2) - f.applyAsDouble(x - h / 2)) / h;
        return (4 * d2 - d1) / 3;
    }

    @Test
    void erfClosedFormsMatchTheBriefFormulasAndDifferences() {
        double c = ErfKernel.C;
        for (double d0 : D0) {
            for (double fr : FRACTIONS) {
                double d = fr * d0;
                double s = d0 + c;
                double expectedC = -c * d / (s * s * Math.sqrt(1 - (d / s) * (d / s)));
                double expectedPhi = c * Math.sqrt(s * s - d * d) / s;
                assertThat(erf.correlationSlopeInVariance(d0, d)).isCloseTo(expectedC, within(1e-13 * (1 + Math.abs(expectedC))));
                assertThat(erf.antiderivativeSlopeInVariance(d0, d)).isCloseTo(expectedPhi, within(1e-13));
                if (Math.abs(fr) < 1.0) {   // a two-sided difference needs room below D0
                    double h = 1e-3 * Math.min(d0 - Math.abs(d), 1.0) + 1e-12;
                    double numC = derivative(v -> erf.correlation(v, v, d), d0, h);
                    double numPhi = derivative(v -> erf.correlationAntiderivative(v, d), d0, h);
                    assertThat(erf.correlationSlopeInVariance(d0, d)).isCloseTo(numC, within(1e-7));
                    assertThat(erf.antiderivativeSlopeInVariance(d0, d)).isCloseTo(numPhi, within(1e-7));
                }
            }
        }
    }

    @Test
    void totalDiagonalSlopeOfErfCorrelationIsClosedForm() {
        // d/dD0 c asin(D0 / (D0 + c)) = c^2 / ((D0 + c) sqrt(c (2 D0 + c)))
        double c = ErfKernel.C;
        for (double d0 : D0) {
            double total = erf.correlationSlopeInVariance(d0, d0) + erf.correlationSlope(d0, d0);
            assertThat(total).isCloseTo(c * c / ((d0 + c) * Math.sqrt(c * (2 * d0 + c))), within(1e-14));
        }
    }

    @Test
    void finiteDifferenceDefaultsAgreeWithClosedFormsIncludingTheDiagonal() {
        for (double d0 : D0) {
            for (double fr : FRACTIONS) {
                double d = fr * d0;
                double scale = 1.0 + Math.abs(erf.correlationSlopeInVariance(d0, d));
                assertThat(erfByDefaults.correlationSlopeInVariance(d0, d))
                        .as("dC/dD0 at D0=%s D=%s", d0, d).isCloseTo(erf.correlationSlopeInVariance(d0, d), within(1e-8 * scale));
                assertThat(erfByDefaults.antiderivativeSlopeInVariance(d0, d))
                        .isCloseTo(erf.antiderivativeSlopeInVariance(d0, d), within(1e-8));
            }
        }
    }
}
