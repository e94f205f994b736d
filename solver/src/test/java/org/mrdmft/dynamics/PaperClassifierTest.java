package org.mrdmft.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.DmftScheme;
import org.mrdmft.dmft.LagSlice;
import org.mrdmft.dmft.TransientResult;

class PaperClassifierTest {
    private static final double DT = 0.05;
    /** Lags of the paper's slice: Nt = 2500, t0 = 41.65 (index 833). */
    private static final int LAGS = 2500 - 833;

    private static double[] slice(DoubleUnaryOperator f) {
        double[] d = new double[LAGS];
        for (int k = 0; k < LAGS; k++) {
            d[k] = f.applyAsDouble(k * DT);
        }
        return d;
    }

    @Test
    void constantIsFixedPoint() {
        assertThat(PaperClassifier.classify(slice(tau -> 1.0))).isEqualTo(DynamicsLabel.FIXED_POINT);
    }

    @Test
    void tinyWiggleIsStillFixedPoint() {
        double[] d = slice(tau -> 0.999 + 0.005 * Math.cos(tau));
        assertThat(PaperClassifier.classify(d)).isEqualTo(DynamicsLabel.FIXED_POINT);
    }

    @Test
    void exponentialDecayToZeroIsChaos() {
        assertThat(PaperClassifier.classify(slice(tau -> Math.exp(-tau)))).isEqualTo(DynamicsLabel.CHAOS);
    }

    @Test
    void decayToPlateauIsFixedPointWithChaos() {
        double[] d = slice(tau -> 0.5 + 0.5 * Math.exp(-tau));
        assertThat(PaperClassifier.classify(d)).isEqualTo(DynamicsLabel.FIXED_POINT_CHAOS);
    }

    @Test
    void decayToSmallPlateauBelowThresholdIsChaos() {
        double[] d = slice(tau -> 0.04 + 0.96 * Math.exp(-tau));
        assertThat(PaperClassifier.classify(d)).isEqualTo(DynamicsLabel.CHAOS);
    }

    @Test
    void cosineIsLimitCycle() {
        double[] d = slice(tau -> Math.cos(2 * Math.PI * tau / 10));
        assertThat(PaperClassifier.classify(d)).isEqualTo(DynamicsLabel.LIMIT_CYCLE);
    }

    @Test
    void slightlyDampedRecurrenceAbove097IsLimitCycle() {
        // peaks 0.975, 0.975, ...: second peak <= 0.98 but second and third > 0.97
        double[] d = slice(tau -> 0.025 * Math.exp(-tau) + 0.975 * Math.cos(2 * Math.PI * tau / 10));
        assertThat(PaperClassifier.classify(d)).isEqualTo(DynamicsLabel.LIMIT_CYCLE);
    }

    @Test
    void dampedCosineWithPlateauIsLimitCycleWithChaos() {
        // peaks approach 0.5 + 0.3 slowly: second-to-last / last < 1.05, second peak well below 0.97
        double[] d = slice(tau -> 0.3 * Math.cos(2 * Math.PI * tau / 10) * (1 + Math.exp(-tau / 20))
                + 0.1 * Math.exp(-tau) + 0.3);
        assertThat(PaperClassifier.classify(d)).isEqualTo(DynamicsLabel.LIMIT_CYCLE_CHAOS);
    }

    @Test
    void stronglyDampedCosineIsChaos() {
        // successive peaks shrink by e^2 per period: second-to-last > 1.05 x last
        double[] d = slice(tau -> Math.exp(-tau / 5) * Math.cos(2 * Math.PI * tau / 10));
        assertThat(PaperClassifier.classify(d)).isEqualTo(DynamicsLabel.CHAOS);
    }

    @Test
    void exactlyTwoPeaksIsChaos() {
        // one echo at tau = 20 (0.6), decaying to zero otherwise
        double[] d = slice(tau -> Math.exp(-tau) + 0.6 * Math.exp(-(tau - 20) * (tau - 20)));
        assertThat(PaperClassifier.peakValues(d, d.length)).hasSize(2);
        assertThat(PaperClassifier.classify(d)).isEqualTo(DynamicsLabel.CHAOS);
    }

