package org.mrdmft.stationary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mrdmft.kernel.ErfKernel;
import org.mrdmft.kernel.GaussianKernel;

/** The FFT route to the stationary Delta(tau) of one erf region against closed forms and its own equation. */
class StationaryCorrelationSolverTest {

    private static final GaussianKernel ERF = new ErfKernel();
    private static final StationaryCorrelationSolver SOLVER = StationaryCorrelationSolver.defaults();

    /**
     * SCS (A = 0) with the spectral operator at dtau = 0.2, M = 2048 (L = 409.6): D0 within 1e-8 of the
     * closed form V(0) = V(D0). Measured error about 1e-13 for all three g (g = 3: 5.6374319608901 against
     * 5.63743196089017 from the potential condition at 30 digits).
     */
    @ParameterizedTest
    @CsvSource({"1.5, 0.838752527847316", "2.0, 2.06408001875429", "3.0, 5.63743196089017"})
    void pureChaosMatchesClosedForm(double g, double exact) {
        StationaryCorrelationProblem problem = new StationaryCorrelationProblem(g, 0.0, ERF, 0.2, 2048);
        StationaryCorrelation anderson = SOLVER.withTolerance(1e-12).solveAnderson(problem);
        StationaryCorrelation damped = SOLVER.withTolerance(1e-12).solveDamped(problem);

        assertThat(anderson.converged()).isTrue();
        assertThat(anderson.delta0()).isCloseTo(exact, within(1e-8));
        assertThat(damped.delta0()).isCloseTo(exact, within(1e-8));
        assertThat(anderson.deltaInf()).isCloseTo(0.0, within(1e-10));
        assertThat(anderson.method()).isEqualTo("anderson");
        assertThat(damped.method()).isEqualTo("damped");
    }

    @Test
    void pureChaosAtGEqualThreeMatchesSixDigitValue() {
        StationaryCorrelation c = SOLVER.solveAnderson(new StationaryCorrelationProblem(3.0, 0.0, ERF, 0.2, 2048));
        assertThat(c.delta0()).isCloseTo(5.637432, within(1e-6));
    }

    /**
     * The second-difference operator is second order: halving dtau cuts the error by four, and one
     * Richardson step from dtau = 0.1, 0.05 gives 1e-8 (measured: errors 1.27e-5, 3.16e-6, Richardson ~1e-10).
     */
    @Test
    void secondDifferenceIsSecondOrderAndRichardsonReachesClosedForm() {
        double exact = 2.06408001875429;
        StationaryCorrelationSolver fd = SOLVER.withTolerance(1e-13).withOperator(LagOperator.SECOND_DIFFERENCE);
        double coarse = fd.solveAnderson(new StationaryCorrelationProblem(2.0, 0.0, ERF, 0.1, 4096)).delta0();
        double fine = fd.solveAnderson(new StationaryCorrelationProblem(2.0, 0.0, ERF, 0.05, 8192)).delta0();

        assertThat((coarse - exact) / (fine - exact)).isCloseTo(4.0, within(0.05));
        assertThat(Math.abs(fine - exact)).isGreaterThan(1e-6);
        assertThat((4.0 * fine - coarse) / 3.0).isCloseTo(exact, within(1e-8));
    }

    /**
     * Chaos with structure: b = 2.5 pinned region at g = 2.25 has sqrt(A) = 0.525, Dinf = 1.686 and
     * D0 = (2/pi)(b^2 - 1) = 3.3423 (the inputs are rounded, hence 2e-3).
     */
    @Test
    void chaoticBranchWithStructureMatchesPinnedExample() {
        StationaryCorrelationProblem problem =
                new StationaryCorrelationProblem(2.25, 0.525 * 0.525, ERF, 0.2, 2048);
        StationaryCorrelation c = SOLVER.solveAnderson(problem);

        assertThat(c.converged()).isTrue();
        assertThat(c.delta0()).isCloseTo(ErfKernel.C * (2.5 * 2.5 - 1.0), within(2e-3));
        assertThat(c.deltaInf()).isCloseTo(1.686, within(2e-3));
        // condition (i) of docs/MODEL.md section 3 at the far lag
        assertThat(c.deltaInf() - 2.25 * 2.25 * ERF.correlation(c.delta0(), c.delta0(), c.deltaInf()))
                .isCloseTo(0.525 * 0.525, within(1e-9));
    }

