package org.mrdmft.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mrdmft.api.Mrdmft;
import org.mrdmft.config.RunConfig;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.DynamicsClassifier;
import org.mrdmft.dmft.ReplicaResult;
import org.mrdmft.dynamics.DynamicsClassification;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.stationary.StationarySettings;

/**
 * The three rules side by side on fig5's five example points (4 draws each) and along fig6's g1 values (T1 and T2,
 * starts 0 and 1), printed as the table of docs/NUMERICS.md section 6; and the disputed chaos verdicts settled by
 * the stationary exponent at fixed points (docs/MODEL.md section 10). About 6 minutes under shared load.
 */
@Tag("slow")
class LyapunovRuleComparisonTest {
    private int runs;
    private int allAgree;
    private int chaosAgree;

    private void row(String where, NetworkModel m, DmftSettings s) {
        ReplicaResult r = Mrdmft.solveReplica(m, s);
        List<DynamicsLabel> cur = DynamicsClassification.labels(Mrdmft.classify(r, m, DynamicsClassifier.CURRENTS));
        List<DynamicsLabel> pap = DynamicsClassification.labels(Mrdmft.classify(r, m, DynamicsClassifier.PAPER));
        List<DynamicsLabel> ly = DynamicsClassification.labels(Mrdmft.classify(r, m, DynamicsClassifier.LYAPUNOV));
        for (int mu = 0; mu < m.regions(); mu++) {
            if (m.disorderWeight(mu, mu) == 0.0) {
                continue;
            }
            runs++;
            boolean all = cur.get(mu) == ly.get(mu) && pap.get(mu) == ly.get(mu);
            allAgree += all ? 1 : 0;
            chaosAgree += chaotic(cur.get(mu)) == chaotic(ly.get(mu)) ? 1 : 0;
            var e = r.exponents().get(mu);
            System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %.4f | %s |%s%n", where, mu + 1, cur.get(mu),
                    pap.get(mu), ly.get(mu), e.exponent(), e.trend(), all ? "" : " differ |");
        }
    }

    private static boolean chaotic(DynamicsLabel l) {
        return l == DynamicsLabel.CHAOS || l == DynamicsLabel.FIXED_POINT_CHAOS || l == DynamicsLabel.LIMIT_CYCLE_CHAOS;
    }

    @Test
    void rulesSideBySide() {
        for (int k = 0; k < Fig5.EXAMPLES.size(); k++) {
            var plan = Fig5.examplePlan(k, 4, "currents");
            for (int d = 0; d < 4; d++) {
                RunConfig cfg = plan.rowConfig(0, d).config();
                row("fig5 ex" + (k + 1) + " (" + Fig5.EXAMPLES.get(k).published() + ") draw " + d, cfg.model(),
                        cfg.dmft());
            }
        }
        for (String name : Fig6.TENSORS) {
            double[][][] t = PaperTensors.load(name);
            for (double g1 : Fig6.paperDisorders()) {
                NetworkModel m = NetworkModel.of(new double[] {g1, 0, 0}, t);
                for (int seed = 0; seed < 2; seed++) {
                    row(name + " g1=" + g1 + " start " + seed, m,
                            DmftSettings.defaults().withDt(Fig6.DT, Fig6.STEPS).withSeed(seed));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d region-runs: all three labels agree on %d, currents and lyapunov agree on"
                + " chaos on %d%n", runs, allAgree, chaosAgree);
        assertThat(chaosAgree).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * runs));
    }

    /** Where the rules disagree about chaos at a fixed point, the stationary exponent decides (and a long replica). */
    @Test
    void disputedFixedPointsAgreeWithTheStationaryExponentAtLongTimes() {
        int[][] fig5 = {{1, 1, 1}, {1, 3, 0}}; // example, draw, region (0-based)
        for (int[] c : fig5) {
            RunConfig cfg = Fig5.examplePlan(c[0], 4, "currents").rowConfig(0, c[1]).config();
            settle(cfg.model(), cfg.dmft(), c[2]);
        }
        settle(NetworkModel.of(new double[] {1.8, 0, 0}, PaperTensors.load("fig6-T2")),
                DmftSettings.defaults().withDt(Fig6.DT, Fig6.STEPS).withSeed(0), 0);
    }

    private static void settle(NetworkModel m, DmftSettings s, int mu) {
        double stationary = Mrdmft.solveStationaryWithLyapunov(m, StationarySettings.defaults()).lyapunovExponent()[mu];
        double atDefault = Mrdmft.solveReplica(m, s).exponent()[mu];
        double atLong = Mrdmft.solveReplica(m, s.withSteps(10001)).exponent()[mu];
        System.out.printf(Locale.ROOT, "region %d: stationary %.6f, replica T = %.0f %.6f, T = 500 %.6f%n", mu + 1,
                stationary, s.duration(), atDefault, atLong);
        assertThat(atLong).isCloseTo(stationary, within(1e-3));
        assertThat(Math.signum(atLong)).isEqualTo(Math.signum(stationary));
    }
}
