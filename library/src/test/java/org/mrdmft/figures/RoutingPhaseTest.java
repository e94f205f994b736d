package org.mrdmft.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mrdmft.stationary.StationaryBranch;

/** routing-phase: the phases of one region lie between the analytic boundaries, and max(a, b) sets them. */
class RoutingPhaseTest {
    private static final RoutingPhase.Options SMALL = new RoutingPhase.Options(50, 24);
    private static RoutingPhase.Data data;

    @BeforeAll
    static void compute() {
        data = RoutingPhase.compute(SMALL);
    }

    @Test
    void thePhasesOfThePairLoopPlaneLieBetweenTheBoundaries() {
        double[] g = data.disorder();
        double[] b = data.pairLoops();
        assertThat(b[0]).isEqualTo(1.05);
        assertThat(b[b.length - 1]).isCloseTo(3.0, within(1e-12));
        assertThat(g[g.length - 1]).isCloseTo(3.5, within(1e-12));
        int[] count = new int[3];
        for (int j = 0; j < b.length; j++) {
            double gc = Math.pow(2 * b[j] * b[j] - 1, 0.25);
            assertThat(data.chaosOnset()[j]).isCloseTo(gc, within(1e-12));
            assertThat(data.pureChaosOnset()[j]).isGreaterThan(gc);
            for (int i = 0; i < g.length; i++) {
                StationaryBranch expected = g[i] < gc ? StationaryBranch.STATIC
                        : g[i] < data.pureChaosOnset()[j] ? StationaryBranch.CHAOTIC : StationaryBranch.SCS;
                if (Math.abs(g[i] - gc) > 1e-6 && Math.abs(g[i] - data.pureChaosOnset()[j]) > 1e-6) {
                    assertThat(data.gbPhase()[j][i]).as("g = %s, b = %s", g[i], b[j]).isEqualTo(expected);
                }
                count[data.gbPhase()[j][i].ordinal()]++;
            }
        }
        // the plane shows all three phases
        assertThat(java.util.Arrays.stream(count).min().orElseThrow()).isGreaterThan(20);
    }

    @Test
    void theStrongerLoopPinsTheRegion() {
        double[] g = data.disorder();
        double[] ratio = data.selfOverPair();
        for (int j = 0; j < ratio.length; j++) {
            double pin = Math.max(ratio[j], 1.0) * RoutingPhase.AB_PAIR_LOOP;
            double gc = Math.pow(2 * pin * pin - 1, 0.25);
            assertThat(data.transmitting(j)).isEqualTo(ratio[j] < 1);
            for (int i = 0; i < g.length; i++) {
                if (g[i] < gc - 1e-6) {
                    assertThat(data.abPhase()[j][i]).isEqualTo(StationaryBranch.STATIC);
                } else if (g[i] > gc + 1e-6) {
                    assertThat(data.abPhase()[j][i]).isNotEqualTo(StationaryBranch.STATIC);
                }
                if (ratio[j] < 1) {
                    // transmitting rows are pinned by b = 2 alone: the same phase as every other such row
                    assertThat(data.abPhase()[j][i]).isEqualTo(data.abPhase()[0][i]);
                }
            }
        }
    }

    @Test
    void tablesAreTheCommandsCsvFiles() {
        List<DataTable> tables = data.tables();
        assertThat(tables).extracting(DataTable::name).containsExactly("routing-phase-gb",
                "routing-phase-gb-boundaries", "routing-phase-ab");
        assertThat(tables.get(0).columnNames()).containsExactly("g", "b", "phase");
        assertThat(tables.get(0).rows()).isEqualTo(50 * 24);
        assertThat(tables.get(1).columnNames()).containsExactly("b", "chaosOnset", "pureChaosOnset");
        assertThat(tables.get(2).columnNames()).containsExactly("a_over_b", "g", "phase", "transmitting");
        // row j of the grid, column i: g varies fastest
        assertThat(tables.get(0).column("g")[1]).isEqualTo(data.disorder()[1]);
        assertThat(tables.get(0).column("b")[50]).isEqualTo(data.pairLoops()[1]);
        // a = 0, b = 2 at g = 3.5: pure chaos; a = 4 at g = 3.5: still chaos with structure
        assertThat(tables.get(2).column("phase")[49]).isEqualTo(2.0);
        assertThat(tables.get(2).column("phase")[50 * 24 - 1]).isEqualTo(1.0);
    }
}
