package org.mrdmft.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AutocorrelationTest {
    @Test
    void periodogramEqualsTheDirectUnbiasedSum() {
        SplittableRandom rng = new SplittableRandom(3);
        double[][] x = new double[3][37];
        for (double[] row : x) {
            for (int k = 0; k < row.length; k++) {
                row[k] = rng.nextGaussian() + Math.sin(0.3 * k);
            }
        }
        double[] c = Autocorrelation.average(x, 30);
        for (int l = 0; l <= 30; l++) {
            double direct = 0;
            for (double[] row : x) {
                for (int k = 0; k + l < row.length; k++) {
                    direct += row[k] * row[k + l];
                }
            }
            direct /= 3.0 * (37 - l);
            assertThat(c[l]).as("lag %d", l).isCloseTo(direct, within(1e-12));
        }
    }

    @Test
    void participationRatioCountsIndependentDirections() {
        SplittableRandom rng = new SplittableRandom(5);
        double[][] oneDim = new double[10][400];
        double[][] iso = new double[10][4000];
        for (int k = 0; k < 400; k++) {
            double z = rng.nextGaussian();
            for (int i = 0; i < 10; i++) {
                oneDim[i][k] = (i + 1) * z;
            }
        }
        for (double[] row : iso) {
            for (int k = 0; k < row.length; k++) {
                row[k] = rng.nextGaussian();
            }
        }
        assertThat(ParticipationRatio.of(oneDim)).isCloseTo(1.0, within(1e-9));
        assertThat(ParticipationRatio.of(iso)).isCloseTo(10.0, within(0.5));
    }
}
