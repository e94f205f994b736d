package org.mrdmft.stationary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mrdmft.kernel.GaussianKernel;
import org.mrdmft.kernel.Kernels;
import org.mrdmft.model.Nonlinearity;

/**
 * The two independent stationary routes agree: the potential conditions (RegionStationarySolver) and the
 * frequency-domain fixed point on a periodic lag grid (StationaryCorrelationSolver), to 1e-8 in D0 and Dinf,
 * on the pure-chaos and the chaos-with-structure branches; and the particle motion's Delta(tau) equals the
 * FFT route's on a common grid.
 */
class PotentialVersusFftTest {
    private final GaussianKernel erf = Kernels.forNonlinearity(Nonlinearity.ERF);
    private final RegionStationarySolver potential = new RegionStationarySolver(erf);
    private final StationaryCorrelationSolver fft = StationaryCorrelationSolver.defaults();

    @ParameterizedTest
    @CsvSource({"1.5, 0.0", "2.0, 0.0", "3.0, 0.0", "2.25, 0.2757", "2.6, 0.05", "3.0, 1.0"})
    void bothRoutesGiveTheSameStationaryState(double g, double a) {
        RegionState byPotential = a == 0.0 ? potential.scs(g) : potential.chaoticState(g, a).orElseThrow();
        StationaryCorrelation byFft = fft.solveAnderson(new StationaryCorrelationProblem(g, a, erf, 0.2, 2048));
        assertThat(byFft.converged()).isTrue();
        assertThat(byFft.delta0()).isCloseTo(byPotential.delta0(), within(1e-8));
        assertThat(byFft.deltaInf()).isCloseTo(byPotential.deltaInf(), within(1e-8));
    }

    @ParameterizedTest
    @CsvSource({"2.0, 0.0", "2.25, 0.2757"})
    void particleMotionProfileEqualsTheFftProfile(double g, double a) {
        RegionState state = a == 0.0 ? potential.scs(g) : potential.chaoticState(g, a).orElseThrow();
        LagProfile motion = new ParticleMotion(erf).profile(state, 20.0, 401);
        StationaryCorrelation byFft = fft.solveAnderson(new StationaryCorrelationProblem(g, a, erf, 0.2, 2048));
        double[] onGrid = StationaryCorrelationSolver.sample(byFft, motion.lag());
        for (int k = 0; k < motion.lag().length; k += 10) {
            assertThat(motion.delta()[k]).as("Delta(%s)", motion.lag()[k]).isCloseTo(onGrid[k], within(1e-6));
        }
    }
}
