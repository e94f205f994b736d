package org.mrdmft.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PeriodicityTest {
    private static final double DT = Sampled.DT;

    @Test
    void findsThePeriodOfASineBetweenSamples() {
        double period = 7.31;
        double[][] x = {Sampled.of(1600, t -> Math.sin(2 * Math.PI * t / period))};
        assertThat(Periodicity.period(x, 2.0, 0.05) * DT).isCloseTo(period, within(2e-3));
    }

    @Test
    void findsTheFullPeriodOfANonSinusoidalCycle() {
        // a fundamental plus a strong second harmonic: the autocorrelation also peaks near half the period,
        // but the signal only recurs after the full period
        double period = 12.0;
        double[][] x = {Sampled.of(2000, t -> Math.cos(2 * Math.PI * t / period)
                + 1.2 * Math.cos(4 * Math.PI * t / period + 0.7))};
        assertThat(Periodicity.period(x, 4.4, 0.05) * DT).isCloseTo(period, within(5e-3));
    }

    @Test
    void jointSignalsShareOnePeriod() {
        double period = 9.0;
        double[][] x = {Sampled.of(1500, t -> Math.sin(2 * Math.PI * t / period)),
            Sampled.of(1500, t -> 0.3 * Math.cos(2 * Math.PI * t / period + 1.0))};
        assertThat(Periodicity.period(x, 2.0, 0.05) * DT).isCloseTo(period, within(3e-3));
    }

    @Test
    void periodsLongerThanThreeQuartersOfTheRecordAreNotClaimed() {
        double[][] x = {Sampled.of(1000, t -> Math.sin(2 * Math.PI * t / 45.0))}; // record 50 time units
        assertThat(Periodicity.period(x, 2.0, 0.05)).isNaN();
    }

    @Test
    void quasiPeriodicAndNoisySignalsHaveNoPeriod() {
        double[][] quasi = {Sampled.of(2000, t -> Math.sin(t) + Math.sin(Math.sqrt(2.0) * t * 1.37))};
        assertThat(Periodicity.period(quasi, 4.0, 0.05)).isNaN();
        Random rng = new Random(3);
        double[][] noise = {Sampled.of(2000, t -> rng.nextGaussian())};
        assertThat(Periodicity.period(noise, 6.0, 0.05)).isNaN();
    }

    @Test
    void fftAutocorrelationEqualsTheDirectSums() {
        Random rng = new Random(7);
        double[][] x = {Sampled.of(301, t -> Math.sin(t) + 0.3 * rng.nextGaussian()), Sampled.of(301, t -> t * t)};
        double[] ac = Periodicity.autocorrelation(x, 200);
        double[] direct = new double[200];
        for (double[] s : x) {
            double mean = java.util.Arrays.stream(s).average().orElseThrow();
            for (int k = 0; k < 200; k++) {
                double sum = 0.0;
                for (int i = 0; i + k < s.length; i++) {
                    sum += (s[i] - mean) * (s[i + k] - mean);
                }
                direct[k] += sum / (s.length - k);
            }
        }
        for (int k = 0; k < 200; k++) {
            assertThat(ac[k]).isCloseTo(direct[k] / direct[0], within(1e-12));
        }
    }

    @Test
    void aSlowTrendIsNotAOneSamplePeriod() {
        double[][] x = {Sampled.of(1500, t -> Math.exp(-t / 30.0))};
        assertThat(Periodicity.period(x, 1.0, 0.05)).isNaN();
    }
}