    @Test
    void earlyLocalMaximumCountsAsTauZero() {
        // rises to a maximum at sample 3, then decays to a plateau: still a single peak
        double[] d = slice(tau -> 0.5 + 0.5 * Math.exp(-(tau - 0.15) * (tau - 0.15)));
        assertThat(PaperClassifier.localMaxima(d, d.length)).containsExactly(3);
        assertThat(PaperClassifier.peakValues(d, d.length)).hasSize(1);
        assertThat(PaperClassifier.classify(d)).isEqualTo(DynamicsLabel.FIXED_POINT_CHAOS);
    }

    @Test
    void localMaximumBeyondTenSamplesIsASecondPeak() {
        // same shape with the maximum at sample 12: two peaks, the second ~1 -> limit cycle
        double[] d = slice(tau -> 0.5 + 0.5 * Math.exp(-(tau - 0.6) * (tau - 0.6)));
        assertThat(PaperClassifier.localMaxima(d, d.length)).containsExactly(12);
        assertThat(PaperClassifier.classify(d)).isEqualTo(DynamicsLabel.LIMIT_CYCLE);
    }

    @Test
    void flatTopIsOnePeakAndFinalPlateauIsNone() {
        double[] d = {0, 1, 2, 2, 2, 1, 0, 1, 1, 1};
        assertThat(PaperClassifier.localMaxima(d, d.length)).containsExactly(3);
    }

    @Test
    void nanTailIsIgnoredAndAllNanIsFixedPoint() {
        double[] d = slice(tau -> tau < 40 ? Math.exp(-tau) : Double.NaN);
        assertThat(PaperClassifier.classify(d)).isEqualTo(DynamicsLabel.CHAOS);
        assertThat(PaperClassifier.classify(new double[] {Double.NaN, Double.NaN}))
                .isEqualTo(DynamicsLabel.FIXED_POINT);
    }

    @Test
    void resultUsesSliceNearestOneThirdOfTheRun() {
        int nt = 2500;
        double[][] chaos = {slice(tau -> Math.exp(-tau)), slice(tau -> 1.0)};
        double[][] cycle = {slice(tau -> Math.cos(2 * Math.PI * tau / 10)), slice(tau -> 1.0)};
        TransientResult r = new TransientResult(DmftScheme.EXP_TRAPEZOID, DT, new double[nt][2][2],
                new double[nt][2][2], new double[nt][2], new double[nt][2],
                List.of(new LagSlice(100, 5.0, cycle, cycle), new LagSlice(833, 41.65, chaos, chaos),
                        new LagSlice(1249, 62.45, cycle, cycle)), null, 0, 0);
        assertThat(PaperClassifier.classify(r)).containsExactly(DynamicsLabel.CHAOS, DynamicsLabel.FIXED_POINT);
    }

    @Test
    void resultWithoutSlicesIsRejected() {
        TransientResult r = new TransientResult(DmftScheme.EXP_TRAPEZOID, DT, new double[3][1][1],
                new double[3][1][1], new double[3][1], new double[3][1], List.of(), null, 0, 0);
        assertThatThrownBy(() -> PaperClassifier.classify(r))
                .isInstanceOf(org.mrdmft.failure.InvalidInputException.class);
    }

    @Test
    void labelsSpellAsInTheInterface() {
        assertThat(DynamicsLabel.FIXED_POINT_CHAOS.configName()).isEqualTo("fixed-point+chaos");
        assertThat(DynamicsLabel.LIMIT_CYCLE_CHAOS.configName()).isEqualTo("limit-cycle+chaos");
    }

    @Test
    void roundingNoiseOnAPlateauIsNotOscillation() {
        // a decay to a plateau reached to machine precision, with alternating noise of 1e-13 on it
        double[] d = new double[2000];
        for (int k = 0; k < d.length; k++) {
            d[k] = 0.8 + 0.2 * Math.exp(-k * 0.05) + ((k % 3 == 0) ? 1e-13 : -1e-13);
        }
        d[0] = 1.0;
        assertThat(PaperClassifier.classify(d)).isEqualTo(DynamicsLabel.FIXED_POINT_CHAOS);
    }
}
