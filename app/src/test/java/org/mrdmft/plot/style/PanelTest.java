package org.mrdmft.plot.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.mrdmft.plot.FigureWriter;

class PanelTest {
    /** Records the data area the plot hands its annotations. */
    private static final class DataArea extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        final transient List<Rectangle2D> seen = new ArrayList<>();

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                         ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
            seen.add(dataArea.getBounds2D());
        }
    }

    @Test
    void equalAspectMakesAUnitEquallyLongOnBothAxes() {
        for (double[] ranges : new double[][] {{0, 2, 0, 1}, {-1, 1, -3, 3}}) {
            JFreeChart chart = new LinePlot("Re \\lambda", "Im \\lambda").line(null, new double[] {0, 1},
                    new double[] {0, 1}, 0, 0).xRange(ranges[0], ranges[1]).yRange(ranges[2], ranges[3]).chart();
            DataArea probe = new DataArea();
            chart.getXYPlot().addAnnotation(probe);
            FigureWriter.textBoxes(Panel.equalAspect(chart), PaperSize.COLUMN);
            Rectangle2D area = probe.seen.get(probe.seen.size() - 1);
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
