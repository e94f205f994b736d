package org.mrdmft.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.simulation.NetworkSimulator;
import org.mrdmft.simulation.SimulationResult;
import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.simulation.SimulationSettings;

/**
 * The fig3 networks simulated with RK4 (one draw, seed 3): each region's final row norm ||S^{mu .}|| is
 * sqrt((2/pi)(max(a,b)^2 - 1)), the region pinned at 1/max(a,b), and regions with a &gt; b keep only their
 * self-current.
 */
class Fig3SimulationTest {
    /** The fig3 case (0-based) with signs drawn from seed 2025. */
    private static ReciprocalCase fig3(int caseIndex) {
        SplittableRandom rng = new SplittableRandom(2025);
        double[] signs = new double[5];
        for (int k = 0; k < 5; k++) {
            signs[k] = rng.nextBoolean() ? 1 : -1;
        }
        return PaperNetworks.fig3().get(caseIndex).withSigns(signs);
    }

    private static double[][] finalCurrents(ReciprocalCase c, int neurons, double dt, double duration, double burnIn) {
        SimulationSettings s = new SimulationSettings(neurons, dt, duration, 1, 3L, SimulationScheme.RK4, 1, burnIn,
                0, false);
        SimulationResult r = new NetworkSimulator(c.model(), s).run(ProgressListener.NONE).get(0);
        return r.currents()[r.steps() - 1];
    }

    @Test
    @Tag("slow")
    void fig3ReciprocalRowNormsMatchTheory() {
        ReciprocalCase c = fig3(0);
        assertRowNorms(c, finalCurrents(c, 20_000, 0.05, 200, 50), 0.05);
    }

    /**
     * The smaller version: N = 4000 and t = 60 are not yet converged to 5 % (row 3 is 7 % off), hence 10 %. Slow
     * since Fig3Test checks the same row norms on fig3's data in the default suite.
     */
    @Test
    @Tag("slow")
    void fig3RowNormsAtSmallerSize() {
        ReciprocalCase c = fig3(0);
        assertRowNorms(c, finalCurrents(c, 4000, 0.1, 60, 15), 0.1);
    }

    /** ||S^{mu .}|| = sqrt(A^mu) close to sqrt((2/pi)(max(a,b)^2 - 1)): each region pinned at 1/max(a,b). */
    private static void assertRowNorms(ReciprocalCase c, double[][] s, double relative) {
        for (int mu = 0; mu < 5; mu++) {
            double norm = 0;
            for (double v : s[mu]) {
                norm += v * v;
            }
            double big = Math.max(c.a()[mu], c.b()[mu]);
            double theory = Math.sqrt(2 / Math.PI * (big * big - 1));
            assertThat(Math.sqrt(norm)).as("row %d", mu + 1).isCloseTo(theory, within(relative * theory));
        }
    }

    @Test
    @Tag("slow")
    void fig3RegionsWithStrongerSelfLoopsKeepOnlyTheirSelfCurrent() {
        ReciprocalCase c = fig3(2);
        assertSelfCurrentsOnly(c, finalCurrents(c, 20_000, 0.05, 200, 50), 0.25, 0.05);
    }

    /**
     * Regions 1 and 2 (a &gt; b) carry their self-current, within {@code relative} of theory, and every other
     * entry of their rows and columns is below {@code small}. The finite-N residue is not O(1/sqrt N) small:
     * the (S^{14}, S^{41}) mode is slow (DMFT eigenvalue -1 + sqrt(b1 / a1) = -0.11), so the O(1/sqrt N)
     * sample overlaps between m^{41} and the active m^{43}, m^{45}, times c^{14} ~ 2.2, are amplified about
     * ninefold: S^{14} settles at -0.19 for N = 20,000 (seed 3) while the DMFT from the same S(0) goes to 0.
     */
    private static void assertSelfCurrentsOnly(ReciprocalCase c, double[][] s, double small, double relative) {
        for (int mu = 0; mu < 2; mu++) {
            double big = Math.max(c.a()[mu], c.b()[mu]);
            double theory = Math.sqrt(2 / Math.PI * (big * big - 1));
            assertThat(Math.abs(s[mu][mu])).as("self-current %d", mu + 1).isCloseTo(theory, within(relative * theory));
            for (int nu = 0; nu < 5; nu++) {
                if (nu != mu) {
                    assertThat(Math.abs(s[mu][nu])).as("S_%d_%d", mu + 1, nu + 1).isLessThan(small);
                    assertThat(Math.abs(s[nu][mu])).as("S_%d_%d", nu + 1, mu + 1).isLessThan(small);
                }
            }
        }
    }
}
