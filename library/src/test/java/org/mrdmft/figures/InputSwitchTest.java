package org.mrdmft.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** input-switch: an input to region 1 switches it from self-generating to routing. */
class InputSwitchTest {
    @Test
    void anInputSwitchesRegionOneFromSelfGeneratingToRouting() {
        InputSwitch.Data data = InputSwitch.compute();
        assertThat(data.amplitudes()).containsExactly(0.0, 2.0);
        double[][] off = data.finalCurrents().get(0);
        double[][] on = data.finalCurrents().get(1);
        // off: region 1 (a = 2.56497381 > b = 1.90793845) isolated on its self-current sqrt((2/pi)(a^2 - 1))
        assertThat(Math.abs(off[0][0])).isCloseTo(Math.sqrt(2 / Math.PI * (2.56497381 * 2.56497381 - 1)),
                within(1e-6));
        for (int k = 1; k < 5; k++) {
            assertThat(Math.abs(off[0][k])).isLessThan(1e-6);
            assertThat(Math.abs(off[k][0])).isLessThan(1e-6);
        }
        // on: the self-current dies, row and column 1 carry currents
        assertThat(Math.abs(on[0][0])).isLessThan(1e-6);
        for (int k = 1; k < 5; k++) {
            assertThat(Math.abs(on[0][k])).isGreaterThan(0.1);
            assertThat(Math.abs(on[k][0])).isGreaterThan(0.1);
        }
        // regions 2-5 route in both: each row's norm is that of its pair loop, sqrt((2/pi)(b^2 - 1))
        double[] b = {1.90793845, 2.56979247, 2.46955172, 2.51276156, 2.49002518};
        for (int mu = 1; mu < 5; mu++) {
            double norm = 0;
            for (double s : off[mu]) {
                norm += s * s;
            }
            assertThat(Math.sqrt(norm)).isCloseTo(Math.sqrt(2 / Math.PI * (b[mu] * b[mu] - 1)), within(1e-6));
        }
        DataTable values = data.tables().get(0);
        assertThat(values.name()).isEqualTo("input-switch-values");
        assertThat(values.columnNames()).containsExactly("S_I0", "S_I2");
        assertThat(values.column("S_I2")[1]).isEqualTo(on[0][1]);
        DataTable index = data.tables().get(1);
        assertThat(index.columnNames()).containsExactly("mu", "nu");
        assertThat(index.column("mu")[1]).isEqualTo(1.0);
        assertThat(index.column("nu")[1]).isEqualTo(2.0);
    }
}
