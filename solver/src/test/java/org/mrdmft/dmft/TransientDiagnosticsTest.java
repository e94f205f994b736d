package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;

/** The default engine reports the effort of its implicit diagonal iteration, and says when it hit its cap. */
class TransientDiagnosticsTest {
    private static final NetworkModel MODEL = NetworkModel.of(new double[] {1.5, 1.5},
            InteractionTensors.random(2, 2.0, 7));

    private static TransientResult solve(TransientSolver solver, double dt, int steps) {
        return solver.solve(new TransientProblem(MODEL, DmftSettings.defaults().withDt(dt, steps)));
    }

    @Test
    void theDefaultCapIsNotReachedAndNothingIsWarned() {
        TransientDiagnostics d = solve(new ExponentialTrapezoidSolver(), 0.05, 400).diagnostics();
        assertThat(d.converged()).isTrue();
        assertThat(d.warnings()).isEmpty();
        assertThat(d.diagonalPassCap()).isEqualTo(ExponentialTrapezoidSolver.DIAGONAL_PASS_CAP);
        assertThat(d.maxDiagonalPasses()).isBetween(2, ExponentialTrapezoidSolver.DIAGONAL_PASS_CAP - 1);
        assertThat(d.cappedSteps()).isZero();
    }

    @Test
    void passesGrowWithTheStepAsTheContractionFactorDoes() {
        // the iteration contracts by about w1^2 g^2 dC/dQ, w1 ~ h/2: a larger step needs more passes
        int small = solve(new ExponentialTrapezoidSolver(), 0.02, 200).diagnostics().maxDiagonalPasses();
        int large = solve(new ExponentialTrapezoidSolver(), 0.4, 200).diagnostics().maxDiagonalPasses();
        assertThat(large).isGreaterThan(small);
    }

    @Test
    void evenAStepFarBeyondAnyUsefulOneStaysBelowTheDefaultCap() {
        // as h grows, w1 -> 1 and the iteration tends to Q = g^2 C(Q), which contracts at a stable state:
        // the passes saturate (at most about 40 in a scan of a reciprocal pair loop, g up to 1.9, dt up to 200) instead of growing
        double[][][] pairLoop = new double[2][2][2];
        pairLoop[0][1][0] = 2.0;
        pairLoop[1][0][1] = 2.0;
        NetworkModel m = NetworkModel.of(new double[] {1.2, 1.2}, pairLoop);
        TransientDiagnostics d = new ExponentialTrapezoidSolver()
                .solve(new TransientProblem(m, DmftSettings.defaults().withDt(20.0, 100))).diagnostics();
        assertThat(d.converged()).isTrue();
        assertThat(d.maxDiagonalPasses()).isLessThan(ExponentialTrapezoidSolver.DIAGONAL_PASS_CAP);
    }

    @Test
    void aCapBelowWhatTheIterationNeedsIsCountedAndWarned() {
        int steps = 300;
        int needed = solve(new ExponentialTrapezoidSolver(), 0.05, steps).diagnostics().maxDiagonalPasses();
        TransientResult capped = solve(new ExponentialTrapezoidSolver(0, 2), 0.05, steps);
        TransientDiagnostics d = capped.diagnostics();
        assertThat(needed).isGreaterThan(2);
        assertThat(d.converged()).isFalse();
        assertThat(d.maxDiagonalPasses()).isEqualTo(2);
        assertThat(d.cappedSteps()).isBetween(1, steps - 1);
        assertThat(d.maxCappedResidual()).isPositive();
        assertThat(d.warnings()).singleElement().asString()
                .contains("cap of 2 passes", d.cappedSteps() + " of " + (steps - 1) + " steps", "dmft.dt");
    }

    @Test
    void explicitEnginesIterateNothing() {
        TransientResult r = new ReferenceEulerSolver().solve(new TransientProblem(MODEL,
                DmftSettings.defaults().withScheme(DmftScheme.REFERENCE_EULER).withDt(0.05, 100)));
        assertThat(r.diagnostics()).isEqualTo(TransientDiagnostics.explicit());
        assertThat(r.diagnostics().converged()).isTrue();
    }
}
