package org.mrdmft.stationary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mrdmft.kernel.ErfKernel;

class RegionPotentialTest {

    private final ErfKernel erf = new ErfKernel();

    @Test
    void slopeAndCurvatureAreDerivativesOfTheValue() {
        RegionPotential v = RegionPotential.of(erf, 2.0, 3.0, 0.4);
        double h = 1e-5;
        for (double x : new double[] {-2.5, 0.0, 1.1, 2.9}) {
            assertThat(v.slope(x)).isCloseTo((v.value(x + h) - v.value(x - h)) / (2 * h), within(1e-8));
            assertThat(v.curvature(x)).isCloseTo((v.slope(x + h) - v.slope(x - h)) / (2 * h), within(1e-8));
        }
    }

    @Test
    void meanCurvatureIsTheNormalisedTaylorRemainderOnShortAndLongIntervals() {
        RegionPotential v = RegionPotential.of(erf, 2.5, 5.0, 0.7);
        double[][] intervals = {{0.0, 5.0}, {1.0, 4.5}, {2.0, 2.9}, {4.0, 4.01}, {3.0, 1.5}};
        for (double[] ab : intervals) {
            double a = ab[0];
            double b = ab[1];
            double remainder = v.value(b) - v.value(a) - v.slope(a) * (b - a);
            assertThat(v.meanCurvature(a, b)).as("[%s, %s]", a, b)
                    .isCloseTo(2 * remainder / ((b - a) * (b - a)), within(1e-9));
        }
        assertThat(v.meanCurvature(4.2, 4.2)).isCloseTo(v.curvature(4.2), within(1e-14));
        // continuity across the quadrature / closed-difference switch at span 1
        assertThat(v.meanCurvature(2.0, 3.0 - 1e-12)).isCloseTo(v.meanCurvature(2.0, 3.0 + 1e-12), within(1e-12));
    }

    @Test
    void restingStructuredVarianceMakesDeltaInfARestPoint() {
        RegionPotential v = RegionPotential.restingAt(erf, 2.25, 3.34, 1.69);
        assertThat(v.slope(1.69)).isCloseTo(0.0, within(1e-15));
        assertThat(v.delta0()).isEqualTo(3.34);
    }
}
