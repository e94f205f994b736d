package org.mrdmft.plot.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.mrdmft.plot.FigureWriter;

class PanelTest {
    @Test
    void equalAspectMakesAUnitEquallyLongOnBothAxes() {
        for (double[] ranges : new double[][] {{0, 2, 0, 1}, {-1, 1, -3, 3}}) {
            JFreeChart chart = new LinePlot("Re \\lambda", "Im \\lambda").line(null, new double[] {0, 1},
                    new double[] {0, 1}, 0, 0).xRange(ranges[0], ranges[1]).yRange(ranges[2], ranges[3]).chart();
            DataAreaProbe probe = new DataAreaProbe();
            chart.getXYPlot().addAnnotation(probe);
            FigureWriter.textBoxes(Panel.equalAspect(chart), PaperSize.COLUMN);
            Rectangle2D area = probe.last();
            double xUnit = area.getWidth() / (ranges[1] - ranges[0]);
            double yUnit = area.getHeight() / (ranges[3] - ranges[2]);
            assertThat(xUnit).isCloseTo(yUnit, within(0.01 * yUnit));
        }
    }

    @Test
    void aLetteredPanelPutsItsLetterAboveTheChartWithoutOverlap() {
        Panel p = new LinePlot("t", "x").line("x(t)", new double[] {0, 1}, new double[] {0, 1}, 0, 0).panel()
                .lettered("a");
        TextBoxes boxes = FigureWriter.textBoxes(p, PaperSize.COLUMN);
        assertThat(boxes.problems(PaperSize.COLUMN.canvas())).isEmpty();
        TextBox letter = boxes.boxes().stream().filter(b -> b.text().equals("a")).findFirst().orElseThrow();
        assertThat(letter.bounds().getMinX()).isLessThan(10);
        assertThat(letter.bounds().getMinY()).isLessThan(5);
    }
}
