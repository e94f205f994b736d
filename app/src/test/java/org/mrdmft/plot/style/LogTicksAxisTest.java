package org.mrdmft.plot.style;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mrdmft.plot.FigureWriter;

class LogTicksAxisTest {
    @Test
    void decadesArePowersOfTenOtherNumbersKeepTheirDigits() {
        assertThat(LogTicksAxis.text(100, true)).isEqualTo("10^{2}");
        assertThat(LogTicksAxis.text(1e-3, true)).isEqualTo("10^{\u22123}");
        assertThat(LogTicksAxis.text(1, true)).isEqualTo("1");
        assertThat(LogTicksAxis.text(10, true)).isEqualTo("10");
        assertThat(LogTicksAxis.text(200, true)).isEqualTo("200");
        assertThat(LogTicksAxis.text(0.05, true)).isEqualTo("0.05");
        assertThat(LogTicksAxis.text(100, false)).isEqualTo("100");
        assertThat(MathText.of(LogTicksAxis.text(1e4, true)).runs()).containsExactly(new MathText.Run("10", 0),
                new MathText.Run("4", 1));
    }

    @Test
    void shortAndLongRangesGetReadableNonOverlappingTicks() {
        double[] n = {100, 200, 400};
        double[] e = {0.3, 0.004, 2e-5};
        TextBoxes boxes = FigureWriter.textBoxes(new LinePlot(new LogTicksAxis("N"), new LogTicksAxis("error"))
                .line(null, n, e, 0, 0).panel(), PaperSize.COLUMN);
        assertThat(boxes.problems(PaperSize.COLUMN.canvas())).isEmpty();
        // x spans less than a decade: numbers; y spans four decades: powers of ten
        assertThat(boxes.boxes()).extracting(TextBox::text).contains("100", "200", "400", "10", "−2")
                .noneMatch(t -> t.contains("."));
    }
}
