package org.mrdmft.plot.style;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/** An invisible annotation that records the data area its plot hands it at every draw (tests of aspect ratios). */
public final class DataAreaProbe extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private final transient List<Rectangle2D> seen = new ArrayList<>();

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        seen.add(dataArea.getBounds2D());
    }

    /** The data area of the last draw. */
    public Rectangle2D last() {
        return seen.get(seen.size() - 1);
    }
}
