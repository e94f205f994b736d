package org.mrdmft.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.stationary.StationarySettings;
import org.mrdmft.validation.ValidationSettings;

/** Each withX copy of a settings record changes its own setting and keeps every other one. */
class SettingsCopiesTest {
    @Test
    void stationary() {
        StationarySettings d = StationarySettings.defaults();
        assertThat(d.withStarts(8)).isEqualTo(new StationarySettings(8, d.seed(), d.currentScale(), d.tolerance(),
                d.lagStep(), d.maxLag()));
        assertThat(d.withSeed(5)).isEqualTo(new StationarySettings(d.starts(), 5, d.currentScale(), d.tolerance(),
                d.lagStep(), d.maxLag()));
        assertThat(d.withCurrentScale(3)).isEqualTo(new StationarySettings(d.starts(), d.seed(), 3, d.tolerance(),
                d.lagStep(), d.maxLag()));
        assertThat(d.withTolerance(1e-9)).isEqualTo(new StationarySettings(d.starts(), d.seed(), d.currentScale(),
                1e-9, d.lagStep(), d.maxLag()));
        assertThat(d.withMaxLag(400, 0.1)).isEqualTo(new StationarySettings(d.starts(), d.seed(), d.currentScale(),
                d.tolerance(), 0.1, 400));
    }

    @Test
    void simulation() {
        SimulationSettings d = SimulationSettings.defaults();
        assertThat(d.withNeurons(300)).isEqualTo(new SimulationSettings(300, d.dt(), d.duration(), d.draws(),
                d.seed(), d.scheme(), d.recordEvery(), d.burnIn(), d.threads(), d.sharedMatrix()));
        assertThat(d.withDuration(40, 20)).isEqualTo(new SimulationSettings(d.neurons(), d.dt(), 40, d.draws(),
                d.seed(), d.scheme(), d.recordEvery(), 20, d.threads(), d.sharedMatrix()));
        assertThat(d.withDraws(3)).isEqualTo(new SimulationSettings(d.neurons(), d.dt(), d.duration(), 3,
                d.seed(), d.scheme(), d.recordEvery(), d.burnIn(), d.threads(), d.sharedMatrix()));
        assertThat(d.withSeed(9)).isEqualTo(new SimulationSettings(d.neurons(), d.dt(), d.duration(), d.draws(),
                9, d.scheme(), d.recordEvery(), d.burnIn(), d.threads(), d.sharedMatrix()));
        assertThat(d.withDt(0.01)).isEqualTo(new SimulationSettings(d.neurons(), 0.01, d.duration(), d.draws(),
                d.seed(), d.scheme(), d.recordEvery(), d.burnIn(), d.threads(), d.sharedMatrix()));
        assertThat(d.withThreads(2)).isEqualTo(new SimulationSettings(d.neurons(), d.dt(), d.duration(), d.draws(),
                d.seed(), d.scheme(), d.recordEvery(), d.burnIn(), 2, d.sharedMatrix()));
    }

    @Test
    void validation() {
        ValidationSettings d = ValidationSettings.defaults();
        ValidationSettings n = d.withNeurons(100, 300);
        assertThat(n.neurons()).containsExactly(100, 300);
        assertThat(n.lags()).containsExactly(d.lags());
        assertThat(n.spectrumNeurons()).isEqualTo(d.spectrumNeurons());
        assertThat(n.gainTolerance()).isEqualTo(d.gainTolerance());
        ValidationSettings l = d.withLags(0, 2);
        assertThat(l.lags()).containsExactly(0, 2);
        assertThat(l.neurons()).containsExactly(d.neurons());
        assertThat(d.withSpectrumNeurons(0).spectrumNeurons()).isZero();
        assertThat(d.withSpectrumNeurons(0).rowNormTolerance()).isEqualTo(d.rowNormTolerance());
    }

    @Test
    void dmftSteps() {
        DmftSettings d = DmftSettings.defaults().withSteps(801);
        assertThat(d.steps()).isEqualTo(801);
        assertThat(d.dt()).isEqualTo(DmftSettings.defaults().dt());
        assertThat(d.duration()).isCloseTo(40.0, org.assertj.core.api.Assertions.within(1e-12));
    }
}
