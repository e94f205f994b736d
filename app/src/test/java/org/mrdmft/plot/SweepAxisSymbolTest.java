package org.mrdmft.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mrdmft.plot.style.MathText;

/** Sweep map axes are labelled with symbols, regions counted from 1, never with the config key of a known axis. */
class SweepAxisSymbolTest {
    @Test
    void knownKeysBecomeSymbols() {
        assertThat(SweepAxisSymbol.of("leadingEigenvalue.re")).isEqualTo("Re λ");
        assertThat(SweepAxisSymbol.of("leadingEigenvalue.im")).isEqualTo("Im λ");
        assertThat(SweepAxisSymbol.of("disorder")).isEqualTo("g");
        assertThat(MathText.of(SweepAxisSymbol.of("disorder.0")).plain()).isEqualTo("g1");
        assertThat(SweepAxisSymbol.of("disorder[2]")).isEqualTo("g^{3}");
        assertThat(SweepAxisSymbol.of("interactions.reciprocal.b.1")).isEqualTo("b^{2}");
    }

    @Test
    void anUnknownKeyKeepsItsSpelling() {
        assertThat(SweepAxisSymbol.of("stationary.starts")).isEqualTo("stationary.starts");
    }
}
