package org.mrdmft.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hipparchus.complex.Complex;
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
