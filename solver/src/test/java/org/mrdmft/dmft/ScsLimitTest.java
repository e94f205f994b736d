package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.DmftScheme;

/** One random region without structure: the late variance is the Sompolinsky-Crisanti-Sommers value. */
class ScsLimitTest {

    @Test
    void defaultSchemeReachesTheScsVarianceAtThePaperStep() {
        TransientResult r = new ExponentialTrapezoidSolver()
                .solve(Problems.singleRegion(2.0, 0.05, 125.0, DmftScheme.EXP_TRAPEZOID));
        double late = Problems.finalVariance(r, 0);
        // the bound is 2e-3; the second-order scheme is three orders of magnitude inside it
        assertThat(late).isCloseTo(Problems.SCS_G2, within(2e-3));
        assertThat(late).isCloseTo(Problems.SCS_G2, within(2e-5));
        // the gain follows the variance
        assertThat(r.gain()[r.steps() - 1][0]).isCloseTo(1.0 / Math.sqrt(1.0 + late * Math.PI / 2.0), within(1e-14));
    }

    @Test
    void referenceEulerReproducesThePublishedFirstOrderValues() {
        ReferenceEulerSolver euler = new ReferenceEulerSolver();
        double at05 = Problems.finalVariance(euler.solve(
                Problems.singleRegion(2.0, 0.05, 125.0, DmftScheme.REFERENCE_EULER)), 0);
        double at025 = Problems.finalVariance(euler.solve(
                Problems.singleRegion(2.0, 0.025, 125.0, DmftScheme.REFERENCE_EULER)), 0);
        assertThat(at05).isCloseTo(2.0900, within(5e-5));
        assertThat(at025).isCloseTo(2.0770, within(5e-5));
        // first order: halving dt halves the error
        double ratio = (at05 - Problems.SCS_G2) / (at025 - Problems.SCS_G2);
        assertThat(ratio).isBetween(1.8, 2.2);
    }

    @Test
    void solverFactoryPicksTheSchemeFromTheSettings() {
        TransientProblem p = Problems.singleRegion(2.0, 0.05, 5.0, DmftScheme.REFERENCE_EULER);
        assertThat(TransientSolvers.forProblem(p)).isInstanceOf(ReferenceEulerSolver.class);
        TransientProblem q = Problems.singleRegion(2.0, 0.05, 5.0, DmftScheme.EXP_TRAPEZOID);
        assertThat(TransientSolvers.forProblem(q)).isInstanceOf(ExponentialTrapezoidSolver.class);
        TransientProblem z = Problems.singleRegion(0.0, 0.05, 5.0, DmftScheme.EXP_TRAPEZOID);
        assertThat(TransientSolvers.forProblem(z)).isInstanceOf(NoDisorderSolver.class);
    }

    @Test
    void belowTheTransitionTheActivityDecaysToZero() {
        TransientResult r = new ExponentialTrapezoidSolver()
                .solve(Problems.singleRegion(0.8, 0.05, 60.0, DmftScheme.EXP_TRAPEZOID));
        assertThat(Problems.finalVariance(r, 0)).isLessThan(1e-6);
    }

    @Test
    void coarseStepsStayFiniteAndAccurate() {
        // at dt = 0.4 the predictor overshoots the Cauchy-Schwarz bound in places; the result stays good
        TransientResult r = new ExponentialTrapezoidSolver()
                .solve(Problems.singleRegion(2.0, 0.4, 125.0, DmftScheme.EXP_TRAPEZOID));
        assertThat(Problems.finalVariance(r, 0)).isCloseTo(Problems.SCS_G2, within(1e-3));
    }
}
