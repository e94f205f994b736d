package org.mrdmft.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The participation ratio from traces against the one from the covariance's eigenvalues. */
class ParticipationRatioTest {

    @Test
    void tracesGiveTheRatioOfTheEigenvalues() {
        // more neurons than samples (the Gram matrix is used) and fewer (the covariance is)
        for (int[] shape : new int[][] {{40, 25}, {25, 40}, {30, 30}}) {
            double[][] series = correlated(shape[0], shape[1], new SplittableRandom(shape[0] * 100 + shape[1]));
            double s1 = 0;
            double s2 = 0;
            for (double l : ParticipationRatio.covarianceEigenvalues(series)) {
                s1 += l;
                s2 += l * l;
            }
            double fromEigenvalues = s1 * s1 / s2;
            assertThat(fromEigenvalues).isGreaterThan(1.5).isLessThan(Math.min(shape[0], shape[1]) - 1.0);
            assertThat(ParticipationRatio.of(series)).as("%d neurons x %d samples", shape[0], shape[1])
                    .isCloseTo(fromEigenvalues, within(1e-12 * fromEigenvalues));
        }
    }

    @Test
    void constantActivityHasNoDimension() {
        double[][] flat = {{1, 1, 1}, {2, 2, 2}};
        assertThat(ParticipationRatio.of(flat)).isNaN();
    }

    /** Neurons mixing three latent signals with decreasing weights, plus a little independent noise. */
    private static double[][] correlated(int neurons, int samples, SplittableRandom rng) {
        double[][] latent = new double[3][samples];
        for (double[] z : latent) {
            for (int k = 0; k < samples; k++) {
                z[k] = rng.nextGaussian();
            }
        }
        double[][] x = new double[neurons][samples];
        for (int i = 0; i < neurons; i++) {
            double w0 = rng.nextGaussian();
            double w1 = 0.5 * rng.nextGaussian();
            double w2 = 0.25 * rng.nextGaussian();
            for (int k = 0; k < samples; k++) {
                x[i][k] = 3.0 + w0 * latent[0][k] + w1 * latent[1][k] + w2 * latent[2][k] + 0.05 * rng.nextGaussian();
            }
        }
        return x;
    }
}
