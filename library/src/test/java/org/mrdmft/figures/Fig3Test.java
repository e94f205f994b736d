package org.mrdmft.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.simulation.SimulationSettings;

/** fig3's data at a reduced N: each region settles on the norm of the loop that pins it. */
class Fig3Test {
    /** N = 2000, T = 60 (row norms averaged over [30, 60]), 1 draw: g = 0, so no dense matrix; a second a case. */
    private static final Fig3.Options SMALL = new Fig3.Options(2000, 60.0, 1);
    private static Fig3.Data data;

    @BeforeAll
    static void compute() {
        data = Fig3.compute(SMALL);
    }

    @Test
    void simulatedRowNormsSettleOnTheNormOfThePinningLoop() {
        assertThat(data.cases()).hasSize(3);
        double squares = 0;
        int count = 0;
        for (FixedPointCase c : data.cases()) {
            double[] a = c.network().a();
            double[] b = c.network().b();
            for (int mu = 0; mu < 5; mu++) {
                double pin = Math.max(a[mu], b[mu]);
                double theory = Math.sqrt(2 / Math.PI * (pin * pin - 1));
                assertThat(c.theoryRowNorms()[mu]).isCloseTo(theory, within(1e-12));
                for (double[] draw : c.simulation().rowNorms()) {
                    // finite N = 2000: the overlaps deviate from T by O(N^(-1/2)), the row norms by several percent
                    assertThat(draw[mu]).as("%s region %d", c.network().name(), mu + 1)
                            .isCloseTo(theory, within(0.15 * theory));
                    squares += Math.pow((draw[mu] - theory) / theory, 2);
                    count++;
                }
            }
        }
        assertThat(Math.sqrt(squares / count)).as("rms relative deviation").isLessThan(0.08);
    }

    @Test
    void notesNameTheRegionsPinnedByTheirSelfLoop() {
        assertThat(data.cases()).extracting(FixedPointCase::note).containsExactly("every region routes",
                "a > b: region 1 self-current only", "a > b: regions 1, 2 self-current only");
    }

    @Test
    void optionsAreThePapersSchemeAtTwoSizes() {
        SimulationSettings full = Fig3.Options.full().settings();
        assertThat(full.neurons()).isEqualTo(100_000);
        assertThat(full.duration()).isEqualTo(400.0);
        assertThat(full.dt()).isEqualTo(0.05);
        assertThat(full.draws()).isEqualTo(5);
        assertThat(full.scheme()).isEqualTo(SimulationScheme.EULER);
        assertThat(full.burnIn()).isEqualTo(200.0);
        assertThat(full.dt() * full.recordEvery()).isEqualTo(0.25);
        SimulationSettings quick = Fig3.Options.quick().settings();
        assertThat(quick.neurons()).isEqualTo(2000);
        assertThat(quick.duration()).isEqualTo(200.0);
        assertThat(quick.draws()).isEqualTo(3);
    }

    @Test
    void tablesAreTheCommandsCsvFiles() {
        List<DataTable> tables = data.tables();
        assertThat(tables).extracting(DataTable::name).containsExactly(
                "fig3-case1-parameters", "fig3-case1-currents", "fig3-case1-traces", "fig3-case1-final-currents",
                "fig3-case2-parameters", "fig3-case2-currents", "fig3-case2-traces", "fig3-case2-final-currents",
                "fig3-case3-parameters", "fig3-case3-currents", "fig3-case3-traces", "fig3-case3-final-currents",
                "fig3-row-norms");
        assertThat(tables.get(0).columnNames()).containsExactly("region", "a", "b", "g", "sign", "theoryRowNorm");
        // t = 0, 0.25, ..., 50 and one column per current
        DataTable currents = tables.get(1);
        assertThat(currents.rows()).isEqualTo(201);
        assertThat(currents.column("t")[200]).isCloseTo(50.0, within(1e-12));
        assertThat(currents.columnNames()).hasSize(1 + 25).contains("S_1_1", "S_5_4");
        assertThat(tables.get(2).columnNames()).hasSize(1 + 5 * FixedPointCase.TRACES_PER_REGION).contains("x_5_4");
        assertThat(tables.get(3).columnNames()).containsExactly("mu", "nu", "S_draw1");
        DataTable norms = tables.get(12);
        assertThat(norms.columnNames()).containsExactly("case", "region", "draw", "simulation", "theory");
        assertThat(norms.rows()).isEqualTo(3 * 5);
    }
}
