package org.mrdmft.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.ProgressListener;

/** The Lyapunov-against-g data: routing suppresses chaos, and the curves meet their known limits. */
class LyapunovVsGainTest {

    @Test
    void routingRegionIsLessChaoticThanScsAndJoinsItBeyondThePureChaosOnset() {
        LyapunovVsGain.Data d = LyapunovVsGain.compute(
                new LyapunovVsGain.Options(new double[] {1.5, 2.0, 2.5}, 26, 0.5, 3.0), ProgressListener.NONE);
        double[] g = d.disorder();
        double[] scs = d.scs();
        for (int i = 0; i < g.length; i++) {
            // the SCS: zero state (lambda = g - 1) up to g = 1, chaotic beyond
            if (g[i] <= 1.0) {
                assertThat(scs[i]).isCloseTo(g[i] - 1.0, within(1e-12));
            } else {
                assertThat(scs[i]).isPositive();
            }
            for (int k = 0; k < 3; k++) {
                double lambda = d.routing().get(k)[i];
                double gc = d.chaosOnsets()[k];
                if (g[i] < gc) {
                    assertThat(lambda).isNegative();
                } else if (g[i] < d.pureChaosOnsets()[k]) {
                    assertThat(d.chaoticWithStructure().get(k)[i]).isTrue();
                    assertThat(lambda).isPositive().isLessThan(scs[i]);
                } else {
                    assertThat(lambda).isCloseTo(scs[i], within(1e-12));
                }
            }
        }
        DataTable main = DataTable.find(d.tables(), "lyapunov-vs-gain");
        assertThat(main.columnNames()).contains("g", "lambda_scs", "lambda_routing_b2.0", "chaoticWithStructure_b2.5");
        assertThat(main.rows()).isEqualTo(26);
    }
}
