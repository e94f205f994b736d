package org.mrdmft.plot.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NiceTicksTest {
    @Test
    void stepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertThat(NiceTicks.ceiling(0.9231)).isEqualTo(1.0);
        assertThat(NiceTicks.ceiling(1.192)).isEqualTo(2.0);
        assertThat(NiceTicks.ceiling(2.1)).isEqualTo(2.5);
        assertThat(NiceTicks.ceiling(0.03)).isEqualTo(0.05);
        assertThat(NiceTicks.ceiling(3.0e-7)).isEqualTo(5.0e-7);
        assertThat(NiceTicks.ceiling(7300)).isEqualTo(10000.0);
        assertThat(NiceTicks.ceiling(2.0)).isEqualTo(2.0);
        assertThat(NiceTicks.larger(2.0)).isEqualTo(2.5);
        assertThat(NiceTicks.larger(5.0)).isEqualTo(10.0);
        for (double s = 1e-5; s < 1e6; s *= 1.37) {
            double step = NiceTicks.ceiling(s);
            double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-12));
            assertThat(mantissa).as("step %s for %s", step, s).isIn(1.0, 2.0, 2.5, 5.0);
            assertThat(step).isGreaterThanOrEqualTo(s * (1 - 1e-9)).isLessThanOrEqualTo(2.5 * s);
        }
    }

    @Test
    void labelsShowTheDigitsTheStepNeedsWithATrueMinusAndNoNegativeZero() {
        assertThat(labels(0.25, -0.5, 0.5)).containsExactly("−0.50", "−0.25", "0.00", "0.25", "0.50");
        assertThat(labels(0.5, -1, 1)).containsExactly("−1.0", "−0.5", "0.0", "0.5", "1.0");
        assertThat(labels(2.5, 0, 10)).containsExactly("0.0", "2.5", "5.0", "7.5", "10.0");
        assertThat(labels(25, 0, 50)).containsExactly("0", "25", "50");
        assertThat(labels(0.1, -0.2, 0.0)).containsExactly("−0.2", "−0.1", "0.0");
        assertThat(NiceTicks.format(0.1).format(-1e-17)).isEqualTo("0.0");
    }

    private static List<String> labels(double step, double from, double to) {
        List<String> out = new ArrayList<>();
        int n = (int) Math.round((to - from) / step);
        for (int i = 0; i <= n; i++) {
            out.add(NiceTicks.format(step).format(from + i * step));
        }
        return out;
    }
}
