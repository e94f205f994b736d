package org.mrdmft.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mrdmft.model.Nonlinearity;

class ErfTest {
    @Test
    void matchesHipparchusToDoublePrecision() {
        for (double x = -7; x <= 7; x += 0.0137) {
            assertThat(Erf.erf(x)).as("erf(%s)", x).isCloseTo(org.hipparchus.special.Erf.erf(x), within(2e-15));
        }
        assertThat(Erf.erf(1e-10)).isCloseTo(2 / Math.sqrt(Math.PI) * 1e-10, within(1e-25));
    }

    @Test
    void activationSlopeIsTheDerivative() {
        for (Nonlinearity kind : Nonlinearity.values()) {
            Activation a = new Activation(kind);
            assertThat(a.slope(0)).isCloseTo(1.0, within(1e-15));
            for (double x = -3; x <= 3; x += 0.25) {
                double numeric = (a.rate(x + 1e-6) - a.rate(x - 1e-6)) / 2e-6;
                assertThat(a.slope(x)).as("%s at %s", kind, x).isCloseTo(numeric, within(1e-8));
            }
        }
    }
}
