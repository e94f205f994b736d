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
     * complex plane stay round, cells of a matrix square. The axis ranges must be fixed. The chart is measured in
     * unseen passes at the size it is given: the axes, titles and legends keep their room and the data area gets
     * what is left at equal units; as a smaller area can change the tick labels (and so the room the axes take),
     * the measurement is repeated at the fitted size until the units agree to 0.1 % (at most six passes; tick
     * labels that flip between two sizes can prevent that, and the best measured fit is drawn).
     */
    static Panel equalAspect(JFreeChart chart) {
        return (g, area) -> {
            XYPlot plot = chart.getXYPlot();
            double xRange = plot.getDomainAxis().getRange().getLength();
            double yRange = plot.getRangeAxis().getRange().getLength();
            Rectangle2D fitted = area;
            Rectangle2D best = area;
            double bestMismatch = Double.POSITIVE_INFINITY;
            for (int pass = 0; pass < 6; pass++) {
                Rectangle2D data = dataArea(chart, fitted);
                double xUnit = data.getWidth() / xRange;
                double yUnit = data.getHeight() / yRange;
                double mismatch = Math.abs(xUnit - yUnit) / Math.min(xUnit, yUnit);
                if (mismatch < bestMismatch) {
                    best = fitted;
                    bestMismatch = mismatch;
                }
                if (mismatch <= 1e-3) {
                    break;
                }
                double aroundX = fitted.getWidth() - data.getWidth(); // axes, legends: taken as fixed
                double aroundY = fitted.getHeight() - data.getHeight();
                double unit = Math.min((area.getWidth() - aroundX) / xRange, (area.getHeight() - aroundY) / yRange);
                double width = unit * xRange + aroundX;
                double height = unit * yRange + aroundY;
                fitted = new Rectangle2D.Double(area.getX() + (area.getWidth() - width) / 2,
                        area.getY() + (area.getHeight() - height) / 2, width, height);
            }
            chart.draw(g, best);
        };
    }

    /** The data area of {@code chart} drawn into {@code area}, measured on a scratch canvas. */
    private static Rectangle2D dataArea(JFreeChart chart, Rectangle2D area) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D measure = scratch.createGraphics();
        measure.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        chart.draw(measure, area, info);
        measure.dispose();
        return info.getPlotInfo().getDataArea();
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
