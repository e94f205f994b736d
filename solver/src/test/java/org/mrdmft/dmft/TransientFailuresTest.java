package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.failure.DivergenceException;
import org.mrdmft.failure.InvalidInputException;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.Nonlinearity;
import org.mrdmft.model.InputDrive;
import org.mrdmft.model.NetworkModel;

/** A transient solve either returns finite numbers or fails with a typed exception saying what and where. */
class TransientFailuresTest {

    private static TransientResult solve(NetworkModel m, DmftSettings s) {
        TransientProblem p = new TransientProblem(m, s);
        return TransientSolvers.forProblem(p).solve(p);
    }

    @Test
    void forwardEulerOverflowsAtTheStepTheClosedFormPredicts() {
        // no coupling, no disorder: the authors' scheme gives S_k = (1 - dt)^k S_0 = (-2)^k for dt = 3 and S_0 = 1,
        // finite up to k = 1023 (2^1023 < Double.MAX_VALUE < 2^1024) and infinite at k = 1024
        NetworkModel m = NetworkModel.of(new double[] {0.0}, new double[1][1][1]);
        DmftSettings s = DmftSettings.defaults().withScheme(DmftScheme.REFERENCE_EULER).withDt(3.0, 1100)
                .withInitialCurrents(new double[][] {{1.0}});
        DivergenceException e = catchThrowableOfType(() -> solve(m, s), DivergenceException.class);
        assertThat(e).isNotNull();
        assertThat(e.time()).isEqualTo(1024 * 3.0);
        assertThat(e.region()).isEqualTo(1);
        assertThat(e.value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(e.quantity()).contains("current S^{11}");
        assertThat(e.getMessage()).contains("region 1", "infinite", "t = 3072");
        assertThat(e.suggestion()).contains("dmft.dt");
    }

    @Test
    void aTimeSpanThatOverflowsIsRefusedUpFrontByEveryEngine() {
        NetworkModel disordered = NetworkModel.of(new double[] {1.0, 1.0}, InteractionTensors.random(2, 2.0, 7));
        NetworkModel clean = NetworkModel.of(new double[] {0.0, 0.0}, InteractionTensors.random(2, 2.0, 7));
        DmftSettings huge = DmftSettings.defaults().withDt(1e308, 200);
        for (TransientSolver solver : List.of(new ExponentialTrapezoidSolver(), new ReferenceEulerSolver())) {
            assertThatThrownBy(() -> solver.solve(new TransientProblem(disordered, huge)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.input()).isEqualTo("dmft.dt"))
                    .hasMessageContaining("not a finite number");
        }
        assertThatThrownBy(() -> new NoDisorderSolver().solve(new TransientProblem(clean, huge)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> solve(clean, DmftSettings.defaults().withDt(-1.0, 200)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.input()).isEqualTo("dmft.dt"));
        assertThatThrownBy(() -> solve(clean, DmftSettings.defaults().withDt(0.05, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.input()).isEqualTo("dmft.steps"));
    }

    @Test
    void disorderWhoseSquareOverflowsIsRefusedNamingTheKey() {
        double[][][] t = InteractionTensors.random(2, 2.0, 7);
        assertThatThrownBy(() -> solve(NetworkModel.of(new double[] {1.0, 1e200}, t), DmftSettings.defaults()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.input()).isEqualTo("disorder"))
                .hasMessageStartingWith("disorder: g^2 = 1.0E200");
        NetworkModel cross = new NetworkModel(2, Nonlinearity.ERF, new double[] {1.0, 1.0},
                new double[][] {{0, 1e300}, {0, 0}}, t, NetworkModel.identityOverlaps(2), InputDrive.none(2));
        assertThatThrownBy(() -> solve(cross, DmftSettings.defaults()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.input()).isEqualTo("crossDisorder"));
    }

    @Test
    void noEngineReturnsANonFiniteValue() {
        // overflow (huge disorder or interactions) and instability (dt far too large for strong disorder) used
        // to come back as NaN results; now each solve is finite everywhere or a DivergenceException
        double[][][] pairLoop = new double[2][2][2];
        pairLoop[0][1][0] = 2.0;
        pairLoop[1][0][1] = 2.0;
        double[][][] hugeLoop = new double[2][2][2];
        hugeLoop[0][1][0] = 1e308;
        hugeLoop[1][0][1] = 1e308;
        int diverged = 0;
        for (DmftScheme scheme : DmftScheme.values()) {
            for (NetworkModel m : List.of(NetworkModel.of(new double[] {1e100, 1e100}, pairLoop),
                    NetworkModel.of(new double[] {1.0, 1.0}, hugeLoop),
                    NetworkModel.of(new double[] {3.0, 3.0}, pairLoop))) {
                for (double dt : new double[] {0.05, 0.5, 2.5}) {
                    DmftSettings s = DmftSettings.defaults().withScheme(scheme).withDt(dt, 120);
                    try {
                        TransientResult r = solve(m, s);
                        for (int k = 0; k < r.steps(); k++) {
                            for (int mu = 0; mu < 2; mu++) {
                                assertThat(r.variance()[k][mu]).isFinite();
                                assertThat(java.util.Arrays.stream(r.currents()[k][mu]).allMatch(Double::isFinite)).isTrue();
                            }
                        }
                    } catch (DivergenceException e) {
                        diverged++;
                        assertThat(e.time()).isBetween(0.0, s.duration());
                        assertThat(e.region()).isBetween(1, 2);
                        assertThat(Double.isFinite(e.value())).isFalse();
                    }
                }
            }
        }
        assertThat(diverged).isPositive();
    }
}
