package org.mrdmft.plot.style;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * Something that draws itself into a rectangle of a canvas, in points: one chart, or a composite of several laid out
 * side by side. The figure writer (org.mrdmft.plot.FigureWriter) saves a panel at a {@link PaperSize}.
 */
@FunctionalInterface
public interface Panel {
    /** Draws into {@code area} of {@code g} (units: points at print size). */
    void draw(Graphics2D g, Rectangle2D area);

    /** A JFreeChart filling the area. */
    static Panel of(JFreeChart chart) {
        return chart::draw;
    }

    /**
     * An x-y chart whose data area is shrunk (and centred) so that one unit is as long on both axes: discs in a
     * complex plane stay round, cells of a matrix square. The axis ranges must be fixed; the chart is measured in
     * a first, unseen pass at the size it is given.
     */
    static Panel equalAspect(JFreeChart chart) {
        return (g, area) -> {
            XYPlot plot = chart.getXYPlot();
            double xRange = plot.getDomainAxis().getRange().getLength();
            double yRange = plot.getRangeAxis().getRange().getLength();
            ChartRenderingInfo info = new ChartRenderingInfo();
            BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            Graphics2D measure = scratch.createGraphics();
            measure.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            chart.draw(measure, area, info);
            measure.dispose();
            Rectangle2D data = info.getPlotInfo().getDataArea();
            double width = data.getHeight() * xRange / yRange;
            Rectangle2D fitted;
            if (width <= data.getWidth()) {
                double cut = data.getWidth() - width;
                fitted = new Rectangle2D.Double(area.getX() + cut / 2, area.getY(), area.getWidth() - cut,
                        area.getHeight());
            } else {
                double cut = data.getHeight() - data.getWidth() * yRange / xRange;
                fitted = new Rectangle2D.Double(area.getX(), area.getY() + cut / 2, area.getWidth(),
                        area.getHeight() - cut);
            }
            chart.draw(g, fitted);
        };
    }

    /**
     * This panel with a bold panel letter ("a", "b", ...) in its top-left corner, in a band of its own above the
     * panel so that it covers nothing.
     */
    default Panel lettered(String letter) {
        Panel inner = this;
        return (g, area) -> {
            double band = 1.15 * PaperStyle.LETTER;
            inner.draw(g, new Rectangle2D.Double(area.getX(), area.getY() + band, area.getWidth(),
                    area.getHeight() - band));
            g.setFont(PaperFonts.bold(PaperStyle.LETTER));
            g.setPaint(Color.BLACK);
            g.drawString(letter, (float) (area.getX() + 2), (float) (area.getY() + PaperStyle.LETTER));
        };
    }
}
