package org.mrdmft.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.stationary.StationaryBranch;

/**
 * fig4c's data: in theory region 1 goes from chaos suppressed to chaos with structure to pure chaos without
 * current as its disorder rises; the simulations at a tiny N only exercise the tables and the trend.
 */
class Fig4cTest {
    /** N = 100, T = 20, 2 draws; trend at N = 50 and 100 (the case-3 draws reused at 100). */
    private static final Fig4c.Options SMALL = new Fig4c.Options(100, 20.0, 2, new int[] {50, 100});
    private static Fig4c.Data data;

    @BeforeAll
    static void compute() {
        data = Fig4c.compute(SMALL);
    }

    @Test
    void regionOneLosesItsCurrentAsItsDisorderRises() {
        List<Fig4c.CaseTheory> t = data.theories();
        for (int k = 0; k < 3; k++) {
            for (int mu = 1; mu < 5; mu++) {
                assertThat(t.get(k).branches().get(mu)).isEqualTo(StationaryBranch.STATIC);
                assertThat(t.get(k).rowNorms()[mu]).isGreaterThan(1.4);
            }
            // every stable fixed point found has the same row norms
            for (double spread : t.get(k).spread()) {
                assertThat(spread).isLessThan(1e-9);
            }
        }
        assertThat(t.get(0).branches().get(0)).isEqualTo(StationaryBranch.STATIC);
        assertThat(t.get(1).branches().get(0)).isEqualTo(StationaryBranch.CHAOTIC);
        assertThat(t.get(1).rowNorms()[0]).isBetween(0.1, t.get(0).rowNorms()[0]);
        assertThat(t.get(2).branches().get(0)).isEqualTo(StationaryBranch.SCS);
        assertThat(t.get(2).rowNorms()[0]).isLessThan(1e-9);
        assertThat(t.get(2).note()).isEqualTo("region 1 pure chaos, no current");
        assertThat(data.cases().get(2).note()).isEqualTo("theory: region 1 pure chaos, no current");
        // the case's theory row norms are the stationary theory's
        assertThat(data.cases().get(1).theoryRowNorms()).containsExactly(t.get(1).rowNorms());
    }

    @Test
    void theTheoryTableCodesTheBranches() {
        DataTable theory = data.theoryTable(2);
        assertThat(theory.name()).isEqualTo("fig4c-case3-theory");
        assertThat(theory.columnNames()).containsExactly("region", "branch", "theoryRowNorm",
                "spreadOverStableFixedPoints");
        assertThat(theory.column("branch")).containsExactly(2.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(theory.column("theoryRowNorm")[0]).isLessThan(1e-9);
    }

    @Test
    void theTrendReusesTheDrawsAtTheFiguresSizeAndFollowsNToTheMinusOneHalfInItsGuide() {
        Fig4c.SilentRegionTrend trend = data.trend().orElseThrow();
        assertThat(trend.name()).isEqualTo("fig4c-case3-region1-vs-N");
        assertThat(trend.sizes()).containsExactly(50, 100);
        double[][] case3 = data.cases().get(2).simulation().rowNorms();
        DataTable table = trend.table();
        assertThat(table.columnNames()).containsExactly("neurons", "draw", "rowNorm_1");
        assertThat(table.column("neurons")).containsExactly(50, 50, 100, 100);
        assertThat(table.column("rowNorm_1")[2]).isEqualTo(case3[0][0]);
        assertThat(table.column("rowNorm_1")[3]).isEqualTo(case3[1][0]);
        double[] guide = trend.guide();
        assertThat(guide[1]).isCloseTo((case3[0][0] + case3[1][0]) / 2, within(1e-12));
        assertThat(guide[0]).isCloseTo(guide[1] * Math.sqrt(2), within(1e-12));
    }

    @Test
    void tablesAreTheCommandsCsvFiles() {
        List<String> names = data.tables().stream().map(DataTable::name).toList();
        assertThat(names).containsExactly(
                "fig4c-case1-parameters", "fig4c-case1-currents", "fig4c-case1-traces", "fig4c-case1-final-currents",
                "fig4c-case1-theory",
                "fig4c-case2-parameters", "fig4c-case2-currents", "fig4c-case2-traces", "fig4c-case2-final-currents",
                "fig4c-case2-theory",
                "fig4c-case3-parameters", "fig4c-case3-currents", "fig4c-case3-traces", "fig4c-case3-final-currents",
                "fig4c-case3-theory", "fig4c-case3-region1-vs-N", "fig4c-row-norms");
        assertThat(DataTable.find(data.tables(), "fig4c-row-norms").rows()).isEqualTo(3 * 5 * 2);
        assertThat(DataTable.find(data.tables(), "fig4c-case2-parameters").column("g")[0]).isEqualTo(2.25);
    }

    @Test
    void optionsAreThePapersSchemeAtTheLargestFeasibleSize() {
        SimulationSettings full = Fig4c.Options.full().settings();
        assertThat(full.neurons()).isEqualTo(4000);
        assertThat(full.duration()).isEqualTo(400.0);
        assertThat(full.dt()).isEqualTo(0.05);
        assertThat(full.draws()).isEqualTo(5);
        assertThat(full.scheme()).isEqualTo(SimulationScheme.EULER);
        assertThat(Fig4c.Options.full().trendSizes()).containsExactly(500, 1000, 2000, 4000);
        assertThat(Fig4c.Options.quick().trendSizes()).isEmpty();
        assertThat(Fig4c.Options.quick().settings().neurons()).isEqualTo(500);
    }
}
