package org.mrdmft.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.dynamics.Attractor;
import org.mrdmft.dynamics.DynamicsLabel;

/**
 * fig6, in process: with tensor T1 the currents sit at a fixed point at g1 = 0.3, are bistable at 0.6 (a fixed
 * point and a limit cycle; seeds 0 and 1 of the figure's starts reach one each) and cycle at 1.5; with tensor T2
 * region 2 stays at a fixed point at 0.6 and region 1 turns to a fixed point with chaos at 2.1
 * (docs/FIGURES.md (fig6)). Two starts per g1 instead of the figure's eight.
 */
class Fig6Test {
    private static final DynamicsLabel FP = DynamicsLabel.FIXED_POINT;
    private static final DynamicsLabel LC = DynamicsLabel.LIMIT_CYCLE;
    private static final Fig6.Data T1 = Fig6.compute(new Fig6.Options(List.of("fig6-T1"),
            new double[] {0.3, 0.6, 1.5}, new double[] {0.3, 1.5}, 2, Fig6.STEPS));
    private static final Fig6.Data T2 = Fig6.compute(new Fig6.Options(List.of("fig6-T2"),
            new double[] {0.6, 2.1}, new double[0], 2, Fig6.STEPS));

    @Test
    void tensorOneGoesFromAFixedPointThroughBistabilityToALimitCycle() {
        Fig6.TensorData t = T1.tensor("fig6-T1");
        assertThat(t.census(0.3).labels()).hasSize(2).allMatch(l -> l.equals(List.of(FP, FP, FP)));
        List<String> kinds = t.census(0.6).attractors().stream().map(a -> Fig6.kind(a.labels())).toList();
        assertThat(kinds).contains("FP / FP / FP", "LC / LC / LC");
        List<Attractor> cycle = t.census(1.5).attractors();
        assertThat(cycle).hasSize(1);
        assertThat(cycle.get(0).labels()).containsExactly(LC, LC, LC);
        assertThat(cycle.get(0).period()).isPositive();
        assertThat(cycle.get(0).fraction()).isEqualTo(1.0);
    }

    @Test
    void tensorTwoHoldsRegionTwoAtAFixedPointWhileRegionOneTurnsChaotic() {
        Fig6.TensorData t = T2.tensor("fig6-T2");
        assertThat(t.census(0.6).labels()).allMatch(l -> l.get(1) == FP);
        assertThat(t.census(2.1).labels()).allMatch(l -> l.get(0) == DynamicsLabel.FIXED_POINT_CHAOS
                && l.get(1) == FP);
    }

    @Test
    void theSharesOfTheAttractorsSumToOneAtEveryDisorder() {
        for (Fig6.Data d : List.of(T1, T2)) {
            for (Fig6.Census c : d.tensors().get(0).censuses()) {
                assertThat(c.attractors().stream().mapToDouble(Attractor::fraction).sum()).as("g1 = %s", c.g1())
                        .isCloseTo(1.0, within(1e-9));
            }
        }
    }

    @Test
    void silencingRegionOneLeavesTheRegionsOfTheOthers() {
        // with T^{mu 1 rho} = 0 the R rows (mu, 1) of That vanish, so at least R = 3 of its R^2 eigenvalues are 0
        Fig6.TensorData t = T1.tensor("fig6-T1");
        assertThat(t.intact()).hasSize(9);
        assertThat(t.silenced().stream().filter(z -> z.norm() < 1e-5).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theTablesAreTheFilesOfTheCommandLine() {
        assertThat(T1.tables()).extracting(DataTable::name).containsExactly("fig6-T1-spectrum", "fig6-T1-currents",
                "fig6-T1-dhat", "fig6-T1-gain", "fig6-T1-scaled-spectrum", "fig6-labels");
        assertThat(T1.tables().get(1).columnNames()).containsExactly("t", "S_2_3_g1_0.30", "S_2_3_g1_1.50");
        DataTable labels = T1.tables().get(5);
        assertThat(labels.rows()).isEqualTo(3 * 2);
        assertThat(labels.columnNames()).containsExactly("tensor", "g1", "seed", "label_1", "label_2", "label_3",
                "paperLabel_1", "paperLabel_2", "paperLabel_3", "period_2", "decay_2", "decay_1");
        List<TextTable> text = T1.textTables();
        assertThat(text).extracting(TextTable::name).containsExactly("fig6-attractors", "fig6-label-codes");
        assertThat(text.get(0).column("g1")).contains("0.30", "0.60", "1.50");
        assertThat(T2.tables().get(5).column("tensor")).containsOnly(2.0);
    }
}
