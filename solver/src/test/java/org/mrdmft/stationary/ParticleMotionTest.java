package org.mrdmft.stationary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mrdmft.kernel.ErfKernel;
import org.mrdmft.kernel.GaussianKernel;

class ParticleMotionTest {

    private final GaussianKernel erf = new ErfKernel();
    private final RoutingBranches branches = new RoutingBranches(erf);
    private final ParticleMotion motion = new ParticleMotion(erf);

    @Test
    void staticProfileIsConstant() {
        RegionState s = branches.routingState(2.5, 1.5);
        LagProfile p = branches.lagProfile(2.5, 1.5, 40.0, 401);
        for (double d : p.delta()) {
            assertThat(d).isEqualTo(s.delta0());
        }
        assertThat(p.lag()[400]).isEqualTo(40.0);
    }

    @Test
    void chaoticProfilesStartAtRestAndDecayMonotonicallyToTheirAsymptote() {
        for (double g : new double[] {2.25, 2.6}) {
            RegionState s = branches.routingState(2.5, g);
            LagProfile p = motion.profile(s, 40.0, 4001);
            double[] d = p.delta();
            double dt = p.lag()[1];
            assertThat(d[0]).isEqualTo(s.delta0());
            // zero initial slope: Delta(dt) - D0 = -V'(D0) dt^2 / 2 + O(dt^4)
            RegionPotential v = RegionPotential.of(erf, g, s.delta0(), s.structuredVariance());
            assertThat((d[1] - d[0]) / dt).isCloseTo(0.0, within(2 * v.slope(s.delta0()) * dt));
            assertThat(d[1] - d[0]).isCloseTo(-0.5 * v.slope(s.delta0()) * dt * dt, within(1e-6));
            for (int k = 1; k < d.length; k++) {
                assertThat(d[k]).as("g=%s k=%s", g, k).isLessThan(d[k - 1]).isGreaterThan(s.deltaInf());
            }
            // the gap to Dinf closes at the rate lambda = sqrt(-V''(Dinf)) of the linearised motion
            double lambda = Math.sqrt(-v.curvature(s.deltaInf()));
            int n = d.length - 1;
            int back = (int) Math.round(1.0 / dt);
            double rate = Math.log((d[n - back] - s.deltaInf()) / (d[n] - s.deltaInf())) / (p.lag()[n] - p.lag()[n - back]);
            assertThat(rate).as("g=%s", g).isCloseTo(lambda, within(1e-4 * lambda));
            assertThat(d[n] - s.deltaInf()).isLessThan(1e-4);
        }
    }

    @Test
    void profileSatisfiesTheEquationOfMotion() {
        for (double g : new double[] {2.25, 2.6}) {
            RegionState s = branches.routingState(2.5, g);
            RegionPotential v = RegionPotential.of(erf, g, s.delta0(), s.structuredVariance());
            LagProfile p = motion.profile(s, 20.0, 2001);
            double[] d = p.delta();
            double h = p.lag()[1];
            double worst = 0.0;
            for (int k = 1; k < d.length - 1; k++) {
                double second = (d[k + 1] - 2 * d[k] + d[k - 1]) / (h * h);
                worst = Math.max(worst, Math.abs(second + v.slope(d[k])));
            }
            assertThat(worst).as("g=%s", g).isLessThan(1e-4);
        }
    }

    @Test
    void profileConservesEnergyAcrossTheSwitchToTheFirstOrderForm() {
        RegionState s = branches.routingState(2.5, 2.25);
        RegionPotential v = RegionPotential.of(erf, 2.25, s.delta0(), s.structuredVariance());
        LagProfile p = motion.profile(s, 40.0, 8001);
        double[] d = p.delta();
        double h = p.lag()[1];
        for (int k = 1; k < d.length - 1; k += 50) {
            double velocity = (d[k + 1] - d[k - 1]) / (2 * h);
            double energy = 0.5 * velocity * velocity + v.value(d[k]) - v.value(s.delta0());
            assertThat(energy).as("k=%s", k).isCloseTo(0.0, within(1e-6));
        }
    }
}
