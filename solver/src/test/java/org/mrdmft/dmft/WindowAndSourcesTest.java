package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.DmftScheme;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.model.InputDrive;
import org.mrdmft.model.InputPhase;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;

/** Bounded-memory windows, cross-region disorder and inputs against limits with known answers. */
class WindowAndSourcesTest {

    @Test
    void aWindowOfTwentyTimeUnitsKeepsTheScsVariance() {
        TransientProblem full = Problems.singleRegion(2.0, 0.05, 125.0, DmftScheme.EXP_TRAPEZOID);
        TransientProblem windowed = new TransientProblem(full.model(), full.settings().withWindow(400));
        TransientResult r = new ExponentialTrapezoidSolver().solve(windowed);
        assertThat(Problems.finalVariance(r, 0)).isCloseTo(Problems.SCS_G2, within(1e-4));
        // the work is bounded by the window
        assertThat(r.cellsEvaluated()).isLessThanOrEqualTo(400L * 2501);
        // entries beyond the window are reported as missing, not invented
        LagSlice slice = r.lagSlices().get(0);
        assertThat(slice.raw()[0][401]).isNaN();
        assertThat(slice.raw()[0][399]).isFinite();
    }

    @Test
    void referenceEulerWindowAgreesWithItsFullSolve() {
        TransientProblem full = Problems.singleRegion(2.0, 0.05, 100.0, DmftScheme.REFERENCE_EULER);
        double v = Problems.finalVariance(new ReferenceEulerSolver().solve(full), 0);
        TransientProblem windowed = new TransientProblem(full.model(), full.settings().withWindow(400));
        double w = Problems.finalVariance(new ReferenceEulerSolver().solve(windowed), 0);
        assertThat(w).isCloseTo(v, within(1e-4));
    }

    @Test
    void crossDisorderAddsItsVarianceLikeExtraWithinRegionDisorder() {
        // two identical regions, g11^2 + g12^2 = 1.44 + 2.56 = 4: each behaves like one SCS region with g = 2
        double[][] cross = {{0, 1.6}, {1.6, 0}};
        NetworkModel m = new NetworkModel(2, Nonlinearity.ERF, new double[] {1.2, 1.2}, cross, new double[2][2][2],
                NetworkModel.identityOverlaps(2), InputDrive.none(2));
        DmftSettings s = DmftSettings.defaults().withDt(0.05, 2501).withInitialCurrents(new double[2][2])
                .withInitialVariance(new double[] {4.0, 4.0});
        for (TransientSolver solver : List.of(new ExponentialTrapezoidSolver(), new ReferenceEulerSolver())) {
            TransientResult r = solver.solve(new TransientProblem(m, s));
            double tol = solver instanceof ReferenceEulerSolver ? 3e-2 : 2e-5;
            assertThat(Problems.finalVariance(r, 0)).isCloseTo(Problems.SCS_G2, within(tol));
            assertThat(Problems.finalVariance(r, 1)).isCloseTo(Problems.SCS_G2, within(tol));
        }
    }

    @Test
    void aConstantInputSetsTheVarianceAndDrivesTheCurrent() {
        // one region, no recurrence: S = psi V I with psi = psi(I^2 + S^2) (S^{11} is part of x^1)
        double amp = 1.7;
        double v = 0.4;
        double sFixed = 0.0;
        for (int k = 0; k < 200; k++) {
            sFixed = v * amp / Math.sqrt(1.0 + (amp * amp + sFixed * sFixed) * Math.PI / 2.0);
        }
        InputDrive in = new InputDrive(new double[][] {{v}},
                List.of(new InputPhase(0.0, Double.POSITIVE_INFINITY, new double[] {amp})), true);
        NetworkModel m = new NetworkModel(1, Nonlinearity.ERF, new double[] {0.0}, new double[1][1],
                new double[1][1][1], NetworkModel.identityOverlaps(1), in);
        DmftSettings s = DmftSettings.defaults().withDt(0.05, 1001).withInitialCurrents(new double[][] {{0.0}});
        TransientResult r = TransientSolvers.forProblem(new TransientProblem(m, s)).solve(new TransientProblem(m, s));
        assertThat(r.finalCurrents()[0][0]).isCloseTo(sFixed, within(1e-9));
        assertThat(Problems.finalVariance(r, 0)).isCloseTo(amp * amp + sFixed * sFixed, within(1e-9));
        // the authors' convention: drive V I without the gain
        InputDrive raw = new InputDrive(new double[][] {{v}},
                List.of(new InputPhase(0.0, Double.POSITIVE_INFINITY, new double[] {amp})), false);
        NetworkModel m2 = new NetworkModel(1, Nonlinearity.ERF, new double[] {0.0}, new double[1][1],
                new double[1][1][1], NetworkModel.identityOverlaps(1), raw);
        TransientResult r2 = TransientSolvers.forProblem(new TransientProblem(m2, s)).solve(new TransientProblem(m2, s));
        assertThat(r2.finalCurrents()[0][0]).isCloseTo(v * amp, within(1e-6));
    }

    @Test
    void anInputSwitchedOffLetsTheCurrentDecay() {
        InputDrive in = new InputDrive(new double[][] {{1.0}},
                List.of(new InputPhase(0.0, 10.0, new double[] {1.0})), true);
        NetworkModel m = new NetworkModel(1, Nonlinearity.ERF, new double[] {0.5}, new double[1][1],
                new double[1][1][1], NetworkModel.identityOverlaps(1), in);
        DmftSettings s = DmftSettings.defaults().withDt(0.05, 801).withInitialCurrents(new double[][] {{0.0}});
        TransientResult r = new ExponentialTrapezoidSolver().solve(new TransientProblem(m, s));
        assertThat(r.currents()[199][0][0]).isGreaterThan(0.3);
        assertThat(r.finalCurrents()[0][0]).isLessThan(1e-6);
    }

    @Test
    void progressIsReportedUpToCompletion() {
        long[] last = {0, 0};
        new ExponentialTrapezoidSolver().solve(Problems.singleRegion(1.5, 0.05, 20.0, DmftScheme.EXP_TRAPEZOID),
                (done, total) -> {
                    last[0] = done;
                    last[1] = total;
                });
        assertThat(last[0]).isEqualTo(last[1]).isEqualTo(400L);
    }
}