    /** Large A, stable static branch (g^2 &lt;phi'^2&gt; &lt; 1): Delta is the constant D0 = g^2 C(D0,D0,D0) + A. */
    @Test
    void staticBranchIsConstant() {
        double g = 1.5;
        double a = 4.0;
        StationaryCorrelation c = SOLVER.solveAnderson(new StationaryCorrelationProblem(g, a, ERF, 0.2, 512));
        double d0 = c.delta0();

        assertThat(g * g * ERF.meanSquareSlope(d0)).isLessThan(1.0);
        for (double d : c.delta()) {
            assertThat(d).isCloseTo(d0, within(1e-9));
        }
        assertThat(d0).isCloseTo(g * g * ERF.correlation(d0, d0, d0) + a, within(1e-9));
        assertThat(c.deltaInf()).isCloseTo(d0, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"0.0", "0.8", "1.0"})
    void quiescentBelowOnset(double g) {
        StationaryCorrelation c = SOLVER.solveDamped(new StationaryCorrelationProblem(g, 0.0, ERF, 0.2, 256));
        assertThat(c.converged()).isTrue();
        assertThat(c.delta0()).isZero();
        assertThat(c.deltaInf()).isZero();
        assertThat(c.residual()).isZero();
    }

    /**
     * Anderson against plain iteration (beta = 1, the fastest damping that converges here) at tolerance
     * 1e-10, counted in evaluations of the FFT map (Anderson's rejected trials included). Measured:
     * g = 1.1: 4369 vs 235 (18.6x); 1.2: 1577 vs 124 (12.7x); 1.5: 514 vs 72 (7.1x); 2.0: 283 vs 61 (4.6x);
     * 2.5: 223 vs 49 (4.6x); 3.0: 197 vs 48 (4.1x); in total 7163 vs 589 (12.2x). The tenfold target holds
     * near the onset, where plain iteration is slow, and for the sum, not for every g &gt;= 1.5.
     */
    @Test
    void andersonNeedsFarFewerEvaluationsThanDampedIteration() {
        double[] gs = {1.1, 1.2, 1.5, 2.0, 2.5, 3.0};
        long dampedTotal = 0;
        long andersonTotal = 0;
        for (double g : gs) {
            StationaryCorrelationProblem p = new StationaryCorrelationProblem(g, 0.0, ERF, 0.2, g < 1.3 ? 8192 : 2048);
            StationaryCorrelation damped = SOLVER.solveDamped(p);
            StationaryCorrelation anderson = SOLVER.solveAnderson(p);
            assertThat(damped.converged()).isTrue();
            assertThat(anderson.converged()).isTrue();
            assertThat(anderson.delta0()).isCloseTo(damped.delta0(), within(1e-8));
            double ratio = (double) damped.iterations() / anderson.iterations();
            assertThat(ratio).as("damped/anderson at g = %s", g).isGreaterThan(g < 1.3 ? 10.0 : 3.5);
            dampedTotal += damped.iterations();
            andersonTotal += anderson.iterations();
        }
        assertThat((double) dampedTotal / andersonTotal).isGreaterThan(10.0);
    }

