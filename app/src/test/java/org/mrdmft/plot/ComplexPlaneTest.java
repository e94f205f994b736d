package org.mrdmft.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.mrdmft.plot.style.DataAreaProbe;
import org.mrdmft.plot.style.LinePlot;
import org.mrdmft.plot.style.Panel;
import org.mrdmft.plot.style.PaperSize;
import org.mrdmft.plot.style.PaperStyle;

/** A complex plane shows every circle and marker, with one unit as long across as up (circles stay round). */
class ComplexPlaneTest {
    @Test
    void aCircleAndMarkersShowWholeAtEqualAspect() {
        // a wide spread of markers (re 0..6) beside a circle of radius 1: the data are wider than high
        JFreeChart chart = new ComplexPlane().circle("unit circle", 1.0, PaperStyle.color(0), PaperStyle.line(0))
                .points("eigenvalues", new double[] {6, 0.5, 0.5}, new double[] {0, 0.5, 0.5 + 1e-9},
                        PaperStyle.color(1), LinePlot.circle(LinePlot.MARKER))
                .vertical(1.0).chart();
        XYPlot plot = chart.getXYPlot();
        double m = ComplexPlane.MARGIN * 7; // the larger span: re from -1 to 6
        assertThat(plot.getDomainAxis().getLowerBound()).isCloseTo(-1 - m, within(1e-12));
        assertThat(plot.getDomainAxis().getUpperBound()).isCloseTo(6 + m, within(1e-12));
        assertThat(plot.getRangeAxis().getLowerBound()).isCloseTo(-1 - m, within(1e-12));
        assertThat(plot.getRangeAxis().getUpperBound()).isCloseTo(1 + m, within(1e-12));
        // the two markers closer than the resolution are drawn once
        assertThat(plot.getDataset().getItemCount(1)).isEqualTo(2);

        DataAreaProbe probe = new DataAreaProbe();
        plot.addAnnotation(probe);
        FigureWriter.textBoxes(Panel.equalAspect(chart), PaperSize.COLUMN);
        Rectangle2D area = probe.last();
        double xUnit = area.getWidth() / plot.getDomainAxis().getRange().getLength();
        double yUnit = area.getHeight() / plot.getRangeAxis().getRange().getLength();
        assertThat(xUnit).isCloseTo(yUnit, within(0.01 * yUnit));
    }
}
