package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.dynamics.DynamicsClassification;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.failure.InvalidInputException;
import org.mrdmft.kernel.ErfKernel;
import org.mrdmft.kernel.Kernels;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;
import org.mrdmft.stationary.RoutingBranches;
import org.mrdmft.stationary.StationaryLyapunov;

/** The two-replica transient DMFT of docs/MODEL.md section 11 against the stationary exponent and known limits. */
class ReplicaSolverTest {

    private static ReplicaResult solve(TransientProblem p) {
        return new ReplicaSolver().solve(p, ProgressListener.NONE);
    }

    @Test
    void scsExponentAtGTwoAgreesWithTheStationaryTheory() {
        // docs/NUMERICS.md section 8: 0.12309418, all digits stable; the replica at dt = 0.05, T = 200 is 3e-7 below
        ReplicaResult r = solve(Problems.singleRegion(2.0, 0.05, 200, DmftScheme.EXP_TRAPEZOID));
        ReplicaExponent e = r.exponents().get(0);
        assertThat(e.exponent()).isCloseTo(0.12309418, within(5e-6));
        assertThat(e.trend()).isEqualTo(ReplicaTrend.GROWS);
        assertThat(e.halvesSpread()).isLessThan(1e-6);
        // the distance starts at 2 x separation x Delta(0, 0) (Delta(0, 0) = g^2 = 4)
        assertThat(r.distance()[0][0]).isCloseTo(2 * ReplicaSolver.DEFAULT_SEPARATION * 4.0, within(1e-40));
    }

    @Test
    void staticScsDecaysAtGMinusOne() {
        // g < 1: x = 0, C' = 1, lambda = g - 1 (docs/MODEL.md section 10), approached as 1/T (continuum edge)
        ReplicaExponent e = solve(Problems.singleRegion(0.5, 0.1, 200, DmftScheme.EXP_TRAPEZOID)).exponents().get(0);
        assertThat(e.exponent()).isCloseTo(-0.5, within(3e-3));
        assertThat(e.trend()).isEqualTo(ReplicaTrend.DECAYS);
    }

    @Test
    void decorrelatedScsReplicasAreUncorrelated() {
        // SCS: Delta(tau -> inf) = 0, so decorrelated replicas have Delta^12 = 0 and d / (2 Delta(t, t)) -> 1
        ReplicaResult r = new ReplicaSolver(1e-10).solve(Problems.singleRegion(3.0, 0.1, 120, DmftScheme.EXP_TRAPEZOID),
                ProgressListener.NONE);
        ReplicaExponent e = r.exponents().get(0);
        assertThat(e.trend()).isEqualTo(ReplicaTrend.SATURATES);
        assertThat(e.finalRelativeDistance()).isCloseTo(1.0, within(1e-3));
        assertThat(e.fitEnd()).isLessThan(120.0);
        // 0.25448099 stationary; the saturating window (1e-10 -> 1e-4) is short and biased low by ~1e-4
        assertThat(e.exponent()).isCloseTo(0.25448099, within(3e-4));
    }

    @Test
    void routingRegionOnTheChaoticBranchWithStructureAgreesWithItsStationaryExponent() {
        // one region on its self-loop a = 2 is pinned at psi = 1/2, as a routing region with pair loop b = 2
        double g = 1.7856;
        double lambda = new StationaryLyapunov(new ErfKernel()).solve(
                new RoutingBranches(new ErfKernel()).routingState(2.0, g)).exponent();
        NetworkModel m = NetworkModel.of(new double[] {g}, new double[][][] {{{2.0}}});
        DmftSettings s = DmftSettings.defaults().withDt(0.1, 2001).withInitialCurrents(new double[][] {{1.0}});
        ReplicaResult r = solve(new TransientProblem(m, s));
        assertThat(r.exponents().get(0).exponent()).isCloseTo(lambda, within(2e-5));
        // smaller than the SCS of the same g
        assertThat(lambda).isLessThan(0.8 * new StationaryLyapunov(new ErfKernel()).solve(
                new org.mrdmft.stationary.RegionStationarySolver(new ErfKernel()).scs(g)).exponent());
        List<DynamicsLabel> labels = DynamicsClassification.labels(
                DynamicsClassification.classify(r, m, DynamicsClassifier.LYAPUNOV));
        assertThat(labels).containsExactly(DynamicsLabel.FIXED_POINT_CHAOS);
    }

