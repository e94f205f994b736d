package org.mrdmft.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
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
    private static final double[][] FIG3_A = {
        {2.07056209, 2.01600629, 2.03914952, 2.08963573, 2.07470232},
        {2.56497381, 1.97552974, 1.97887313, 1.95708126, 2.03461631},
        {2.48332969, 2.49774933, 1.91455216, 2.06561083, 1.92826258}};
    private static final double[][] FIG3_B = {
        {2.46090888, 2.53800354, 2.49394571, 2.49587125, 2.51642394},
        {1.90793845, 2.56979247, 2.46955172, 2.51276156, 2.49002518},
        {1.96633011, 2.02011526, 2.45018848, 2.45768191, 2.4636397}};

    private static NetworkModel fig3(int caseIndex) {
        SplittableRandom rng = new SplittableRandom(2025);
        double[] signs = new double[5];
        for (int k = 0; k < 5; k++) {
            signs[k] = rng.nextBoolean() ? 1 : -1;
        }
        return NetworkModel.of(new double[5], InteractionTensors.reciprocal(FIG3_A[caseIndex], FIG3_B[caseIndex],
                signs));
    }

    private static SimulationResult simulate(NetworkModel model, SimulationSettings s) {
        return new NetworkSimulator(model, s).run(ProgressListener.NONE).get(0);
    }

    private static double[][] finalCurrents(SimulationResult r) {
        return r.currents()[r.steps() - 1];
    }

    @Test
    @Tag("slow")
    void fig3ReciprocalRowNormsMatchTheory() {
        assertRowNorms(simulate(fig3(0), Simulations.settings(20_000, 0.05, 200, 50, SimulationScheme.RK4, 0,
                false)), 0.05);
    }

    /** The fast version: N = 4000 and t = 60 are not yet converged to 5 % (row 3 is 7 % off), hence 10 %. */
    @Test
    void fig3RowNormsAtSmallerSize() {
        assertRowNorms(simulate(fig3(0), Simulations.settings(4000, 0.1, 60, 15, SimulationScheme.RK4, 0, false)),
                0.1);
    }

    /** ||S^{mu .}|| = sqrt(A^mu) close to sqrt((2/pi)(max(a,b)^2 - 1)): each region pinned at 1/max(a,b). */
    private static void assertRowNorms(SimulationResult r, double relative) {
        double[][] s = finalCurrents(r);
        for (int mu = 0; mu < 5; mu++) {
            double norm = 0;
            for (double v : s[mu]) {
                norm += v * v;
            }
            double big = Math.max(FIG3_A[0][mu], FIG3_B[0][mu]);
            double theory = Math.sqrt(2 / Math.PI * (big * big - 1));
            assertThat(Math.sqrt(norm)).as("row %d", mu + 1).isCloseTo(theory, within(relative * theory));
        }
    }

    @Test
    @Tag("slow")
    void fig3RegionsWithStrongerSelfLoopsKeepOnlyTheirSelfCurrent() {
        SimulationResult r = simulate(fig3(2), Simulations.settings(20_000, 0.05, 200, 50, SimulationScheme.RK4, 0,
                false));
        assertSelfCurrentsOnly(finalCurrents(r), 0.25, 0.05);
    }

    /**
     * Regions 1 and 2 (a &gt; b) carry their self-current, within {@code relative} of theory, and every other
     * entry of their rows and columns is below {@code small}. The finite-N residue is not O(1/sqrt N) small:
     * the (S^{14}, S^{41}) mode is slow (DMFT eigenvalue -1 + sqrt(b1 / a1) = -0.11), so the O(1/sqrt N)
     * sample overlaps between m^{41} and the active m^{43}, m^{45}, times c^{14} ~ 2.2, are amplified about
     * ninefold: S^{14} settles at -0.19 for N = 20,000 (seed 3) while the DMFT from the same S(0) goes to 0.
     */
    private static void assertSelfCurrentsOnly(double[][] s, double small, double relative) {
        for (int mu = 0; mu < 2; mu++) {
            double big = Math.max(FIG3_A[2][mu], FIG3_B[2][mu]);
            double theory = Math.sqrt(2 / Math.PI * (big * big - 1));
            assertThat(Math.abs(s[mu][mu])).as("self-current %d", mu + 1).isCloseTo(theory, within(relative * theory));
            for (int nu = 0; nu < 5; nu++) {
                if (nu != mu) {
                    assertThat(Math.abs(s[mu][nu])).as("S_%d_%d", mu + 1, nu + 1).isLessThan(small);
                    assertThat(Math.abs(s[nu][mu])).as("S_%d_%d", nu + 1, mu + 1).isLessThan(small);
                }
            }
        }
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
                .hasMessageMatching("simulation\\.neurons: N = 200000 needs about 59[0-9]\\.[0-9] GiB, more than the "
                        + "[0-9.]+ GiB this JVM may use");
        NetworkSimulator ok = new NetworkSimulator(model, Simulations.settings(2000, 0.05, 10, 1,
                SimulationScheme.RK4, 1, false));
        assertThatThrownBy(() -> ok.requireMemory(16L << 20)).hasMessageContaining("N = 2000 needs about");
    }
}
