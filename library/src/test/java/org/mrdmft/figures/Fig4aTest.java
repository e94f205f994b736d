package org.mrdmft.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mrdmft.stationary.RoutingCurves;

/** fig4a's data against the closed forms of a routing region pinned at psi = 1/b (erf). */
class Fig4aTest {
    private static Fig4a.Data data;

    @BeforeAll
    static void compute() {
        data = Fig4a.compute();
    }

    @Test
    void chaosSetsInAtTheClosedFormOnset() {
        assertThat(data.pairLoops()).containsExactly(1.5, 2.0, 2.5);
        for (RoutingCurves c : data.curves()) {
            double b = c.pairLoop();
            assertThat(c.chaosOnset()).isCloseTo(Math.pow(2 * b * b - 1, 0.25), within(1e-12));
            double[] g = c.disorder();
            boolean[] stable = c.staticStable();
            for (int i = 0; i < g.length; i++) {
                // the static state is stable below g_c and unstable above (a grid step around g_c is left out)
                if (g[i] < c.chaosOnset() - 2e-3) {
                    assertThat(stable[i]).as("b = %s, g = %s", b, g[i]).isTrue();
                } else if (g[i] > c.chaosOnset() + 2e-3) {
                    assertThat(stable[i]).as("b = %s, g = %s", b, g[i]).isFalse();
                }
            }
        }
    }

    @Test
    void withoutDisorderTheStaticVarianceIsThePinnedOne() {
        for (RoutingCurves c : data.curves()) {
            double b = c.pairLoop();
            // at g = 0 all of the variance is structured: A = D0 = (2/pi)(b^2 - 1)
            assertThat(c.staticRootA()[0]).isCloseTo(Math.sqrt(2 / Math.PI * (b * b - 1)), within(1e-12));
            assertThat(c.delta0()).isCloseTo(2 / Math.PI * (b * b - 1), within(1e-12));
        }
    }

    @Test
    void theChaoticBranchStartsAtTheOnsetAndReachesAZeroBeyondIt() {
        for (int k = 0; k < data.curves().size(); k++) {
            RoutingCurves c = data.curves().get(k);
            // at g_c the chaotic branch leaves the static one: same sqrt(A)
            assertThat(data.rootAAtOnset()[k]).isBetween(0.0, Math.sqrt(c.delta0()));
            double[] g = c.disorder();
            double[] chaotic = c.chaoticRootA();
            double[] stat = c.staticRootA();
            int onset = firstAbove(g, c.chaosOnset());
            assertThat(stat[onset]).isCloseTo(data.rootAAtOnset()[k], within(0.02));
            // A = 0 is reached at the pure-chaos onset, which lies beyond g_c; sqrt(A) falls along the branch
            assertThat(c.pureChaosOnset()).isGreaterThan(c.chaosOnset());
            int end = firstAbove(g, c.pureChaosOnset());
            for (int i = onset + 1; i < end - 1; i++) {
                assertThat(chaotic[i]).as("g = %s", g[i]).isLessThanOrEqualTo(chaotic[i - 1] + 1e-9);
            }
            if (c.pureChaosOnset() < g[g.length - 1]) {
                assertThat(chaotic[end - 2]).isLessThan(0.1);
                assertThat(Double.isNaN(chaotic[end + 1]) || chaotic[end + 1] < 1e-6).isTrue();
            }
        }
    }

    @Test
    void tablesAreTheCommandsCsvFiles() {
        List<DataTable> tables = data.tables();
        assertThat(tables).extracting(DataTable::name).containsExactly("fig4a", "fig4a-onsets");
        assertThat(tables.get(0).rows()).isEqualTo(2500);
        assertThat(tables.get(0).columnNames()).startsWith("g", "sqrtA_static_b1.5", "stable_static_b1.5",
                "sqrtA_chaotic_b1.5", "deltaInf_chaotic_b1.5").hasSize(13).endsWith("deltaInf_chaotic_b2.5");
        assertThat(tables.get(1).columnNames()).containsExactly("b", "chaosOnset", "sqrtA_at_onset");
    }

    private static int firstAbove(double[] g, double x) {
        int i = 0;
        while (i < g.length && g[i] < x) {
            i++;
        }
        return i;
    }
}
