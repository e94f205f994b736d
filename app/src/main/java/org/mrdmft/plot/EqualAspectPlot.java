package org.mrdmft.plot;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;

/**
 * An XY plot whose two axes have the same scale, so that a circle in the data is a circle on paper (complex
 * planes: eigenvalues against discs of radius 1, 2, 3). Before drawing it widens the shorter of the two wanted
 * ranges about its centre until one data unit spans as many points across as up.
 */
final class EqualAspectPlot extends XYPlot {
    private static final long serialVersionUID = 1L;
    private final Range wantedX;
    private final Range wantedY;

    /**
     * @param wantedX the real-part range that must show
     * @param wantedY the imaginary-part range that must show
     */
    EqualAspectPlot(XYDataset data, ValueAxis x, ValueAxis y, XYItemRenderer renderer, Range wantedX, Range wantedY) {
        super(data, x, y, renderer);
        this.wantedX = wantedX;
        this.wantedY = wantedY;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        Rectangle2D inner = (Rectangle2D) area.clone();
        getInsets().trim(inner);
        getDomainAxis().setRange(wantedX, true, false);
        getRangeAxis().setRange(wantedY, true, false);
        AxisSpace space = calculateAxisSpace(g2, inner);
        Rectangle2D dataArea = space.shrink(inner, null);
        getAxisOffset().trim(dataArea);
        Range[] equal = equalScale(wantedX, wantedY, dataArea.getWidth(), dataArea.getHeight());
        getDomainAxis().setRange(equal[0], true, false);
        getRangeAxis().setRange(equal[1], true, false);
        super.draw(g2, area, anchor, parentState, info);
    }

    /**
     * The ranges, each containing the wanted one and sharing its centre, with equal data units per point on an
     * area {@code width} by {@code height}.
     */
    static Range[] equalScale(Range x, Range y, double width, double height) {
        double perPoint = Math.max(x.getLength() / width, y.getLength() / height);
        return new Range[] {around(x.getCentralValue(), perPoint * width), around(y.getCentralValue(),
                perPoint * height)};
    }

    private static Range around(double centre, double length) {
        return new Range(centre - length / 2, centre + length / 2);
    }
}
