package org.mrdmft.plot.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import org.junit.jupiter.api.Test;
import org.mrdmft.plot.style.MathText.Run;

class MathTextTest {
    @Test
    void scriptsGreekAndSymbols() {
        assertThat(MathText.of("‖S^{μ·}‖").runs()).containsExactly(new Run("‖S", 0), new Run("μ·", 1),
                new Run("‖", 0));
        assertThat(MathText.of("\\|S^{\\mu\\cdot}\\|")).isEqualTo(MathText.of("‖S^{μ·}‖"));
        assertThat(MathText.of("\\Delta^{12}(\\tau)").runs()).containsExactly(new Run("Δ", 0), new Run("12", 1),
                new Run("(τ)", 0));
        assertThat(MathText.of("x_1^2").runs()).containsExactly(new Run("x", 0), new Run("1", -1), new Run("2", 1));
        assertThat(MathText.of("S_{\\mu\\leftarrow\\nu}").plain()).isEqualTo("Sμ←ν");
    }

    @Test
    void hatAndSquareRoot() {
        assertThat(MathText.of("\\hat{T}").plain()).isEqualTo("T\u0302");
        assertThat(MathText.of("\\sqrt{A}").plain()).isEqualTo("√A");
        assertThat(MathText.of("\\sqrt{A_2}").plain()).isEqualTo("√(A2)");
        assertThat(MathText.of("Re \\lambda").plain()).isEqualTo("Re λ");
        assertThat(MathText.of("\\sqrt{a^2 \\minus 1}").runs()).containsExactly(new Run("√(a", 0), new Run("2", 1),
                new Run(" − 1)", 0));
        assertThat(MathText.of("\\hat{T}_{1}").runs()).containsExactly(new Run("T\u0302", 0), new Run("1", -1));
    }

    @Test
    void badMarkupNamesTheProblem() {
        assertThatThrownBy(() -> MathText.of("\\mue")).hasMessageContaining("\\mue");
        assertThatThrownBy(() -> MathText.of("S^{12")).hasMessageContaining("missing '}'");
        assertThatThrownBy(() -> MathText.of("S}")).hasMessageContaining("unbalanced");
        assertThatThrownBy(() -> MathText.of("S^")).hasMessageContaining("missing argument");
    }

    @Test
    void scriptsAreSmallerRaisedOrLoweredButNeverBelowTheMinimumSize() {
        Font base = PaperFonts.regular(9);
        AttributedCharacterIterator it = MathText.of("S^{12}_{3}").attributed(base).getIterator();
        it.setIndex(0);
        assertThat(((Font) it.getAttribute(TextAttribute.FONT)).getSize2D()).isEqualTo(9f);
        it.setIndex(1);
        Font sup = (Font) it.getAttribute(TextAttribute.FONT);
        assertThat(sup.getSize2D()).isLessThan(9f).isGreaterThanOrEqualTo((float) PaperStyle.MIN_TEXT);
        assertThat(sup.getTransform().getTranslateY()).isNegative();
        it.setIndex(3);
        assertThat(((Font) it.getAttribute(TextAttribute.FONT)).getTransform().getTranslateY()).isPositive();
        AttributedCharacterIterator seven = MathText.of("x^2").attributed(PaperFonts.regular(7)).getIterator();
        seven.setIndex(1);
        assertThat(((Font) seven.getAttribute(TextAttribute.FONT)).getSize2D()).isEqualTo(7f);
    }
}
