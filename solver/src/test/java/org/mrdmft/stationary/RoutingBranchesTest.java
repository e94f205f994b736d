package org.mrdmft.stationary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mrdmft.kernel.ErfKernel;

class RoutingBranchesTest {

    private static final double C = 2.0 / Math.PI;
    private final RoutingBranches branches = new RoutingBranches(new ErfKernel());
    private final RegionStationarySolver solver = new RegionStationarySolver(new ErfKernel());

    @Test
    void pinnedVarianceAndOnsetHaveClosedForms() {
        for (double b : new double[] {1.5, 2.0, 2.5}) {
            assertThat(branches.pinnedVariance(b)).isCloseTo(C * (b * b - 1), within(1e-14));
            assertThat(branches.chaosOnset(b)).isCloseTo(Math.pow(2 * b * b - 1, 0.25), within(1e-13));
        }
    }

    @Test
    void staticStabilityFlipsAtTheOnset() {
        for (double b : new double[] {1.5, 2.0, 2.5}) {
            double gc = Math.pow(2 * b * b - 1, 0.25);
            RoutingCurves curves = branches.curves(b, new double[] {gc - 1e-3, gc + 1e-3});
            assertThat(curves.staticStable()).containsExactly(true, false);
            assertThat(curves.chaoticRootA()[0]).isNaN();
            assertThat(curves.chaoticRootA()[1]).isFinite();
            // the chaotic branch leaves the static one continuously
            assertThat(curves.chaoticRootA()[1]).isCloseTo(curves.staticRootA()[1], within(1e-2));
        }
    }

    @Test
    void chaoticBranchReachesZeroStructureAtKnownDisorders() {
        double[] b = {1.5, 2.0, 2.5};
        double[] expected = {1.479, 1.945, 2.408};
        for (int i = 0; i < b.length; i++) {
            double g0 = branches.pureChaosOnset(b[i]);
            assertThat(g0).isCloseTo(expected[i], within(1e-3));
            // the SCS gain there is 1/b: the SCS variance equals the pinned one
            assertThat(solver.scs(g0).delta0()).isCloseTo(branches.pinnedVariance(b[i]), within(1e-9));
            RoutingCurves curves = branches.curves(b[i], new double[] {g0 - 1e-4, g0 + 1e-4});
            assertThat(curves.chaoticRootA()[0]).isBetween(0.0, 0.05);
            assertThat(curves.chaoticRootA()[1]).isNaN();
        }
    }

    @Test
    void knownChaoticPointAtB25() {
        RoutingCurves curves = branches.curves(2.5, new double[] {2.25});
        assertThat(curves.chaoticRootA()[0]).isCloseTo(0.525, within(2e-3));
        assertThat(curves.chaoticDeltaInf()[0]).isCloseTo(1.686, within(2e-3));
    }

    @Test
    void fig4aGridHasTheExpectedShape() {
        double[] g = new double[301];
        for (int i = 0; i < g.length; i++) {
            g[i] = 3.0 * i / (g.length - 1);
        }
        RoutingCurves curves = branches.curves(2.0, g);
        double gc = curves.chaosOnset();
        double g0 = curves.pureChaosOnset();
        for (int i = 0; i < g.length; i++) {
            boolean chaotic = g[i] > gc && g[i] <= g0;
            assertThat(Double.isNaN(curves.chaoticRootA()[i])).as("g=%s", g[i]).isEqualTo(!chaotic);
            assertThat(curves.staticStable()[i]).isEqualTo(g[i] < gc);
            if (g[i] < gc) {
                assertThat(curves.staticRootA()[i]).isPositive();
            }
            if (chaotic && i > 0 && !Double.isNaN(curves.chaoticRootA()[i - 1])) {
                // sqrt(A) falls along the chaotic branch
                assertThat(curves.chaoticRootA()[i]).isLessThan(curves.chaoticRootA()[i - 1]);
            }
        }
    }

    @Test
    void routingStateFollowsTheThreeRegimes() {
        assertThat(branches.routingState(2.5, 1.5).branch()).isEqualTo(StationaryBranch.STATIC);
        assertThat(branches.routingState(2.5, 2.25).branch()).isEqualTo(StationaryBranch.CHAOTIC);
        RegionState pure = branches.routingState(2.5, 2.6);
        assertThat(pure.branch()).isEqualTo(StationaryBranch.SCS);
        assertThat(pure.delta0()).isCloseTo(solver.scs(2.6).delta0(), within(1e-14));
    }
}
