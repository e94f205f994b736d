package org.mrdmft.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.plot.style.Panel;
import org.mrdmft.plot.style.PaperSize;
import org.mrdmft.plot.style.TextBox;
import org.mrdmft.plot.style.TextBoxes;

/**
 * The grid of a composite: rows of the stated heights in inches, cells sharing a row's width by their weights,
 * letters a, b, c ... row by row above each lettered panel, never over the panel's own text.
 */
class PanelGridTest {
    /** Records the area it was given and writes a label in its top-left corner (where a letter would collide). */
    private static Panel recording(List<Rectangle2D> areas) {
        return (g, area) -> {
            areas.add(area);
            g.setFont(org.mrdmft.plot.style.PaperStyle.labelFont());
            g.drawString("Wy", (float) area.getX() + 1, (float) area.getY() + 8);
        };
    }

    @Test
    void cellsShareRowsByWeightAndLettersGoRowByRow() {
        List<Rectangle2D> areas = new ArrayList<>();
        PanelGrid grid = PanelGrid.ofWidth(7)
                .row(2, PanelGrid.Cell.of(recording(areas), 1), PanelGrid.Cell.of(recording(areas), 3))
                .row(1, PanelGrid.Cell.plain(recording(areas), 1))
                .row(1.5, List.of(recording(areas), recording(areas), recording(areas)))
                .build();
        assertThat(grid.height()).isEqualTo(4.5);
        assertThat(grid.size()).isEqualTo(new PaperSize(7, 4.5));
        assertThat(grid.letters()).isEqualTo(5);

        TextBoxes boxes = FigureWriter.textBoxes(grid, grid.size());

        assertThat(areas).hasSize(6);
        double gap = PanelGrid.GAP * 72;
        // 1 : 3 of the page width, less the gaps
        assertThat(areas.get(0).getWidth() + gap).isCloseTo(7 * 72 / 4.0, within(1e-9));
        assertThat(areas.get(1).getWidth() + gap).isCloseTo(3 * 7 * 72 / 4.0, within(1e-9));
        // the plain cell spans the page below the first row, with no band for a letter
        assertThat(areas.get(2).getY() - gap / 2).isCloseTo(2 * 72, within(1e-9));
        assertThat(areas.get(2).getHeight() + gap).isCloseTo(72, within(1e-9));
        List<String> letters = boxes.boxes().stream().map(TextBox::text).filter(t -> t.length() == 1).toList();
        assertThat(letters).containsExactly("a", "b", "c", "d", "e");
        assertThat(boxes.problems(grid.size().canvas())).isEmpty();
    }
}
