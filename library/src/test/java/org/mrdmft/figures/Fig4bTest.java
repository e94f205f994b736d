package org.mrdmft.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mrdmft.stationary.StationaryBranch;

/** fig4b's three regimes of a routing region with b = 2.5: static, chaos with structure, pure chaos. */
class Fig4bTest {
    @Test
    void theThreeDisordersFallInTheThreeRegimes() {
        Fig4b.Data data = Fig4b.compute();
        double b = data.pairLoop();
        double d0 = 2 / Math.PI * (b * b - 1);
        double gc = Math.pow(2 * b * b - 1, 0.25);
        assertThat(data.curves()).extracting(Fig4b.Curve::disorder).containsExactly(1.5, 2.25, 2.6);
        assertThat(data.curves()).extracting(Fig4b.Curve::regime).containsExactly(StationaryBranch.STATIC,
                StationaryBranch.CHAOTIC, StationaryBranch.SCS);
        // g = 1.5 < g_c = 2.64..: chaos suppressed, Delta(tau) = D0 at every lag
        assertThat(1.5).isLessThan(gc);
        for (double v : data.curves().get(0).profile().delta()) {
            assertThat(v).isCloseTo(d0, within(1e-9));
        }
        // chaos with structure: Delta decays from the pinned D0 to a plateau Dinf > 0
        double[] structured = data.curves().get(1).profile().delta();
        assertThat(structured[0]).isCloseTo(d0, within(1e-9));
        double plateau = structured[structured.length - 1];
        assertThat(plateau).isGreaterThan(0.05).isLessThan(d0 - 0.1);
        // pure chaos: Delta decays to 0 (no structured variance, no current)
        double[] chaos = data.curves().get(2).profile().delta();
        assertThat(chaos[0]).isGreaterThan(0.1);
        assertThat(chaos[chaos.length - 1]).isLessThan(1e-3 * chaos[0]);
        for (Fig4b.Curve c : data.curves()) {
            double[] d = c.profile().delta();
            for (int k = 1; k < d.length; k++) {
                assertThat(d[k]).isLessThanOrEqualTo(d[k - 1] + 1e-12);
            }
        }
        DataTable table = data.tables().get(0);
        assertThat(table.name()).isEqualTo("fig4b");
        assertThat(table.columnNames()).containsExactly("tau", "delta_g1.5", "delta_g2.25", "delta_g2.6");
        assertThat(table.rows()).isEqualTo(801);
        assertThat(table.column("tau")[800]).isEqualTo(40.0);
    }
}