    @Test
    void staticRoutingRegionDecaysAtTheRightEdgeOfItsJacobianSpectrum() {
        // self-loop a = 2 below g_c = 1.6266: static, pinned at D0 = c (a^2 - 1); docs/MODEL.md section 10:
        // lambda = -1 + g sqrt(<phi'^2>) = -1 + g (1 + pi D0)^(-1/4), approached as 1/T
        double g = 0.8;
        double d0 = ErfKernel.C * 3.0;
        NetworkModel m = NetworkModel.of(new double[] {g}, new double[][][] {{{2.0}}});
        DmftSettings s = DmftSettings.defaults().withDt(0.1, 2001).withInitialCurrents(new double[][] {{1.0}});
        ReplicaResult r = solve(new TransientProblem(m, s));
        assertThat(r.exponents().get(0).exponent()).isCloseTo(-1.0 + g * Math.pow(1.0 + Math.PI * d0, -0.25),
                within(3e-3));
        assertThat(DynamicsClassification.labels(DynamicsClassification.classify(r, m, DynamicsClassifier.LYAPUNOV)))
                .containsExactly(DynamicsLabel.FIXED_POINT);
    }

    @Test
    void lyapunovRuleTellsAFixedPointFromChaos() {
        for (double g : new double[] {0.5, 2.0}) {
            TransientProblem p = Problems.singleRegion(g, 0.1, 125, DmftScheme.EXP_TRAPEZOID);
            List<DynamicsLabel> labels = DynamicsClassification.labels(
                    DynamicsClassification.classify(solve(p), p.model(), DynamicsClassifier.LYAPUNOV));
            assertThat(labels).containsExactly(g < 1 ? DynamicsLabel.FIXED_POINT : DynamicsLabel.CHAOS);
        }
    }

    @Test
    void erfKernelDifferenceKeepsFullRelativePrecision() {
        KernelDifference erf = KernelDifference.of(Nonlinearity.ERF, Kernels.forNonlinearity(Nonlinearity.ERF));
        double c = ErfKernel.C;
        for (double[] v : new double[][] {{1.0, 2.0, 0.7}, {4.0, 4.0, 4.0}, {3.0, 0.5, -0.9}, {1e3, 1e3, 999.0}}) {
            // d/dD12 of c asin(D12 a) is c a / sqrt(1 - (D12 a)^2): the difference for a tiny deficit
            double a = 1.0 / Math.sqrt((v[0] + c) * (v[1] + c));
            double slope = c * a / Math.sqrt(1.0 - v[2] * a * v[2] * a);
            for (double delta : new double[] {1e-30, 1e-12}) {
                assertThat(erf.of(v[0], v[1], v[2], delta)).isCloseTo(slope * delta, within(1e-11 * slope * delta));
            }
            // a finite deficit: the plain difference of the closed forms
            ErfKernel k = new ErfKernel();
            assertThat(erf.of(v[0], v[1], v[2], 0.3)).isCloseTo(
                    k.correlation(v[0], v[1], v[2]) - k.correlation(v[0], v[1], v[2] - 0.3), within(1e-14));
        }
    }

    @Test
    void erfColumnAgreesWithTheScalarDifference() {
        // the column's series for small angles and its atan2 elsewhere against the scalar form, 1e-14 relative
        KernelDifference erf = KernelDifference.of(Nonlinearity.ERF, Kernels.forNonlinearity(Nonlinearity.ERF));
        ErfKernel k = new ErfKernel();
        double[] diag = {1.0, 2.0, 0.3, 4.0, 1e-3};
        double[] cross = {0.9, -1.1, 0.2, 2.0, 1e-4};
        double[] deficit = {1e-20, 1e-6, 0.05, 3.0, 2e-4};
        double dNew = 2.5;
        double[] aux = new double[diag.length];
        for (int i = 0; i < diag.length; i++) {
            aux[i] = k.rowAuxiliary(diag[i]);
        }
        double[] out = new double[diag.length];
        erf.column(diag, aux, dNew, k.rowAuxiliary(dNew), cross, deficit, 0, diag.length, out);
        for (int i = 0; i < diag.length; i++) {
            double expected = erf.of(diag[i], dNew, cross[i], deficit[i]);
            assertThat(out[i]).isCloseTo(expected, within(1e-14 * Math.abs(expected)));
        }
    }

    @Test
    void referenceEulerIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> solve(Problems.singleRegion(2.0, 0.1, 10, DmftScheme.REFERENCE_EULER)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("dmft.lyapunov");
    }
}
