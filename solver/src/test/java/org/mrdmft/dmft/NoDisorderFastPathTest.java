package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;

/** The g = 0 fast path integrates only the currents; it must equal the full two-time solver at g = 0. */
class NoDisorderFastPathTest {

    private static TransientProblem randomNetwork(double[] q0) {
        NetworkModel m = NetworkModel.of(new double[3], InteractionTensors.random(3, 2.5, 5));
        DmftSettings s = DmftSettings.defaults().withDt(0.05, 1200).withInitialVariance(q0);
        return new TransientProblem(m, s);
    }

    @Test
    void fastPathEqualsTheFullSolverWithoutDisorder() {
        TransientProblem p = randomNetwork(null);
        TransientResult fast = new NoDisorderSolver().solve(p);
        TransientResult full = new ExponentialTrapezoidSolver().solve(p);
        assertThat(fast.cellsEvaluated()).isZero();
        assertThat(full.cellsEvaluated()).isPositive();
        assertThat(Problems.maxAbsDiff(fast.currents(), full.currents())).isLessThan(1e-12);
        assertThat(Problems.maxAbsDiff(fast.variance(), full.variance())).isLessThan(1e-12);
        assertThat(Problems.maxAbsDiff(fast.gain(), full.gain())).isLessThan(1e-12);
        // the two-time function too: the structured part is exact on both paths
        LagSlice a = fast.lagSlices().get(0);
        LagSlice b = full.lagSlices().get(0);
        for (int lag = 0; lag < a.lags(); lag += 37) {
            assertThat(a.raw()[1][lag]).isCloseTo(b.raw()[1][lag], within(1e-11));
        }
        // and the currents actually move (the comparison is not between two zeros)
        assertThat(Math.abs(fast.finalCurrents()[0][1] - fast.currents()[0][0][1])).isGreaterThan(1e-3);
    }

    @Test
    void fastPathKeepsAnInitialRandomPartThatDecaysLikeExpMinusTwoT() {
        TransientProblem p = randomNetwork(new double[] {0.7, 0.7, 0.7});
        TransientResult fast = new NoDisorderSolver().solve(p);
        TransientResult full = new ExponentialTrapezoidSolver().solve(p);
        assertThat(Problems.maxAbsDiff(fast.variance(), full.variance())).isLessThan(1e-12);
        assertThat(Problems.maxAbsDiff(fast.currents(), full.currents())).isLessThan(1e-12);
    }

    @Test
    void fastPathRefusesDisorderedNetworks() {
        NetworkModel m = NetworkModel.of(new double[] {1.0}, new double[1][1][1]);
        TransientProblem p = new TransientProblem(m, DmftSettings.defaults().withDt(0.05, 10));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new NoDisorderSolver().solve(p))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
