package org.mrdmft.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.mrdmft.plot.style.MathLegend;
import org.mrdmft.plot.style.Panel;

/**
 * A legend on its own, centred in its area: the key a composite shares between several panels that draw the same
 * series (so that each small panel keeps its whole area for data).
 *
 * @param legend the entries, drawn in rows that fit the area's width
 */
record LegendPanel(MathLegend legend) implements Panel {
    /** A legend panel of {@code entries}. */
    static LegendPanel of(List<MathLegend.Entry> entries) {
        return new LegendPanel(new MathLegend(entries));
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        org.jfree.chart.ui.Size2D size = legend.arrange(g, new org.jfree.chart.block.RectangleConstraint(
                area.getWidth(), null, org.jfree.chart.block.LengthConstraintType.RANGE, area.getHeight(), null,
                org.jfree.chart.block.LengthConstraintType.NONE));
        double w = Math.min(size.getWidth(), area.getWidth());
        double h = size.getHeight();
        legend.draw(g, new Rectangle2D.Double(area.getCenterX() - w / 2, area.getCenterY() - h / 2, w, h));
    }
}