    @Test
    void tooShortLagGridIsRejectedClearly() {
        StationaryCorrelationProblem tooShort = new StationaryCorrelationProblem(1.2, 0.0, ERF, 0.2, 256);
        assertThatThrownBy(() -> SOLVER.solveAnderson(tooShort))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lag grid too short")
                .hasMessageContaining("increase points");
        assertThatThrownBy(() -> SOLVER.solveDamped(tooShort)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maxLagConstructorCoversTheRequestedLag() {
        StationaryCorrelationProblem p = StationaryCorrelationProblem.withMaxLag(2.0, 0.0, ERF, 0.2, 200.0);
        assertThat(p.points()).isEqualTo(2000);
        StationaryCorrelation c = SOLVER.solveAnderson(p);
        assertThat(c.tau()[c.tau().length - 1]).isCloseTo(200.0, within(1e-9));
    }

    @Test
    void covarianceGuardRejectsInvalidFunctions() {
        assertThat(CovarianceGuard.isValid(new double[] {2.0, 1.5, 0.3, -0.2, 0.0})).isTrue();
        assertThat(CovarianceGuard.isValid(new double[] {2.0, 2.0, 2.0})).isTrue();
        // an overshoot past Delta(0) next to the flat top: what an extrapolated step can produce
        assertThat(CovarianceGuard.isValid(new double[] {2.0, 2.0000001, 1.0})).isFalse();
        assertThat(CovarianceGuard.isValid(new double[] {2.0, 1.0, -2.5})).isFalse();
        assertThat(CovarianceGuard.isValid(new double[] {-1e-12, -1e-12})).isFalse();
        assertThat(CovarianceGuard.isValid(new double[] {1.0, Double.NaN})).isFalse();
    }

    /**
     * With the second-difference operator the solution satisfies the three-point discretised ODE
     * Delta_k - (Delta_{k+1} - 2 Delta_k + Delta_{k-1}) / dtau^2 = g^2 C(D0, D0, Delta_k) + A, checked
     * directly without FFTs (wrapping through the even, periodic extension at both ends).
     */
    @Test
    void solutionSatisfiesDiscretisedEquation() {
        double g = 2.25;
        double a = 0.3;
        double h = 0.2;
        StationaryCorrelation c = SOLVER.withTolerance(1e-12).withOperator(LagOperator.SECOND_DIFFERENCE)
                .solveAnderson(new StationaryCorrelationProblem(g, a, ERF, h, 1024));
        double[] d = c.delta();
        int n = d.length;
        double worst = 0.0;
        for (int k = 0; k < n; k++) {
            double left = k == 0 ? d[1] : d[k - 1];
            double right = k == n - 1 ? d[n - 2] : d[k + 1];
            double lhs = d[k] - (right - 2.0 * d[k] + left) / (h * h);
            double rhs = g * g * ERF.correlation(d[0], d[0], d[k]) + a;
            worst = Math.max(worst, Math.abs(lhs - rhs));
        }
        assertThat(c.residual()).isLessThan(1e-12);
        assertThat(worst).isLessThan(1e-9);
    }

    /** Symmetry, periodicity and the Cauchy-Schwarz bound of the solution, read through {@code sample}. */
    @Test
    void solutionIsEvenPeriodicAndBounded() {
        StationaryCorrelationProblem p = new StationaryCorrelationProblem(2.25, 0.3, ERF, 0.2, 1024);
        StationaryCorrelation c = SOLVER.solveAnderson(p);
        for (double d : c.delta()) {
            assertThat(Math.abs(d)).isLessThanOrEqualTo(c.delta0());
        }
        double[] lags = {0.0, 0.7, 3.3, 12.9};
        double[] minus = {-0.0, -0.7, -3.3, -12.9};
        double[] shifted = new double[lags.length];
        for (int i = 0; i < lags.length; i++) {
            shifted[i] = p.period() - lags[i];
        }
        double[] at = StationaryCorrelationSolver.sample(c, lags);
        double[] atMinus = StationaryCorrelationSolver.sample(c, minus);
        double[] atShifted = StationaryCorrelationSolver.sample(c, shifted);
        for (int i = 0; i < lags.length; i++) {
            assertThat(atMinus[i]).isCloseTo(at[i], within(1e-12));
            assertThat(atShifted[i]).isCloseTo(at[i], within(1e-10));
            assertThat(Math.abs(at[i])).isLessThanOrEqualTo(c.delta0() + 1e-12);
        }
    }

    /** Trigonometric interpolation reproduces grid values and matches a solve on a grid twice as fine. */
    @Test
    void sampleInterpolatesBetweenGridPoints() {
        StationaryCorrelation coarse = SOLVER.withTolerance(1e-12)
                .solveAnderson(new StationaryCorrelationProblem(2.0, 0.0, ERF, 0.2, 2048));
        StationaryCorrelation fine = SOLVER.withTolerance(1e-12)
                .solveAnderson(new StationaryCorrelationProblem(2.0, 0.0, ERF, 0.1, 4096));
        double[] onGrid = StationaryCorrelationSolver.sample(coarse, new double[] {0.0, 0.2, 1.0, 5.0});
        assertThat(onGrid[0]).isCloseTo(coarse.delta()[0], within(1e-12));
        assertThat(onGrid[1]).isCloseTo(coarse.delta()[1], within(1e-12));
        assertThat(onGrid[2]).isCloseTo(coarse.delta()[5], within(1e-12));
        assertThat(onGrid[3]).isCloseTo(coarse.delta()[25], within(1e-12));
        double[] mid = new double[40];
        for (int i = 0; i < mid.length; i++) {
            mid[i] = (2 * i + 1) * 0.1;
        }
        double[] between = StationaryCorrelationSolver.sample(coarse, mid);
        for (int i = 0; i < mid.length; i++) {
            assertThat(between[i]).isCloseTo(fine.delta()[2 * i + 1], within(1e-9));
        }
    }

    @Test
    void invalidProblemsAreRejected() {
        assertThatThrownBy(() -> new StationaryCorrelationProblem(2.0, 0.0, ERF, 0.2, 101))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("even");
        assertThatThrownBy(() -> new StationaryCorrelationProblem(2.0, -1.0, ERF, 0.2, 128))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SOLVER.withDamping(0.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
