package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.mrdmft.model.InputDrive;
import org.mrdmft.model.InputPhase;

/** Where a schedule's switches fall on the grid, with what amplitude before them and what leak-weighted remainder. */
class InputSwitchTest {
    private static InputDrive pulse(double from, double to) {
        return new InputDrive(new double[][] {{1.0}}, List.of(new InputPhase(from, to, new double[] {0.7})), true);
    }

    @Test
    void onAndOffTheGrid() {
        double h = 0.1;
        InputSwitch[] at = InputSwitch.of(pulse(1.0, 2.03), 1, 40, h);
        // on the grid: t_10 = 1.0 already has the new amplitude, the whole step lies before the switch
        assertThat(at[10].omega()).isCloseTo(0.0, Offset.offset(1e-12));
        assertThat(at[10].before()[0]).isEqualTo(0.0);
        // off the grid: 2.03 lies in (2.0, 2.1], 0.07 of the step after it; the amplitude before is the pulse's
        assertThat(at[21].omega()).isCloseTo(-Math.expm1(-0.07), Offset.offset(1e-12));
        assertThat(at[21].before()[0]).isEqualTo(0.7);
        long count = java.util.Arrays.stream(at).filter(java.util.Objects::nonNull).count();
        assertThat(count).isEqualTo(2);
    }

    @Test
    void switchesNearTheStartOrTooCloseStaySampled() {
        double h = 0.1;
        // a switch in the first three steps, and a pulse shorter than two steps after a handled switch
        InputSwitch[] at = InputSwitch.of(pulse(0.15, 1.0), 1, 40, h);
        assertThat(at[2]).isNull();
        assertThat(at[10]).isNotNull();
        InputSwitch[] shortPulse = InputSwitch.of(pulse(1.0, 1.15), 1, 40, h);
        assertThat(shortPulse[10]).isNotNull();
        assertThat(shortPulse[12]).isNull();
        // a phase that starts at t = 0 is no switch
        assertThat(java.util.Arrays.stream(InputSwitch.of(pulse(0.0, 100.0), 1, 40, h))
                .allMatch(java.util.Objects::isNull)).isTrue();
    }
}
