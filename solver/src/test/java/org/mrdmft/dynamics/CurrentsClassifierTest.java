package org.mrdmft.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.DmftScheme;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.DynamicsClassifier;
import org.mrdmft.dmft.LagSlice;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TransientSolvers;
import org.mrdmft.kernel.ErfKernel;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.stationary.RegionState;
import org.mrdmft.stationary.RegionStationarySolver;

class CurrentsClassifierTest {
    private static final double DT = Sampled.DT;

    /** One region with self-loop a (T = a, the fig4 region pinned at psi = 1/a) and disorder g. */
    private static NetworkModel selfLoopModel(double a, double g) {
        return NetworkModel.of(new double[] {g}, new double[][][] {{{a}}});
    }

    private static TransientResult selfLoop(double a, double g) {
        NetworkModel model = selfLoopModel(a, g);
        DmftSettings s = DmftSettings.defaults().withInitialCurrents(new double[][] {{1.0}});
        TransientProblem p = new TransientProblem(model, s);
        return TransientSolvers.forProblem(p).solve(p);
    }

    @Test
    void traceRules() {
        assertThat(CurrentTrace.of(new double[][] {new double[800]}, DT, 1.0).behaviour())
                .isEqualTo(CurrentBehaviour.ABSENT);
        assertThat(CurrentTrace.of(new double[][] {Sampled.of(800, t -> 0.7)}, DT, 1.0).behaviour())
                .isEqualTo(CurrentBehaviour.STATIC);
        CurrentTrace settling = CurrentTrace.of(new double[][] {Sampled.of(800, t -> 0.7 + 0.2 * Math.exp(-0.3 * t))},
                DT, 1.0);
        assertThat(settling.behaviour()).isEqualTo(CurrentBehaviour.STATIC);
        assertThat(settling.settlingRate()).isCloseTo(0.3, within(0.01));
        CurrentTrace cycle = CurrentTrace.of(new double[][] {Sampled.of(1600, t -> 0.4 * Math.sin(t))}, DT, 1.0);
        assertThat(cycle.behaviour()).isEqualTo(CurrentBehaviour.PERIODIC);
        assertThat(cycle.periodSamples() * DT).isCloseTo(2 * Math.PI, within(2e-3));
        assertThat(cycle.amplitude()).isCloseTo(0.4, within(1e-4));
        CurrentTrace quasi = CurrentTrace.of(new double[][] {Sampled.of(1600,
                t -> Math.sin(t) + Math.sin(Math.sqrt(2.0) * t) + Math.sin(Math.sqrt(7.0) * t))},
                DT, 1.0);
        assertThat(quasi.behaviour()).isEqualTo(CurrentBehaviour.IRREGULAR);
        // a cycle much longer than the record drifts: slow, labelled like static currents
        CurrentTrace slow = CurrentTrace.of(new double[][] {Sampled.of(1600, t -> 0.3 * Math.sin(2 * Math.PI * t / 110.0))},
                DT, 1.0);
        assertThat(slow.behaviour()).isEqualTo(CurrentBehaviour.SLOW);
        assertThat(CurrentsClassifier.label(CurrentBehaviour.SLOW, true)).isEqualTo(DynamicsLabel.FIXED_POINT_CHAOS);
        // currents of 1e-5 against a variance of 1000: negligible structure, absent
        assertThat(CurrentTrace.of(new double[][] {Sampled.of(800, t -> 1e-5)}, DT, 1000.0).behaviour())
                .isEqualTo(CurrentBehaviour.ABSENT);
    }

    @Test
    void labelTable() {
        assertThat(CurrentsClassifier.label(CurrentBehaviour.ABSENT, false)).isEqualTo(DynamicsLabel.FIXED_POINT);
        assertThat(CurrentsClassifier.label(CurrentBehaviour.ABSENT, true)).isEqualTo(DynamicsLabel.CHAOS);
        assertThat(CurrentsClassifier.label(CurrentBehaviour.STATIC, true)).isEqualTo(DynamicsLabel.FIXED_POINT_CHAOS);
        assertThat(CurrentsClassifier.label(CurrentBehaviour.PERIODIC, false)).isEqualTo(DynamicsLabel.LIMIT_CYCLE);
        assertThat(CurrentsClassifier.label(CurrentBehaviour.PERIODIC, true))
                .isEqualTo(DynamicsLabel.LIMIT_CYCLE_CHAOS);
        assertThat(CurrentsClassifier.label(CurrentBehaviour.IRREGULAR, false)).isEqualTo(DynamicsLabel.CHAOS);
    }

