package org.mrdmft.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.model.NetworkModel;

class TangentPropagationTest {
    /**
     * The SCS exponent of one random region with phi = erf(sqrt(pi) x / 2) at g = 2, derived independently of
     * this code base: the stationary Delta from the potential V(D) = -D^2/2 + g^2 int_0^D C_phi (Delta(0) =
     * 2.0640800), then the ground state E0 of -d^2/dtau^2 + 1 - g^2 &lt;phi'phi'&gt;(tau) on [-40, 40] (finite
     * differences, h = 0.005), lambda = -1 + sqrt(1 - E0) = 0.1231.
     */
    static final double SCS_EXPONENT_G2 = 0.1231;

    private static LyapunovEstimate measure(double g, int neurons, double dt, double duration, double burnIn,
                                            double interval, long seed) {
        NetworkModel model = NetworkModel.of(new double[] {g}, new double[][][] {{{0.0}}});
        SimulationSettings s = new SimulationSettings(neurons, dt, duration, 1, seed, SimulationScheme.RK4, 10,
                burnIn, 1, false, true, interval);
        return new NetworkSimulator(model, s).run(ProgressListener.NONE).get(0).lyapunov();
    }

    @Test
    void staticRegionDecaysAtTheCircularLawRate() {
        // x -> 0, phi'(0) = 1: the tangent obeys dv/dt = (-1 + g chi) v, whose growth rate tends to -1 + g times the
        // circular law's radius 1 (finite N and finite time: a few 1e-2)
        for (double g : new double[] {0.3, 0.7}) {
            LyapunovEstimate e = measure(g, 300, 0.05, 80, 30, 1.0, 5L);
            assertThat(e.exponent()).as("g = %s", g).isCloseTo(-1 + g, within(0.06));
            assertThat(e.shares()[0]).isCloseTo(1.0, within(1e-12));
            assertThat(e.measuredTime()).isCloseTo(50, within(1e-9));
        }
    }

    @Test
    void renormalisingMoreOftenChangesNothing() {
        // the tangent equation is linear: renormalising rescales v without turning it, so the growth over the same
        // window is the same for every interval (up to rounding)
        LyapunovEstimate every = measure(2.0, 200, 0.1, 60, 20, 0.1, 7L);
        LyapunovEstimate rarely = measure(2.0, 200, 0.1, 60, 20, 4.0, 7L);
        assertThat(rarely.measuredTime()).isCloseTo(every.measuredTime(), within(1e-9));
        assertThat(rarely.exponent()).isCloseTo(every.exponent(), within(1e-9));
    }

    @Test
    void chaoticRegionHasAPositiveExponentNearTheScsValue() {
        double sum = 0;
        int draws = 3;
        for (long seed = 1; seed <= draws; seed++) {
            LyapunovEstimate e = measure(2.0, 500, 0.1, 160, 40, 1.0, seed);
            assertThat(e.exponent()).isPositive();
            sum += e.exponent();
        }
        // finite N lowers the exponent (N = 500: about 0.09, see docs/NUMERICS.md); positive and near the SCS value
        assertThat(sum / draws).isCloseTo(SCS_EXPONENT_G2, within(0.045));
    }

    @Test
    void exponentConvergesInTheTimeStep() {
        LyapunovEstimate coarse = measure(2.0, 300, 0.1, 100, 30, 1.0, 11L);
        LyapunovEstimate fine = measure(2.0, 300, 0.05, 100, 30, 1.0, 11L);
        assertThat(coarse.exponent()).isCloseTo(fine.exponent(), within(0.01));
    }
}
