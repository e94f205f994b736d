package org.mrdmft.plot.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.plot.FigureWriter;

/**
 * The text checks can fail: strings drawn on top of each other, or past the edge, are reported; the tick labels of
 * an axis squeezed into a narrow panel are spaced so that they do not overlap.
 */
class TextBoxesTest {
    private static final PaperSize SMALL = new PaperSize(1.5, 1.0);

    @Test
    void reportsOverlapsAndTextOutsideTheCanvas() {
        Panel clash = (g, area) -> {
            g.setFont(PaperFonts.regular(8));
            g.drawString("overlapping", 10f, 20f);
            g.drawString("labels", 20f, 22f);
            g.drawString("far right", (float) area.getMaxX() - 5, 40f);
            g.drawString(MathText.of("S^{12}").attributed(PaperFonts.regular(8)).getIterator(), 10f, 60f);
        };
        List<String> problems = FigureWriter.textBoxes(clash, SMALL).problems(SMALL.canvas());
        assertThat(problems).hasSize(2);
        assertThat(problems).anyMatch(p -> p.startsWith("overlap: 'overlapping'") && p.contains("'labels'"));
        assertThat(problems).anyMatch(p -> p.startsWith("outside the canvas") && p.contains("'far right'"));
    }

    @Test
    void rotatedTextIsBoxedInCanvasCoordinates() {
        Panel rotated = (g, area) -> {
            g.setFont(PaperFonts.regular(8));
            g.rotate(-Math.PI / 2, 20, 50);
            g.drawString("vertical", 20f, 50f);
        };
        TextBox box = FigureWriter.textBoxes(rotated, SMALL).boxes().get(0);
        assertThat(box.bounds().getHeight()).isGreaterThan(box.bounds().getWidth() * 2);
        assertThat(box.bounds().getMaxY()).isLessThanOrEqualTo(50.5);
    }

    @Test
    void tickLabelsOfANarrowAxisDoNotRunTogether() {
        double[] x = {0.0, 1.192, 2.384, 3.576, 1234.5678};
        double[] y = {-0.9231, 0.0, 0.5, 0.9231, 0.1};
        Panel narrow = new LinePlot("disorder g", "Re \\lambda").line(null, x, y, 0, 0).panel();
        TextBoxes boxes = FigureWriter.textBoxes(narrow, SMALL);
        assertThat(boxes.problems(SMALL.canvas())).isEmpty();
        assertThat(boxes.boxes()).extracting(TextBox::text).contains("0", "1000").doesNotContain("1.192", "0.9231");
    }
}