    @Test
    void decayIsWhatTheLongLagsLose() {
        assertThat(CurrentsClassifier.decay(Sampled.of(1000, t -> 1.0), Double.NaN)).isEqualTo(0.0);
        assertThat(CurrentsClassifier.decay(Sampled.of(1000, t -> 0.4 + 0.6 * Math.exp(-t)), Double.NaN))
                .isCloseTo(0.6, within(1e-9));
        // a cosine recurs to 1 at its period: nothing is lost
        assertThat(CurrentsClassifier.decay(Sampled.of(1000, t -> Math.cos(2 * Math.PI * t / 10)), 200.0))
                .isLessThan(1e-3);
        // NaN-padded lags (a window) are ignored
        double[] padded = Sampled.of(1000, t -> 0.5 + 0.5 * Math.exp(-t));
        for (int k = 600; k < 1000; k++) {
            padded[k] = Double.NaN;
        }
        assertThat(CurrentsClassifier.decay(padded, Double.NaN)).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void scsIsChaosWithoutCurrents() {
        List<RegionDynamics> d = CurrentsClassifier.classify(selfLoop(0.0, 2.0));
        assertThat(d.get(0).currents()).isEqualTo(CurrentBehaviour.ABSENT);
        assertThat(d.get(0).label()).isEqualTo(DynamicsLabel.CHAOS);
        assertThat(d.get(0).decay()).isGreaterThan(0.95); // SCS: Delta(tau) decays to 0
    }

    @Test
    void quietRegionIsAFixedPoint() {
        List<RegionDynamics> d = CurrentsClassifier.classify(selfLoop(0.0, 0.5));
        assertThat(d.get(0).label()).isEqualTo(DynamicsLabel.FIXED_POINT);
        assertThat(d.get(0).decay()).isEqualTo(0.0);
    }

    @Test
    void pinnedRegionFollowsTheStationaryBranches() {
        // b = 2.5: static below g_c = (2 b^2 - 1)^(1/4) = 1.842, chaos with structure up to A = 0 (g = 2.408),
        // pure chaos above
        List<RegionDynamics> quiet = CurrentsClassifier.classify(selfLoop(2.5, 1.5));
        assertThat(quiet.get(0).label()).isEqualTo(DynamicsLabel.FIXED_POINT);
        assertThat(quiet.get(0).currents()).isEqualTo(CurrentBehaviour.STATIC);

        List<RegionDynamics> structured = CurrentsClassifier.classify(selfLoop(2.5, 2.25));
        assertThat(structured.get(0).label()).isEqualTo(DynamicsLabel.FIXED_POINT_CHAOS);
        // the decay is the chaotic share of the variance, 1 - Dinf / D0 of the stationary theory
        double pinnedVariance = (2 / Math.PI) * (2.5 * 2.5 - 1); // psi = 1/a
        List<RegionState> states = new RegionStationarySolver(new ErfKernel()).atVariance(2.25, pinnedVariance);
        RegionState theory = states.get(states.size() - 1);
        assertThat(theory.deltaInf()).isLessThan(theory.delta0());
        assertThat(structured.get(0).decay()).isCloseTo(1.0 - theory.deltaInf() / theory.delta0(), within(5e-3));

        List<RegionDynamics> chaos = CurrentsClassifier.classify(selfLoop(2.5, 2.6));
        assertThat(chaos.get(0).label()).isEqualTo(DynamicsLabel.CHAOS);
    }

    @Test
    void aRegionWithoutDisorderIsNeverCalledChaoticForItsDecay() {
        // static currents and a lag slice that loses half its correlation: chaos with structure if the region
        // is disordered, a fixed point (whose decay only shows unsettled currents) if it is not
        int nt = 600;
        double[][][] currents = new double[nt][1][1];
        double[][] gain = new double[nt][1];
        double[][] variance = new double[nt][1];
        for (int k = 0; k < nt; k++) {
            currents[k][0][0] = 0.8;
            gain[k][0] = 0.7;
            variance[k][0] = 1.0;
        }
        double[][] slice = {Sampled.of(nt / 2, t -> 0.5 + 0.5 * Math.exp(-t))};
        TransientResult r = new TransientResult(DmftScheme.EXP_TRAPEZOID, DT, currents, currents, gain, variance,
                List.of(new LagSlice(nt / 2, nt / 2 * DT, slice, slice)), null, 0, 0.0);
        RegionDynamics disordered = CurrentsClassifier.classify(r, new boolean[] {true}).get(0);
        RegionDynamics quiet = CurrentsClassifier.classify(r, new boolean[] {false}).get(0);
        assertThat(disordered.label()).isEqualTo(DynamicsLabel.FIXED_POINT_CHAOS);
        assertThat(quiet.label()).isEqualTo(DynamicsLabel.FIXED_POINT);
        assertThat(quiet.decay()).isEqualTo(disordered.decay()).isCloseTo(0.5, within(1e-3));
        assertThat(CurrentsClassifier.classify(r, NetworkModel.of(new double[] {0.0}, new double[][][] {{{0.8}}}))
                .get(0).label()).isEqualTo(DynamicsLabel.FIXED_POINT);
    }

    @Test
    void aWindowedSolveIsClassifiedLikeTheFullOne() {
        // a 300-lag window leaves NaN in the two-time sample at long lags: the decay falls back to the lag
        // slice's finite lags, and the labels agree with the unwindowed solve
        for (double g : new double[] {1.5, 2.25, 2.6}) {
            NetworkModel model = selfLoopModel(2.5, g);
            DmftSettings s = DmftSettings.defaults().withInitialCurrents(new double[][] {{1.0}}).withWindow(300);
            TransientProblem p = new TransientProblem(model, s);
            TransientResult windowed = TransientSolvers.forProblem(p).solve(p);
            assertThat(CurrentsClassifier.classify(windowed, model).get(0).label()).as("g = %s", g)
                    .isEqualTo(CurrentsClassifier.classify(selfLoop(2.5, g), model).get(0).label());
        }
    }

    @Test
    void paperChoiceTakesOnlyTheLabelFromThePaperRule() {
        TransientResult r = selfLoop(2.5, 2.25);
        NetworkModel model = selfLoopModel(2.5, 2.25);
        List<RegionDynamics> paper = DynamicsClassification.classify(r, model, DynamicsClassifier.PAPER);
        List<RegionDynamics> currents = DynamicsClassification.classify(r, model, DynamicsClassifier.CURRENTS);
        assertThat(DynamicsClassification.labels(paper)).isEqualTo(PaperClassifier.classify(r));
        assertThat(paper.get(0).decay()).isEqualTo(currents.get(0).decay());
    }
}
