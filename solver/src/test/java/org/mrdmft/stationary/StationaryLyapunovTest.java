package org.mrdmft.stationary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mrdmft.kernel.ErfKernel;
import org.mrdmft.kernel.GaussianKernel;
import org.mrdmft.kernel.TanhKernel;

/** The stationary Lyapunov exponent of docs/MODEL.md section 10 against independent routes and known limits. */
class StationaryLyapunovTest {

    private static final GaussianKernel ERF = new ErfKernel();
    private final RegionStationarySolver erfStates = new RegionStationarySolver(ERF);

    /** E0 by shooting, bracketed around the finite-difference value, carried to lambda. */
    private static double shotExponent(GaussianKernel kernel, RegionState s, RegionLyapunov fd) {
        double vInf = 1.0 - s.disorder() * s.disorder() * kernel.correlationSlope(s.delta0(), s.deltaInf());
        double kappa = Math.sqrt(vInf - fd.groundEnergy());
        double e0 = new TangentShooting(kernel).groundEnergy(s, fd.groundEnergy() - 1e-3, fd.groundEnergy() + 1e-3,
                12.0 / kappa);
        return RegionLyapunov.exponentOf(e0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.5, 2.0, 3.0})
    void scsExponentIsConvergedToSevenDigitsAndAgreesWithShooting(double g) {
        RegionState scs = erfStates.scs(g);
        RegionLyapunov coarse = new StationaryLyapunov(ERF, LyapunovSettings.defaults().withLagStep(0.04)).solve(scs);
        RegionLyapunov fine = new StationaryLyapunov(ERF).solve(scs);
        RegionLyapunov longer = new StationaryLyapunov(ERF, LyapunovSettings.defaults().withFixedWindow(
                2.0 * fine.window())).solve(scs);
        // stable under halving the lag step and doubling the window
        assertThat(coarse.exponent()).isCloseTo(fine.exponent(), within(1e-8));
        assertThat(longer.exponent()).isCloseTo(fine.exponent(), within(1e-9));
        assertThat(fine.discretisationError()).isLessThan(1e-5); // a bound on the unextrapolated value
        assertThat(fine.windowCapped()).isFalse();
        // independent route: shooting on the particle's own motion, no finite differences
        assertThat(fine.exponent()).isCloseTo(shotExponent(ERF, scs, fine), within(1e-7));
        assertThat(fine.exponent()).isPositive();
    }

    @Test
    @Tag("slow") // about a minute: every step of the shooting calls the tanh quadrature
    void tanhScsExponentAgreesWithShooting() {
        GaussianKernel tanh = new TanhKernel();
        RegionState scs = new RegionStationarySolver(tanh).scs(2.0);
        RegionLyapunov fd = new StationaryLyapunov(tanh, LyapunovSettings.defaults().withLagStep(0.05)).solve(scs);
        assertThat(fd.exponent()).isCloseTo(shotExponent(tanh, scs, fd), within(1e-6));
        // tanh has the larger mean-square slope at a given variance, but a larger variance too
        assertThat(fd.exponent()).isBetween(0.05, 0.2);
    }

