package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mrdmft.kernel.ErfKernel;
import org.mrdmft.model.InputDrive;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;
import org.mrdmft.stationary.RegionStationarySolver;
import org.mrdmft.stationary.StationaryLyapunov;

/**
 * The replica DMFT with cross-region disorder and with a lag window ({@code dmft.window}), against limits with known
 * answers: networks whose regions all see the disorder variance of one SCS region of g = 2, and the unwindowed solve.
 */
class ReplicaSourcesTest {
    private static final double DT = 0.05;
    private static final int STEPS = 4001;

    private static double[] exponents(NetworkModel m, DmftSettings s) {
        return new ReplicaSolver().solve(new TransientProblem(m, s), ProgressListener.NONE).exponent();
    }

    private static double[] singleRegion(int window) {
        return exponents(NetworkModel.of(new double[] {2.0}, new double[1][1][1]),
                DmftSettings.defaults().withDt(DT, STEPS).withInitialCurrents(new double[1][1]).withWindow(window));
    }

    private static NetworkModel twoRegions(double[] g, double[][] cross) {
        return new NetworkModel(2, Nonlinearity.ERF, g, cross, new double[2][2][2], NetworkModel.identityOverlaps(2),
                InputDrive.none(2));
    }

    private static DmftSettings twoRegionSettings(int window) {
        // both regions start as the single region does: Delta(0, 0) = g^2 = 4, S = 0
        return DmftSettings.defaults().withDt(DT, STEPS).withInitialCurrents(new double[2][2])
                .withInitialVariance(new double[] {4.0, 4.0}).withWindow(window);
    }

    @Test
    void crossRegionDisorderThatAddsUpToOneScsRegionGivesItsStationaryExponent() {
        double stationary = new StationaryLyapunov(new ErfKernel())
                .solve(new RegionStationarySolver(new ErfKernel()).scs(2.0)).exponent();
        double single = singleRegion(0)[0];
        // every row of (g^{mu nu})^2 sums to 4 with unequal weights: 1.44 + 2.56 in region 0, 2.56 + 1.44 in region 1
        NetworkModel mixed = twoRegions(new double[] {1.2, 1.6}, new double[][] {{0, 1.6}, {1.2, 0}});
        // region 1 has no disorder of its own: it only sees region 0's correlation, with weight 4
        NetworkModel driven = twoRegions(new double[] {2.0, 0.0}, new double[][] {{0, 0}, {2.0, 0}});
        for (NetworkModel m : new NetworkModel[] {mixed, driven}) {
            double[] lambda = exponents(m, twoRegionSettings(0));
            for (double l : lambda) {
                // the same tolerance as the single region (ReplicaSolverTest): 3.2e-7 below at this dt and length
                assertThat(l).isCloseTo(stationary, within(5e-6));
                // equivalent to the single region in exact arithmetic: only rounding separates them
                assertThat(l).isCloseTo(single, within(1e-9));
            }
        }
    }

    @Test
    void aRegionWithoutVarianceGetsTheLeakRateAndADrivenOneStartsAtZeroVariance() {
        // region 1: no disorder of its own and none given at t = 0, S = 0. Undriven, its Delta stays 0 and a
        // perturbation only leaks away: lambda = -1 (it was reported saturated at t = 0 with a NaN exponent)
        DmftSettings fromZero = DmftSettings.defaults().withDt(DT, STEPS).withInitialCurrents(new double[2][2])
                .withInitialVariance(new double[] {4.0, 0.0});
        double[] alone = exponents(twoRegions(new double[] {2.0, 0.0}, new double[2][2]), fromZero);
        assertThat(alone[0]).isCloseTo(singleRegion(0)[0], within(1e-9));
        assertThat(alone[1]).isCloseTo(-1.0, within(1e-9));
        // driven by region 0 with weight 4 from Delta(0, 0) = 0: it sees region 0's chaos from the first step on
        double[] driven = exponents(twoRegions(new double[] {2.0, 0.0}, new double[][] {{0, 0}, {2.0, 0}}), fromZero);
        assertThat(driven[1]).isFinite().isCloseTo(driven[0], within(1e-3));
    }

    @Test
    @Tag("slow") // the tanh kernel difference by quadrature: about 45 s
    void aTanhRegionDrivenFromZeroVarianceIsNotSaturatedByItsAbsoluteStart() {
        // tanh starts the replicas 1e-7 apart, absolutely where Delta(0, 0) = 0: more than 1e-4 of the driven
        // region's young variance after one step, which is not yet saturation (it was: window [0, 0.05], -0.99)
        NetworkModel tanh = new NetworkModel(2, Nonlinearity.TANH, new double[] {2.0, 0.0},
                new double[][] {{0, 0}, {0.5, 0}}, new double[2][2][2], NetworkModel.identityOverlaps(2),
                InputDrive.none(2));
        ReplicaResult r = new ReplicaSolver().solve(new TransientProblem(tanh, DmftSettings.defaults()
                .withDt(0.1, 601).withInitialCurrents(new double[2][2]).withInitialVariance(new double[] {4.0, 0.0})),
                ProgressListener.NONE);
        ReplicaExponent source = r.exponents().get(0);
        ReplicaExponent follower = r.exponents().get(1);
        assertThat(source.trend().chaotic()).isTrue();
        assertThat(follower.trend()).isEqualTo(source.trend());
        assertThat(follower.fitEnd()).isGreaterThan(10.0);
        assertThat(follower.exponent()).isCloseTo(source.exponent(), within(1e-2));
    }

    @Test
    void aWindowOfFortyTimeUnitsGivesTheUnwindowedExponent() {
        // SCS g = 2: Delta decays over a few time units, so a window of 40 truncates nothing the exponent resolves
        double full = singleRegion(0)[0];
        double err800 = Math.abs(singleRegion(800)[0] - full);
        double err400 = Math.abs(singleRegion(400)[0] - full);
        double err200 = Math.abs(singleRegion(200)[0] - full);
        // measured: 2e-10, 3.6e-6, 5.0e-4 (dt = 0.05, T = 200)
        assertThat(err800).isLessThan(1e-8);
        assertThat(err400).isLessThan(2e-5).isGreaterThan(err800);
        assertThat(err200).isGreaterThan(err400);
    }

    @Test
    void aWindowWithCrossRegionDisorderMatchesTheWindowedSingleRegion() {
        double single = singleRegion(400)[0];
        double[] lambda = exponents(twoRegions(new double[] {1.2, 1.6}, new double[][] {{0, 1.6}, {1.2, 0}}),
                twoRegionSettings(400));
        assertThat(lambda[0]).isCloseTo(single, within(1e-9));
        assertThat(lambda[1]).isCloseTo(single, within(1e-9));
    }
}
