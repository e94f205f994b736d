package org.mrdmft.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.model.InputDrive;
import org.mrdmft.model.InputPhase;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;

class NetworkSimulatorTest {
    private static final double SCS_VARIANCE_G2 = 2.06408;

    private static SimulationResult simulate(NetworkModel model, SimulationSettings s) {
        return new NetworkSimulator(model, s).run(ProgressListener.NONE).get(0);
    }

    private static double[][] finalCurrents(SimulationResult r) {
        return r.currents()[r.steps() - 1];
    }

    @Test
    @Tag("slow")
    void singleRandomRegionReachesTheScsVariance() {
        NetworkModel model = NetworkModel.of(new double[] {2.0}, new double[][][] {{{0.0}}});
        SimulationResult r = simulate(model, Simulations.settings(1500, 0.05, 300, 100, SimulationScheme.RK4, 0,
                false));
        int from = (int) Math.round(100 / r.recordStep());
        double variance = Simulations.timeMean(r.variance(), from, 0);
        assertThat(variance).isCloseTo(SCS_VARIANCE_G2, within(0.05 * SCS_VARIANCE_G2));
        double[] c = r.autocorrelation()[0];
        assertThat(c[0]).isCloseTo(variance, within(1e-9 * variance));
        assertDecays(c, r.recordStep(), 0.3);
        assertThat(r.participationRatio()[0]).isGreaterThan(5);
    }

    @Test
    void singleRandomRegionIsChaoticAndDecorrelates() {
        NetworkModel model = NetworkModel.of(new double[] {2.0}, new double[][][] {{{0.0}}});
        SimulationResult r = simulate(model, Simulations.settings(600, 0.1, 120, 40, SimulationScheme.RK4, 0,
                false));
        int from = (int) Math.round(40 / r.recordStep());
        double variance = Simulations.timeMean(r.variance(), from, 0);
        assertThat(variance).isCloseTo(SCS_VARIANCE_G2, within(0.1 * SCS_VARIANCE_G2));
        double[] c = r.autocorrelation()[0];
        assertThat(c[0]).isCloseTo(variance, within(1e-9 * variance));
        assertDecays(c, r.recordStep(), 0.4);
    }

    /** C(10) below {@code bound} C(0), and |C| below it from tau = 15 on (finite-N fluctuations remain). */
    private static void assertDecays(double[] c, double lagStep, double bound) {
        assertThat(c[(int) Math.round(10 / lagStep)]).isLessThan(bound * c[0]);
        for (int l = (int) Math.round(15 / lagStep); l < c.length; l++) {
            assertThat(Math.abs(c[l])).as("|C(%s)|", l * lagStep).isLessThan(bound * c[0]);
        }
    }

    private static NetworkModel smallDisordered() {
        InputDrive inputs = new InputDrive(new double[][] {{0.2, 0.1}, {0.0, 0.3}},
                List.of(new InputPhase(0, Double.POSITIVE_INFINITY, new double[] {1.0, -0.5})), true);
        return new NetworkModel(2, Nonlinearity.ERF, new double[] {1.5, 1.2}, new double[][] {{0, 0.4}, {0.3, 0}},
                InteractionTensors.random(2, 1.5, 8), NetworkModel.identityOverlaps(2), inputs);
    }

    @Test
    void eulerConvergesToRk4AtFirstOrder() {
        NetworkModel model = smallDisordered();
        double[][] reference = finalCurrents(simulate(model,
                Simulations.settings(300, 0.005, 5, 1, SimulationScheme.RK4, 1, false)));
        double[][] rk4Coarse = finalCurrents(simulate(model,
                Simulations.settings(300, 0.04, 5, 1, SimulationScheme.RK4, 1, false)));
        double e1 = maxDiff(reference, finalCurrents(simulate(model,
                Simulations.settings(300, 0.04, 5, 1, SimulationScheme.EULER, 1, false))));
        double e2 = maxDiff(reference, finalCurrents(simulate(model,
                Simulations.settings(300, 0.02, 5, 1, SimulationScheme.EULER, 1, false))));
        assertThat(e1 / e2).as("Euler error ratio when halving dt").isBetween(1.6, 2.4);
        assertThat(maxDiff(reference, rk4Coarse)).isLessThan(0.01 * e1);
    }

    private static double maxDiff(double[][] a, double[][] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                m = Math.max(m, Math.abs(a[i][j] - b[i][j]));
            }
        }
        return m;
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        NetworkModel model = smallDisordered();
        for (boolean shared : new boolean[] {false, true}) {
            SimulationResult one = simulate(model, Simulations.settings(2100, 0.05, 0.5, 0.1, SimulationScheme.RK4,
                    1, shared));
            SimulationResult two = simulate(model, Simulations.settings(2100, 0.05, 0.5, 0.1, SimulationScheme.RK4,
                    2, shared));
            assertThat(two.currents()).isDeepEqualTo(one.currents());
            assertThat(two.variance()).isDeepEqualTo(one.variance());
            assertThat(two.traces()).isDeepEqualTo(one.traces());
            assertThat(two.autocorrelation()).isDeepEqualTo(one.autocorrelation());
        }
    }

    @Test
    void recordsEveryStepWithTheRequestedStride() {
        SimulationSettings s = new SimulationSettings(100, 0.1, 2.0, 2, 1L, SimulationScheme.EULER, 4, 0.8, 1,
                false);
        List<SimulationResult> draws = new NetworkSimulator(smallDisordered(), s).run(ProgressListener.NONE);
        assertThat(draws).hasSize(2);
        SimulationResult r = draws.get(0);
        assertThat(r.steps()).isEqualTo(6);
        assertThat(r.time(5)).isCloseTo(2.0, within(1e-12));
        assertThat(r.traces()[1]).hasNumberOfRows(20);
        assertThat(r.autocorrelation()[0]).hasSize(3);
        assertThat(draws.get(1).currents()[0]).isNotEqualTo(r.currents()[0]);
    }

    @Test
    void refusesRunsThatDoNotFitIntoMemory() {
        NetworkModel model = NetworkModel.of(new double[] {1.0, 1.0}, new double[2][2][2]);
        SimulationSettings s = Simulations.settings(200_000, 0.05, 10, 1, SimulationScheme.RK4, 1, false);
        assertThatThrownBy(() -> new NetworkSimulator(model, s))
                .isInstanceOf(org.mrdmft.failure.InvalidInputException.class)
                .hasMessageMatching("simulation\\.neurons: N = 200000 neurons per region would need about 59[0-9]\\.[0-9] GiB "
                        + "\\(.*\\), more than the JVM heap of [0-9.]+ [MGT]iB \\(.*\\)");
        NetworkSimulator ok = new NetworkSimulator(model, Simulations.settings(2000, 0.05, 10, 1,
                SimulationScheme.RK4, 1, false));
        assertThatThrownBy(() -> ok.requireMemory(16L << 20)).hasMessageContaining("N = 2000 neurons per region would need about");
    }
}
