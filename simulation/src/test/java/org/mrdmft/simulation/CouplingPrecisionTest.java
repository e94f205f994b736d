package org.mrdmft.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;

/** simulation.precision: single stores the same network in half the memory and simulates the same physics. */
class CouplingPrecisionTest {
    private static final NetworkModel MODEL = NetworkModel.of(new double[] {2.0, 1.8},
            InteractionTensors.random(2, 1.5, 11));

    @Test
    void aSeedNamesTheSameNetworkInBothPrecisions() {
        SampledNetwork d = new NetworkSampler(MODEL, 60, false, CouplingPrecision.DOUBLE).sample(4, 1);
        SampledNetwork s = new NetworkSampler(MODEL, 60, false, CouplingPrecision.SINGLE).sample(4, 1);
        assertThat(s.blocks()).hasSameSizeAs(d.blocks());
        for (int b = 0; b < d.blocks().size(); b++) {
            double[] m = d.blocks().get(b).matrix();
            float[] f = s.blocks().get(b).singleMatrix();
            assertThat(s.blocks().get(b).matrix()).isNull();
            for (int k = 0; k < m.length; k++) {
                assertThat(f[k]).isEqualTo((float) m[k]);
            }
        }
        assertThat(s.readOut()[1][0]).containsExactly(d.readOut()[1][0]);
        assertThat(s.landing()[0][1]).containsExactly(d.landing()[0][1]);
    }

    @Test
    void singlePrecisionHalvesTheDenseBlocksInTheEstimate() {
        SimulationSettings base = new SimulationSettings(12_000, 0.1, 10, 1, 1L, SimulationScheme.EULER, 10, 5, 1,
                false, false, 1.0);
        double dbl = new NetworkSimulator(MODEL, base).memoryEstimate().bytes();
        double sgl = new NetworkSimulator(MODEL, base.withPrecision(CouplingPrecision.SINGLE)).memoryEstimate()
                .bytes();
        // two blocks (no cross disorder) of 12,000^2 entries: 4 bytes less per entry, the rest unchanged
        assertThat(dbl - sgl).isEqualTo(4.0 * 2 * 12_000.0 * 12_000.0);
        assertThat(sgl / dbl).isCloseTo(0.5, within(0.005));
    }

    @Test
    void singleAndDoubleRunsAgreeWithinStandardErrors() {
        int draws = 5;
        SimulationSettings s = new SimulationSettings(250, 0.1, 80, draws, 21L, SimulationScheme.EULER, 5, 20, 1,
                false, true, 1.0);
        List<SimulationResult> dbl = new NetworkSimulator(MODEL, s).run(ProgressListener.NONE);
        List<SimulationResult> sgl = new NetworkSimulator(MODEL, s.withPrecision(CouplingPrecision.SINGLE))
                .run(ProgressListener.NONE);
        for (int mu = 0; mu < 2; mu++) {
            int region = mu;
            compare("variance of region " + (mu + 1), dbl, sgl, r -> lateMean(r.variance(), r, region));
            compare("row norm of region " + (mu + 1), dbl, sgl,
                    r -> lateMean(SignFree.rowNorms(r.currents()), r, region));
        }
        compare("Lyapunov exponent", dbl, sgl, r -> r.lyapunov().exponent());
        // chaos: the single-precision trajectories leave the double ones, yet the draws stay the same networks
        assertThat(sgl.get(0).variance()[0][0]).isCloseTo(dbl.get(0).variance()[0][0], within(1e-5));
    }

    private static double lateMean(double[][] series, SimulationResult r, int mu) {
        int from = (int) Math.ceil(r.burnIn() / r.recordStep());
        return Simulations.timeMean(series, from, mu);
    }

    /** |mean_single - mean_double| &lt; 3 combined standard errors over the draws. */
    private static void compare(String what, List<SimulationResult> dbl, List<SimulationResult> sgl,
                                java.util.function.ToDoubleFunction<SimulationResult> f) {
        double[] a = dbl.stream().mapToDouble(f).toArray();
        double[] b = sgl.stream().mapToDouble(f).toArray();
        double se = Math.sqrt(sq(standardError(a)) + sq(standardError(b)));
        assertThat(se).as(what).isPositive();
        assertThat(Math.abs(mean(a) - mean(b))).as(what + ": double %s, single %s", mean(a), mean(b))
                .isLessThan(3 * se);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double standardError(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1) / x.length);
    }

    private static double sq(double x) {
        return x * x;
    }
}
