package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mrdmft.kernel.ErfKernel;
import org.mrdmft.stationary.RegionStationarySolver;
import org.mrdmft.stationary.StationaryLyapunov;

/**
 * The exponent read off a replica distance (docs/NUMERICS.md section 10): a decaying distance with a power-law
 * prefactor (a static state, whose exponent lies at the edge of a continuous spectrum) without its 1/T bias, and
 * growing distances (chaos) read as before.
 */
class ExponentFitTest {
    private static final double DT = 0.1;

    private static ReplicaExponent fit(double lambda, double a, double b, int steps) {
        return fit(lambda, a, b, 0.0, steps);
    }

    /**
     * d(t) = exp(2 lambda t - a ln t + b / t + m sin(0.3 t) + c) on t = 0, dt, ..., with a variance that keeps it
     * small.
     */
    private static ReplicaExponent fit(double lambda, double a, double b, double m, int steps) {
        double[] d = new double[steps];
        double[] v = new double[steps];
        d[0] = 1e-30;
        for (int k = 1; k < steps; k++) {
            double t = k * DT;
            d[k] = Math.exp(2.0 * lambda * t - a * Math.log(t) + b / t + m * Math.sin(0.3 * t) - 69.0);
        }
        java.util.Arrays.fill(v, 1.0);
        return ExponentFit.of(DT, d, v);
    }

