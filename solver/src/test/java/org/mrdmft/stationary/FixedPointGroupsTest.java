package org.mrdmft.stationary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.mrdmft.kernel.Kernels;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;

/** Fixed points sorted into isolated points and continua, and marginal growth rates reported as marginal. */
class FixedPointGroupsTest {

    private static FixedPointSearch search(NetworkModel model, int starts, long seed) {
        RegionStationarySolver regions = new RegionStationarySolver(Kernels.forNonlinearity(Nonlinearity.ERF));
        double[] g = model.disorder();
        return new FixedPointSolver(model, (mu, a) -> regions.stableState(g[mu], a)).search(starts, 2.0, seed, 1e-12);
    }

    /** examples/fig4c-case3.yaml: five reciprocal regions, region 1's disorder high enough for pure chaos. */
    private static NetworkModel fig4cCase3() {
        double[] a = {1.98332969, 1.99774933, 1.91455216, 2.06561083, 1.92826258};
        double[] b = {2.46633011, 2.52011526, 2.45018848, 2.45768191, 2.4636397};
        double[] s = {1, -1, 1, 1, -1};
        double[] g = {2.65, 1.29168832, 1.20166158, 1.15528298, 1.22156233};
        return NetworkModel.of(g, InteractionTensors.reciprocal(a, b, s));
    }

    @Test
    void isolatedFixedPointsCountTheirStarts() {
        // one static region (g = 1) and one chaotic with structure (g = 2.3) on a reciprocal pair loop
        // (b = 2, 2.5): the routing fixed points differ only in the signs of the two currents and are isolated
        NetworkModel m = NetworkModel.of(new double[] {1.0, 2.3},
                InteractionTensors.reciprocal(new double[2], new double[] {2.0, 2.5}, new double[] {1, 1}));
        FixedPointSearch search = search(m, 24, 3);
        List<FixedPointGroup> groups = FixedPointGroups.of(search);
        assertThat(groups).allSatisfy(g -> {
            assertThat(g.kind()).isEqualTo(FixedPointGroup.Kind.ISOLATED);
            assertThat(g.size()).isEqualTo(1);
            assertThat(g.starts()).isEqualTo(search.fixedPoints().get(g.members()[0]).starts());
        });
        assertThat(groups).hasSize(search.fixedPoints().size());
        assertThat(groups.stream().mapToInt(FixedPointGroup::starts).sum()).isEqualTo(search.converged());
        assertThat(groups.stream().filter(g -> g.stability() == FixedPointStability.STABLE)
                .mapToInt(FixedPointGroup::starts).max().orElse(0)).isGreaterThan(1);
        // most starts first
        for (int k = 1; k < groups.size(); k++) {
            assertThat(groups.get(k).starts()).isLessThanOrEqualTo(groups.get(k - 1).starts());
        }
    }

    @Test
    void fig4cCase3IsAContinuumOfDimensionTwoWithRegionOneSilent() {
        FixedPointSearch search = search(fig4cCase3(), 64, 1);
        List<FixedPointGroup> groups = FixedPointGroups.of(search);
        assertThat(groups.stream().mapToInt(FixedPointGroup::starts).sum()).isEqualTo(search.converged());
        assertThat(groups.stream().mapToInt(FixedPointGroup::size).sum()).isEqualTo(search.fixedPoints().size());
        // the group most starts reach: region 1 pure chaos (A = 0, no current, docs/FIGURES.md fig4c case 3),
        // regions 2-5 static and routing. With region 1 silent, the four active regions' currents satisfy the
        // polytope of docs/MODEL.md section 3: 6 pair variables x_ij = (S^{ij})^2 under 4 independent row
        // constraints, a 2-dimensional set; so the points form a continuum of dimension 6 - 4 = 2, marginal
        // (two zero modes, every other direction decays).
        FixedPointGroup main = groups.get(0);
        assertThat(main.kind()).isEqualTo(FixedPointGroup.Kind.CONTINUUM);
        assertThat(main.dimension()).isEqualTo(2);
        assertThat(main.stability()).isEqualTo(FixedPointStability.MARGINAL);
        assertThat(main.branches()).containsExactly(StationaryBranch.SCS, StationaryBranch.STATIC,
                StationaryBranch.STATIC, StationaryBranch.STATIC, StationaryBranch.STATIC);
        assertThat(main.size()).isGreaterThan(search.fixedPoints().size() / 2);
        for (int k : main.members()) {
            FixedPoint fp = search.fixedPoints().get(k);
            assertThat(java.util.Arrays.stream(fp.currents()[0]).map(Math::abs).max().orElseThrow()).isLessThan(1e-8);
            assertThat(fp.regions().get(0).structuredVariance()).isLessThan(1e-12);
        }
        // no group mixes branch patterns, and the points fall into more than one pattern
        assertThat(groups.stream().map(FixedPointGroup::branches).distinct().count()).isGreaterThan(1);
        for (FixedPointGroup g : groups) {
            for (int k : g.members()) {
                FixedPoint fp = search.fixedPoints().get(k);
                assertThat(fp.regions().stream().map(RegionState::branch).toList()).isEqualTo(g.branches());
                assertThat(FixedPointStability.zeroModes(fp)).isEqualTo(g.dimension());
                assertThat(fp.stability()).isEqualTo(g.stability());
            }
        }
    }

    @Test
    void growthRateWithinToleranceOfZeroIsMarginal() {
        assertThat(point(true, 1.4e-13, -0.5).stability()).isEqualTo(FixedPointStability.MARGINAL);
        assertThat(point(true, -3e-9, -0.5).stability()).isEqualTo(FixedPointStability.MARGINAL);
        assertThat(point(true, -1e-3, -0.5).stability()).isEqualTo(FixedPointStability.STABLE);
        assertThat(point(false, 1e-3, -0.5).stability()).isEqualTo(FixedPointStability.UNSTABLE);
        // nothing grows, but a region's own state is unstable: unstable, whatever the eigenvalues say
        assertThat(point(false, -1e-3, -0.5).stability()).isEqualTo(FixedPointStability.UNSTABLE);
        assertThat(FixedPointStability.zeroModes(point(true, 1.4e-13, -2e-14, -0.5))).isEqualTo(2);
        assertThat(FixedPointStability.TOLERANCE).isEqualTo(FixedPointSolver.MARGINAL);
    }

    private static FixedPoint point(boolean stable, double... growthRates) {
        Complex[] eig = new Complex[growthRates.length];
        for (int k = 0; k < eig.length; k++) {
            eig[k] = new Complex(growthRates[k], 0.0);
        }
        return new FixedPoint(new double[1][1], new double[1], Collections.emptyList(), eig, stable, 0.0, 1, 1);
    }
}
