package org.mrdmft.plot.style;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;

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