    @Test
    void decayingDistanceWithAPowerLawPrefactorGivesItsRateWithoutTheOneOverTBias() {
        // window [100, 200]: a straight line through ln d is low by about a / (2 t) = 1.7e-3 there
        ReplicaExponent e = fit(-0.3, 0.5, 0.2, 2001);
        assertThat(e.trend()).isEqualTo(ReplicaTrend.DECAYS);
        assertThat(e.fitStart()).isCloseTo(100.0, within(1e-9));
        assertThat(e.exponent()).isCloseTo(-0.3, within(1e-10));
        // any power, and none: a pure exponential (a region without disorder, lambda = -1) stays exact
        assertThat(fit(-0.05, 0.9, -3.0, 2001).exponent()).isCloseTo(-0.05, within(1e-10));
        assertThat(fit(-1.0, 0.0, 0.0, 2001).exponent()).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void aRegionWithoutVarianceDecaysWithTheLeakInsteadOfSaturatingAtTimeZero() {
        // Delta(t, t) = 0 throughout (no own disorder, none at t = 0, nothing driving it): the replicas' absolute
        // start of 1e-30 is the whole distance, and it shrinks as e^(-2t); it was called saturated at t = 0 (NaN)
        double[] d = new double[1001];
        for (int k = 0; k < d.length; k++) {
            d[k] = 2e-30 * Math.exp(-2.0 * k * DT);
        }
        ReplicaExponent e = ExponentFit.of(DT, d, new double[d.length]);
        assertThat(e.trend()).isEqualTo(ReplicaTrend.DECAYS);
        assertThat(e.exponent()).isCloseTo(-1.0, within(1e-12));
        // a variance that sets in later (a region driven from elsewhere): small until the distance reaches 1e-4 of it
        double[] v = new double[d.length];
        double[] grows = new double[d.length];
        for (int k = 0; k < d.length; k++) {
            v[k] = k < 100 ? 0.0 : 1.0;
            grows[k] = 2e-30 * Math.exp(0.2 * k * DT);
        }
        ReplicaExponent late = ExponentFit.of(DT, grows, v);
        assertThat(late.trend()).isEqualTo(ReplicaTrend.GROWS);
        assertThat(late.exponent()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void periodicallyModulatedDecayKeepsTheStraightLine() {
        // a limit cycle's distance: ln d oscillates about its line; the three extra parameters would follow the
        // oscillation (lambda -0.130 here) and the rms residual barely falls, so the straight line is kept (-0.1997)
        ReplicaExponent e = fit(-0.2, 0.0, 0.0, 0.4, 2001);
        assertThat(e.trend()).isEqualTo(ReplicaTrend.DECAYS);
        assertThat(e.exponent()).isCloseTo(-0.2, within(5e-4));
    }

    @Test
    void decayWithAPowerBeyondTheEdgesKeepsTheStraightLine() {
        // a power of 3 is no continuum edge (fig5 example 2 draw 3 at T = 125: a transient fitted as a = 3.3, which
        // would turn the straight line's -0.0081 into +0.0104); half the least-squares slope of -3 ln t is -0.0102
        ReplicaExponent e = fit(-0.05, 3.0, 0.0, 0.0, 2001);
        assertThat(e.trend()).isEqualTo(ReplicaTrend.DECAYS);
        assertThat(e.exponent()).isCloseTo(-0.05 - 0.0102, within(5e-5));
        // a rate that the prefactor would make positive: the run shows a decay, the straight line is kept
        assertThat(fit(0.001, 0.8, 0.0, 0.0, 2001).exponent()).isCloseTo(0.001 - 0.8 * 0.003411, within(5e-5));
    }

    @Test
    void growingAndMarginalDistancesKeepTheStraightLine() {
        // chaos: an isolated exponent, no prefactor to remove; the straight line is kept, bias and all
        ReplicaExponent grows = fit(0.05, 0.5, 0.0, 2001);
        assertThat(grows.trend()).isEqualTo(ReplicaTrend.GROWS);
        // half the least-squares slope of -a ln t over [100, 200] is -1.7e-3
        assertThat(grows.exponent()).isCloseTo(0.05 - 1.7e-3, within(5e-5));
        ReplicaExponent marginal = fit(-0.0005, 0.0, 0.0, 2001);
        assertThat(marginal.trend()).isEqualTo(ReplicaTrend.MARGINAL);
        assertThat(marginal.exponent()).isCloseTo(-0.0005, within(1e-12));
    }

    @Test
    void staticScsConvergesToGMinusOneFasterThanOneOverT() {
        // g < 1: x = 0, d = d(0) e^(-2t) I_0(2 g t) ~ t^(-1/2) e^(2 (g - 1) t); dt = 0.1 leaves 2e-6 (g = 0.5) and
        // 1.6e-7 (g = 0.8) of third-order discretisation error. The straight line was low by 3.4e-3, 1.7e-3,
        // 8.6e-4 at T = 100, 200, 400 (halving with T); the change from T to 2 T now falls about 10 times
        for (double g : new double[] {0.5, 0.8}) {
            double[] lambda = new double[3];
            for (int i = 0; i < 3; i++) {
                ReplicaResult r = new ReplicaSolver().solve(
                        Problems.singleRegion(g, DT, 100 << i, DmftScheme.EXP_TRAPEZOID), ProgressListener.NONE);
                ReplicaExponent e = r.exponents().get(0);
                assertThat(e.trend()).isEqualTo(ReplicaTrend.DECAYS);
                lambda[i] = e.exponent();
                System.out.printf(java.util.Locale.ROOT, "static SCS g = %.1f, dt = %.1f, T = %d: %.10f (%+.2e)%n", g,
                        DT, 100 << i, lambda[i], lambda[i] - (g - 1.0));
                assertThat(lambda[i]).isCloseTo(g - 1.0, within(g < 0.6 ? 2.5e-6 : 5e-7));
            }
            double first = Math.abs(lambda[1] - lambda[0]);
            double second = Math.abs(lambda[2] - lambda[1]);
            assertThat(second).isLessThan(first / 5.0);
            assertThat(first).isLessThan(5e-7);
        }
    }

    @Test
    void staticScsAtTFourHundredStaysResolvedPastTheUnderflowOfItsVariance() {
        // g = 0.5: Delta(t, t) falls below 1e-150 by t = 320, where the kernel difference's products underflowed and
        // the distance then fell as e^(-2t) (lambda -0.62 over [200, 400]); the window now ends at d = 1e-280
        ReplicaExponent e = new ReplicaSolver().solve(Problems.singleRegion(0.5, DT, 800, DmftScheme.EXP_TRAPEZOID),
                ProgressListener.NONE).exponents().get(0);
        assertThat(e.fitEnd()).isGreaterThan(550.0);
        assertThat(e.exponent()).isCloseTo(-0.5, within(2.5e-6));
    }

    @Test
    void chaoticScsExponentsAreTheStraightLinesAsBefore() {
        // docs/NUMERICS.md section 10: dt = 0.05, T = 200 is 2.8e-6 (g = 1.5), 3e-7 (g = 2) and 2.4e-6 (g = 3) low
        double[] g = {1.5, 2.0, 3.0};
        double[] tolerance = {3e-6, 4e-7, 2.6e-6};
        for (int i = 0; i < g.length; i++) {
            double stationary = new StationaryLyapunov(new ErfKernel()).solve(
                    new RegionStationarySolver(new ErfKernel()).scs(g[i])).exponent();
            ReplicaExponent e = new ReplicaSolver().solve(
                    Problems.singleRegion(g[i], 0.05, 200, DmftScheme.EXP_TRAPEZOID), ProgressListener.NONE)
                    .exponents().get(0);
            assertThat(e.trend().chaotic()).isTrue();
            assertThat(e.exponent()).isCloseTo(stationary, within(tolerance[i]));
        }
    }
}
