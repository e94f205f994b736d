package org.mrdmft.stationary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.stationary.StationarySettings;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TransientSolvers;
import org.mrdmft.failure.ConvergenceException;
import org.mrdmft.failure.InvalidInputException;
import org.mrdmft.kernel.Kernels;
import org.mrdmft.model.InputDrive;
import org.mrdmft.model.InputPhase;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;

/** The stationary theory against the late state of the transient engine, on a network with disorder. */
class StationaryAnalysisTest {

    /** Region 1 static (g = 1), region 2 chaotic with structure (g = 2.3), one reciprocal pair loop. */
    private static NetworkModel mixed() {
        double[][][] t = InteractionTensors.reciprocal(new double[2], new double[] {2.0, 2.5}, new double[] {1, 1});
        return NetworkModel.of(new double[] {1.0, 2.3}, t);
    }

    @Test
    void stationaryStateIsTheLateStateOfTheTransient() {
        NetworkModel m = mixed();
        StationaryResult st = new StationaryAnalysis(m).analyse(StationarySettings.defaults());
        FixedPoint fp = st.representative();
        assertThat(fp.stable()).isTrue();
        assertThat(fp.regions().get(0).branch()).isEqualTo(StationaryBranch.STATIC);
        assertThat(fp.regions().get(1).branch()).isEqualTo(StationaryBranch.CHAOTIC);

        TransientProblem p = new TransientProblem(m, DmftSettings.defaults().withDt(0.05, 8001));
        TransientResult r = TransientSolvers.forProblem(p).solve(p);
        int last = r.steps() - 1;
        for (int mu = 0; mu < 2; mu++) {
            assertThat(r.gain()[last][mu]).isCloseTo(fp.gain()[mu], within(1e-5));
            assertThat(r.variance()[last][mu]).isCloseTo(fp.regions().get(mu).delta0(), within(1e-5));
            for (int nu = 0; nu < 2; nu++) {
                assertThat(Math.abs(r.finalCurrents()[mu][nu])).isCloseTo(Math.abs(fp.currents()[mu][nu]), within(1e-5));
            }
        }
        // Delta(tau) of the chaotic region: the transient's lag slice at t0 = 200 against the stationary profile;
        // the transient's O(dt^2) error there is up to 1e-4 at dt = 0.05 (4e-5 at tau = 2, 1e-4 at tau = 5;
        // at dt = 0.025 it falls to 1.1e-5 and 2.7e-5)
        double[] theory = st.correlations().get(st.representativeIndex())[1];
        double[] late = r.lagSlices().get(1).raw()[1];
        for (int k = 0; k <= 400; k += 20) { // tau = 0 .. 20 in steps of 1; both grids have step 0.05
            assertThat(late[k]).as("Delta(%s)", k * 0.05).isCloseTo(theory[k], within(2e-4));
        }
        assertThat(st.lags()[1]).isCloseTo(0.05, within(1e-15));
    }

    @Test
    void noStationaryStateInReachIsAClearError() {
        // with an input the zero currents are no fixed point; an unreachable tolerance leaves nothing
        InputDrive in = new InputDrive(new double[][] {{0.5, 0}, {0.3, 0}},
                List.of(new InputPhase(0, Double.POSITIVE_INFINITY, new double[] {1.0, 0.0})), true);
        NetworkModel base = mixed();
        NetworkModel m = new NetworkModel(2, Nonlinearity.ERF, base.disorder(), new double[2][2], base.interactions(),
                base.overlaps(), in);
        StationarySettings s = new StationarySettings(4, 0, 2.0, 1e-300, 0.05, 10.0);
        assertThatThrownBy(() -> new StationaryAnalysis(m).analyse(s))
                .isInstanceOfSatisfying(ConvergenceException.class, e -> {
                    assertThat(e.iterations()).isEqualTo(4);
                    assertThat(e.suggestion()).contains("stationary.starts");
                })
                .hasMessageStartingWith("no stationary state in reach");
    }

    @Test
    void aLagGridShorterThanTheCorrelationTimeIsAClearError() {
        StationarySettings shortGrid = new StationarySettings(8, 0, 2.0, 1e-12, 0.05, 2.0);
        assertThatThrownBy(() -> new StationaryAnalysis(mixed()).analyse(shortGrid))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.input()).isEqualTo("stationary.maxLag"))
                .hasMessageStartingWith("stationary.maxLag: 2.00000 is too short for the correlation time of region 2");
    }

    @Test
    void diagnosticsAccountForEveryStart() {
        StationarySettings settings = new StationarySettings(12, 0, 2.0, 1e-12, 0.05, 60.0);
        StationaryResult st = new StationaryAnalysis(mixed()).analyse(settings);
        StationaryDiagnostics d = st.diagnostics();
        int reached = st.search().fixedPoints().stream().mapToInt(FixedPoint::starts).sum();
        assertThat(reached + d.missedStarts()).isEqualTo(settings.starts());
        assertThat(d.iterations()).hasSameSizeAs(st.search().fixedPoints());
        assertThat(d.iterations()).allSatisfy(n -> assertThat(n).isBetween(0, FixedPointSolver.MAX_ITERATIONS));
        assertThat(d.residuals()).allSatisfy(r -> assertThat(r).isBetween(0.0, settings.tolerance()));
        assertThat(d.warnings()).isEmpty(); // a stable fixed point exists (see the test above)
    }

    @Test
    void lyapunovExponentsAreComputedOnlyWhenAsked() {
        NetworkModel m = mixed();
        StationaryAnalysis analysis = new StationaryAnalysis(m);
        StationaryResult states = analysis.analyse(StationarySettings.defaults());
        assertThat(states.lyapunovExponents()).isEmpty();
        assertThatThrownBy(states::lyapunovExponent).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("withLyapunovExponents");

        StationaryResult full = analysis.withLyapunovExponents(states);
        assertThat(full.search()).isSameAs(states.search());
        assertThat(full.lyapunovExponents()).hasSameSizeAs(states.search().fixedPoints());
        double[] rep = full.lyapunovExponent();
        // at the stable point region 1 is static (perturbations decay), region 2 chaotic (they grow)
        assertThat(rep[0]).isNegative();
        assertThat(rep[1]).isPositive();
        StationaryLyapunov lyapunov = new StationaryLyapunov(Kernels.forNonlinearity(m.nonlinearity()));
        for (int mu = 0; mu < 2; mu++) {
            assertThat(rep[mu]).isEqualTo(lyapunov.solve(full.representative().regions().get(mu)).exponent());
        }
    }

    @Test
    void inputsTheStationaryTheoryCannotTakeAreNamed() {
        NetworkModel base = mixed();
        NetworkModel cross = new NetworkModel(2, Nonlinearity.ERF, base.disorder(), new double[][] {{0, 0.5}, {0, 0}},
                base.interactions(), base.overlaps(), InputDrive.none(2));
        assertThatThrownBy(() -> new StationaryAnalysis(cross).analyse(StationarySettings.defaults()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.input()).isEqualTo("crossDisorder"));
        assertThatThrownBy(() -> new StationaryAnalysis(base.withDisorder(new double[] {1e300, 1.0}))
                .analyse(StationarySettings.defaults()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.input()).isEqualTo("disorder"));
    }
}
