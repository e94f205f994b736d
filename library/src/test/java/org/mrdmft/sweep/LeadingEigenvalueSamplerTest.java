package org.mrdmft.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hipparchus.complex.Complex;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.mrdmft.model.InteractionTensors;
import org.junit.jupiter.api.Test;
import org.mrdmft.config.ConfigException;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.stationary.Spectra;

/** Rejection sampling of T with a prescribed leading eigenvalue of That. */
class LeadingEigenvalueSamplerTest {

    @Test
    void hitsAReachableTarget() {
        double re = 1.6;
        double im = 0.4;
        LeadingEigenvalueSampler.Draw d = new LeadingEigenvalueSampler(0.01875, 200_000)
                .sample(2, re, im, Math.hypot(re, im), 11L);
        Complex leading = Spectra.outliers(NetworkModel.of(new double[2], d.tensor()))[0];
        assertThat(leading.getReal()).isCloseTo(re, org.assertj.core.data.Offset.offset(0.01875));
        assertThat(Math.abs(leading.getImaginary())).isCloseTo(im, org.assertj.core.data.Offset.offset(0.01875));
        assertThat(leading).isEqualTo(d.leading());
        assertThat(d.tries()).isGreaterThan(1);
        // deterministic in the seed
        assertThat(new LeadingEigenvalueSampler(0.01875, 200_000).sample(2, re, im, Math.hypot(re, im), 11L)
                .tensor()).isDeepEqualTo(d.tensor());
    }

    /**
     * The sampler integrates the radius out analytically; its draws must have the law of plain rejection
     * sampling (draw T, keep it when its leading eigenvalue hits the box). Compared by two-sample
     * Kolmogorov-Smirnov tests on the Frobenius norm of T and on Re and |Im| of the leading eigenvalue, at a
     * wide box so that plain rejection is affordable.
     */
    @Test
    void drawsHaveTheLawOfPlainRejectionSampling() {
        double re = 1.5;
        double im = 0.5;
        double tol = 0.2;
        double scale = Math.hypot(re, im);
        int n = 1500;
        LeadingEigenvalueSampler sampler = new LeadingEigenvalueSampler(tol, 1_000_000);
        double[][] fast = new double[3][n];
        for (int i = 0; i < n; i++) {
            LeadingEigenvalueSampler.Draw d = sampler.sample(2, re, im, scale, 1000L + i);
            fast[0][i] = frobenius(d.tensor());
            fast[1][i] = d.leading().getReal();
            fast[2][i] = Math.abs(d.leading().getImaginary());
        }
        double[][] plain = new double[3][n];
        RandomGenerator rng = new Well19937c(5);
        int tries = 0;
        for (int i = 0; i < n; ) {
            double[][][] t = InteractionTensors.random(2, scale, rng);
            tries++;
            Complex l = Spectra.outliers(NetworkModel.of(new double[2], t))[0];
            if (Math.abs(l.getReal() - re) <= tol && Math.abs(Math.abs(l.getImaginary()) - im) <= tol) {
                plain[0][i] = frobenius(t);
                plain[1][i] = l.getReal();
                plain[2][i] = Math.abs(l.getImaginary());
                i++;
            }
        }
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        for (int k = 0; k < 3; k++) {
            assertThat(ks.kolmogorovSmirnovTest(fast[k], plain[k])).as("KS p-value of statistic %d", k)
                    .isGreaterThan(1e-3);
        }
        assertThat(tries).isGreaterThan(10 * n); // the wide box is still a rare event for plain rejection
    }

    private static double frobenius(double[][][] t) {
        double s = 0.0;
        for (double[][] a : t) {
            for (double[] b : a) {
                for (double v : b) {
                    s += v * v;
                }
            }
        }
        return Math.sqrt(s);
    }

    @Test
    void failsClearlyForAnUnreachableTarget() {
        assertThatThrownBy(() -> new LeadingEigenvalueSampler(0.01, 50).sample(2, 50.0, 0.0, 1.0, 1L))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("in 50 tries");
    }

    @Test
    void derivedSeedsAreStableAndDistinct() {
        assertThat(DerivedSeeds.of(3, 0, 0)).isEqualTo(DerivedSeeds.of(3, 0, 0)).isNotEqualTo(DerivedSeeds.of(3, 0, 1))
                .isNotEqualTo(DerivedSeeds.of(3, 1, 0)).isNotEqualTo(DerivedSeeds.of(4, 0, 0));
        assertThat(DerivedSeeds.of(-7, 5, 9)).isNotNegative();
    }
}
