package org.mrdmft.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.mrdmft.plot.style.DivergingScale;
import org.mrdmft.plot.style.NiceAxis;
import org.mrdmft.plot.style.NiceTicks;
import org.mrdmft.plot.style.PaperSize;
import org.mrdmft.plot.style.PaperStyle;
import org.mrdmft.plot.style.Panel;

/**
 * A current matrix S^{μν} (ν → μ) as a grid of square cells: source region ν across, target region μ down (row 1 at the
 * top, as the matrix is written), on a diverging blue-white-red scale fixed at ±2 so that matrices of different runs
 * compare by colour, with a colour bar.
 */
public final class CurrentMatrixChart {
    /** The colour scale runs from -LIMIT (blue) through 0 (white) to +LIMIT (red). */
    public static final double LIMIT = 2.0;
    /** Printed size: one column wide, the square matrix beside its colour bar. */
    public static final PaperSize SIZE = PaperSize.column(2.9);

    private CurrentMatrixChart() {
    }

    /** The matrix {@code s[mu][nu]} as a panel with square cells. */
    public static Panel panel(double[][] s) {
        return Panel.equalAspect(chart(s));
    }

    /** The chart of {@code s[mu][nu]}. */
    public static JFreeChart chart(double[][] s) {
        int r = s.length;
        double[][] xyz = new double[3][r * r];
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                xyz[0][mu * r + nu] = nu + 1;
                xyz[1][mu * r + nu] = mu + 1;
                xyz[2][mu * r + nu] = s[mu][nu];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("S", xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        DivergingScale scale = new DivergingScale(LIMIT);
        renderer.setPaintScale(scale);
        NiceAxis x = regionAxis("source region \\nu", r);
        NiceAxis y = regionAxis("target region \\mu", r);
        y.setInverted(true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = PaperStyle.chart(plot);
        NiceAxis bar = PaperStyle.axis("S^{\\mu\\nu}");
        bar.setRange(-LIMIT, LIMIT);
        bar.setLabelAngle(Math.PI); // read from bottom to top, as the label of the left axis
        PaintScaleLegend legend = new PaintScaleLegend(scale, bar);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(8);
        legend.setStripOutlineVisible(true);
        legend.setStripOutlinePaint(Color.BLACK);
        legend.setStripOutlineStroke(PaperStyle.frame());
        legend.setSubdivisionCount(200);
        legend.setMargin(new RectangleInsets(4, 6, 4, 0));
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        return chart;
    }

    private static NiceAxis regionAxis(String label, int r) {
        NiceAxis a = PaperStyle.axis(label);
        a.setRange(0.5, r + 0.5);
        a.setTickUnit(NiceTicks.unit(r <= 10 ? 1 : NiceTicks.ceiling(r / 8.0)));
        a.setAutoTickUnitSelection(false);
        return a;
    }
}
