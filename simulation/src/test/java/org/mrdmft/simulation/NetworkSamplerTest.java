package org.mrdmft.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.model.InputDrive;
import org.mrdmft.model.InputPhase;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;

class NetworkSamplerTest {
    private static final int N = 200_000;

    private static NetworkModel twoRegions(double scale) {
        double[][][] u = {{{1.0, 0.3}, {0.3, 0.8}}, {{1.2, -0.2}, {-0.2, 1.0}}};
        InputDrive inputs = new InputDrive(new double[][] {{0.2, 0.0}, {-0.1, 0.3}},
                List.of(new InputPhase(0, 10, new double[] {1.0, 0.5})), true);
        return new NetworkModel(2, Nonlinearity.ERF, new double[2], new double[2][2],
                InteractionTensors.random(2, scale, 4), u, inputs);
    }

    private static double mean(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s / a.length;
    }

    /** Asserts the empirical second moment of a and b within 4 standard errors of the target. */
    private static void assertOverlap(double[] a, double[] b, double caa, double cbb, double cab, String what) {
        double se = Math.sqrt((caa * cbb + cab * cab) / a.length);
        assertThat(mean(a, b)).as(what).isCloseTo(cab, within(4 * se));
    }

    @Test
    void empiricalOverlapsMatchTheCovariance() {
        NetworkModel model = twoRegions(0.8);
        SampledNetwork net = new NetworkSampler(model, N, false).sample(11, 0);
        assertThat(net.blocks()).isEmpty();
        for (int nu = 0; nu < 2; nu++) {
            double s2 = net.readOutVariance()[nu];
            for (int mu = 0; mu < 2; mu++) {
                double[] n = net.readOut()[mu][nu];
                for (int mu2 = 0; mu2 < 2; mu2++) {
                    assertOverlap(n, net.readOut()[mu2][nu], s2, s2, mu == mu2 ? s2 : 0.0, "<n n>");
                }
                for (int rho = 0; rho < 2; rho++) {
                    double[] m = net.landing()[nu][rho];
                    assertOverlap(n, m, s2, model.overlap(nu, rho, rho), model.interaction(mu, nu, rho), "<n m>");
                    for (int rho2 = 0; rho2 < 2; rho2++) {
                        assertOverlap(m, net.landing()[nu][rho2], model.overlap(nu, rho, rho),
                                model.overlap(nu, rho2, rho2), model.overlap(nu, rho, rho2), "<m m>");
                    }
                    assertOverlap(m, net.patterns()[nu], model.overlap(nu, rho, rho), 1, 0, "<m w>");
                }
                assertOverlap(n, net.patterns()[nu], s2, 1, model.inputs().overlap(mu, nu), "<n w>");
            }
            assertOverlap(net.patterns()[nu], net.patterns()[nu], 1, 1, 1, "<w w>");
        }
    }

    @Test
    void readOutVarianceIsRaisedUntilPsdAndReported() {
        double[][][] t = {{{1.5}}};
        NetworkModel model = NetworkModel.of(new double[1], t);
        NetworkSampler sampler = new NetworkSampler(model, 100, false);
        double s2 = sampler.readOutVariance(0);
        // [[s, 1.5], [1.5, 1]] is positive definite iff s > 2.25: 1.05^17 = 2.292 is the first power above
        assertThat(s2).isCloseTo(Math.pow(1.05, 17), within(1e-12));
        SampledNetwork net = sampler.sample(1, 0);
        assertThat(net.readOutVariance()).containsExactly(s2);
        assertThat(net.warnings()).singleElement().asString().contains("raised to 2.29");

        SampledNetwork plain = new NetworkSampler(NetworkModel.of(new double[1], new double[][][] {{{0.5}}}), 100,
                false).sample(1, 0);
        assertThat(plain.readOutVariance()).containsExactly(1.0);
        assertThat(plain.warnings()).isEmpty();
    }

    @Test
    void drawsAreReproducibleAndDistinct() {
        NetworkModel model = twoRegions(0.8).withDisorder(new double[] {1.0, 0.5});
        NetworkSampler sampler = new NetworkSampler(model, 50, false);
        SampledNetwork a = sampler.sample(7, 1);
        SampledNetwork b = sampler.sample(7, 1);
        assertThat(a.readOut()).isDeepEqualTo(b.readOut());
        assertThat(a.blocks().get(1).matrix()).isEqualTo(b.blocks().get(1).matrix());
        assertThat(a.initialCurrents()).isDeepEqualTo(b.initialCurrents());
        assertThat(sampler.sample(8, 1).readOut()[0][0]).isNotEqualTo(a.readOut()[0][0]);
        assertThat(sampler.sample(7, 0).readOut()[0][0]).isNotEqualTo(a.readOut()[0][0]);
        assertThat(sampler.sample(7, 0).blocks().get(0).matrix()).isNotEqualTo(a.blocks().get(0).matrix());
    }

    @Test
    void sharedMatrixModeReadsOneMatrixThroughPermutations() {
        NetworkModel model = twoRegions(0.8).withDisorder(new double[] {1.0, 0.5});
        SampledNetwork net = new NetworkSampler(model, 50, true).sample(7, 0);
        assertThat(net.blocks()).hasSize(2);
        assertThat(net.blocks().get(0).matrix()).isSameAs(net.blocks().get(1).matrix());
        assertThat(net.blocks().get(0).rowOf()).isNotEqualTo(net.blocks().get(1).rowOf());
        assertThat(new NetworkSampler(model, 50, true).denseMatrices()).isEqualTo(1);
        assertThat(new NetworkSampler(model, 50, false).denseMatrices()).isEqualTo(2);
    }
}