    @Test
    void timeTranslationModeHasZeroEnergy() {
        // Delta'(tau) is odd, has no node on (0, inf) and solves H psi = 0: the odd ground energy is 0
        for (double g : new double[] {1.2, 2.0, 4.0}) {
            RegionLyapunov l = new StationaryLyapunov(ERF).solve(erfStates.scs(g));
            assertThat(l.translationEnergy()).as("g = %s", g).isCloseTo(0.0, within(1e-6));
            assertThat(l.groundEnergy()).isNegative();
        }
        RegionState withStructure = erfStates.chaoticState(2.0, 0.2).orElseThrow();
        assertThat(new StationaryLyapunov(ERF).solve(withStructure).translationEnergy()).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void exponentVanishesAtTheOnsetOfChaos() {
        double previous = Double.POSITIVE_INFINITY;
        for (double eps : new double[] {0.2, 0.1, 0.05, 0.02}) {
            double lambda = new StationaryLyapunov(ERF).solve(erfStates.scs(1.0 + eps)).exponent();
            assertThat(lambda).isPositive().isLessThan(previous);
            // lambda ~ (g - 1)^2 near the onset: the ratio stays bounded away from 0 and infinity
            assertThat(lambda / (eps * eps)).as("eps = %s", eps).isBetween(0.2, 1.0);
            previous = lambda;
        }
        // below the onset the zero state: lambda = -1 + g phi'(0) = g - 1
        assertThat(new StationaryLyapunov(ERF).solve(erfStates.scs(0.6)).exponent()).isCloseTo(-0.4, within(1e-15));
    }

    @Test
    void staticStateHasTheRandomMatrixEdge() {
        // chaos suppressed by structure: the Jacobian -1 + J diag(phi') has its bulk edge at g sqrt(<phi'^2>)
        RegionState s = erfStates.staticState(0.8, 1.0);
        double meanSquare = 1.0 / Math.sqrt(1.0 + Math.PI * s.delta0()); // <exp(-pi x^2 / 2)>
        RegionLyapunov l = new StationaryLyapunov(ERF).solve(s);
        assertThat(l.exponent()).isCloseTo(-1.0 + 0.8 * Math.sqrt(meanSquare), within(1e-14)).isNegative();
        // the finite-difference operator with a flat potential: Neumann at both ends makes psi constant
        double[] flat = new double[401];
        java.util.Arrays.fill(flat, 1.0 - 0.64 * meanSquare);
        double e0 = StationaryLyapunov.evenGround(flat, 1, 400, 0.05);
        assertThat(e0).isGreaterThan(l.groundEnergy()).isCloseTo(l.groundEnergy(), within(
                Math.pow(Math.PI / (2 * 400 * 0.05), 2) + 1e-12));
    }

    @Test
    void staticExponentIsTheEdgeOfASampledJacobian() {
        // N = 400 neurons frozen at x_i ~ N(0, D0): the Jacobian -1 + J diag(phi'(x)), J_ij ~ N(0, g^2 / N), has
        // its rightmost eigenvalue near -1 + g sqrt(<phi'^2>) (circular law for the gain-scaled columns)
        RegionState s = erfStates.staticState(0.8, 1.0);
        double lambda = new StationaryLyapunov(ERF).solve(s).exponent();
        int n = 400;
        java.util.Random rng = new java.util.Random(5);
        org.ejml.data.DMatrixRMaj m = new org.ejml.data.DMatrixRMaj(n, n);
        double[] slope = new double[n];
        for (int j = 0; j < n; j++) {
            double x = Math.sqrt(s.delta0()) * rng.nextGaussian();
            slope[j] = Math.exp(-Math.PI * x * x / 4.0);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.set(i, j, 0.8 / Math.sqrt(n) * rng.nextGaussian() * slope[j] - (i == j ? 1.0 : 0.0));
            }
        }
        var eig = org.ejml.dense.row.factory.DecompositionFactory_DDRM.eig(n, false);
        assertThat(eig.decompose(m)).isTrue();
        double edge = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            edge = Math.max(edge, eig.getEigenvalue(k).getReal());
        }
        assertThat(edge).isCloseTo(lambda, within(0.04));
    }

    @Test
    void routingOnTheChaoticBranchIsLessChaoticThanScs() {
        RoutingBranches routing = new RoutingBranches(ERF);
        StationaryLyapunov lyapunov = new StationaryLyapunov(ERF);
        for (double b : new double[] {1.5, 2.0, 2.5}) {
            double g = 0.5 * (routing.chaosOnset(b) + routing.pureChaosOnset(b));
            RegionState state = routing.routingState(b, g);
            assertThat(state.branch()).isEqualTo(StationaryBranch.CHAOTIC);
            double routed = lyapunov.solve(state).exponent();
            double scs = lyapunov.solve(erfStates.scs(g)).exponent();
            assertThat(routed).as("b = %s, g = %s", b, g).isPositive().isLessThan(scs);
        }
        // continuous through the onset g_c, where the static exponent reaches 0 (b = 2.5: a short window)
        double gc = routing.chaosOnset(2.5);
        double below = lyapunov.solve(routing.routingState(2.5, gc - 1e-2)).exponent();
        double above = lyapunov.solve(routing.routingState(2.5, gc + 1e-2)).exponent();
        assertThat(below).isNegative().isGreaterThan(-1e-2);
        assertThat(above).isPositive().isLessThan(1e-2);
    }
}
