package org.mrdmft.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.DynamicsClassifier;
import org.mrdmft.dmft.ReplicaResult;
import org.mrdmft.dmft.ReplicaTrend;
import org.mrdmft.dynamics.DynamicsClassification;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.figures.Fig6;
import org.mrdmft.figures.PaperTensors;
import org.mrdmft.model.NetworkModel;

/** The {@code lyapunov} rule through the facade on a limit cycle of fig6 (docs/NUMERICS.md section 6). */
class LyapunovRuleTest {

    @Test
    void fig6LimitCycleWithoutChaosIsALimitCycleWhoseRandomPartConverges() {
        // T1, g1 = 1.2: periodic currents; region 1's gain, lowered by the cycle, keeps its random part below the
        // chaos onset, so the replicas converge (lambda about -0.21); regions 2 and 3 have no disorder: lambda = -1
        NetworkModel m = NetworkModel.of(new double[] {1.2, 0, 0}, PaperTensors.load("fig6-T1"));
        DmftSettings s = DmftSettings.defaults().withDt(Fig6.DT, 2001).withClassifier(DynamicsClassifier.LYAPUNOV);
        assertThat(s.lyapunov()).isTrue();
        ReplicaResult r = Mrdmft.solveReplica(m, s);
        assertThat(r.exponents().get(0).trend()).isEqualTo(ReplicaTrend.DECAYS);
        assertThat(r.exponents().get(0).exponent()).isBetween(-0.3, -0.1);
        for (int mu = 1; mu < 3; mu++) {
            // without disorder D obeys (1 + d_t)(1 + d_t') D = 0: d(t) = d(0) e^{-2t}
            assertThat(r.exponents().get(mu).exponent()).isEqualTo(-1.0, org.assertj.core.api.Assertions.within(1e-9));
        }
        List<DynamicsLabel> labels = DynamicsClassification.labels(Mrdmft.classify(r, m, DynamicsClassifier.LYAPUNOV));
        assertThat(labels).containsExactly(DynamicsLabel.LIMIT_CYCLE, DynamicsLabel.LIMIT_CYCLE,
                DynamicsLabel.LIMIT_CYCLE);
        // the rule that reads the solution alone needs the replica
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> Mrdmft.classify(r.solution(), m, DynamicsClassifier.LYAPUNOV))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dmft.lyapunov");
    }
}
