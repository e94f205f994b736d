package org.mrdmft.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.mrdmft.plot.style.MathLegend;
import org.mrdmft.plot.style.NiceAxis;
import org.mrdmft.plot.style.Panel;
import org.mrdmft.plot.style.PaperStyle;

/**
 * A map of one value per point of a rectangular grid, drawn as touching cells: either categories (integer codes,
 * each its palette colour, named in a legend above the map) or a continuous value with a colour bar beside it.
 * Keys never go into titles: the legend or the colour bar says what a colour means.
 */
final class GridMap {
    /** Colour-bar width, points. */
    static final double BAR = 7.0;
    /** Steps of the continuous colour scale. */
    static final int SHADES = 64;
    /** Anchors of the sequential scale (viridis, dark to light). */
    private static final Color[] SEQUENTIAL = {new Color(68, 1, 84), new Color(59, 82, 139), new Color(33, 145, 140),
        new Color(94, 201, 98), new Color(253, 231, 37)};

    private GridMap() {
    }

    /**
     * Categories: {@code values[i][j]} at (x_i, y_j) is a code 0..names.size()-1 (NaN cells stay white).
     *
     * @param title short text above the map, or null
     * @param names the category of each code, in the legend
     * @param legend whether to draw the legend (a composite may share one)
     */
    static Panel categories(String title, String xMarkup, double[] x, String yMarkup, double[] y, double[][] values,
                            List<String> names, boolean legend) {
        return Panel.of(categoriesChart(title, xMarkup, x, yMarkup, y, values, names,
                legend ? categoryEntries(names) : List.of()));
    }

    /** The same as a chart, with the given legend entries above it (none: no legend), for overlays. */
    static JFreeChart categoriesChart(String title, String xMarkup, double[] x, String yMarkup, double[] y,
                                      double[][] values, List<String> names, List<MathLegend.Entry> legend) {
        LookupPaintScale scale = new LookupPaintScale(-0.5, names.size() - 0.5, Color.WHITE);
        for (int k = 0; k < names.size(); k++) {
            scale.add(k - 0.5, PaperStyle.color(k));
        }
        JFreeChart chart = chart(xMarkup, x, yMarkup, y, values, scale);
        if (!legend.isEmpty()) {
            chart.addSubtitle(new MathLegend(legend));
        }
        titled(chart, title);
        return chart;
    }

    /** The legend entries of the category colours (filled squares). */
    static List<MathLegend.Entry> categoryEntries(List<String> names) {
        List<MathLegend.Entry> entries = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            entries.add(MathLegend.Entry.marker(names.get(k), PaperStyle.color(k),
                    new java.awt.geom.Rectangle2D.Double(-3, -3, 6, 6)));
        }
        return entries;
    }

    /** Draws the line (x_k, y_k) over the map in {@code paint} and {@code stroke} (NaN points break it). */
    static void overlay(JFreeChart chart, double[] x, double[] y, java.awt.Paint paint, java.awt.Stroke stroke) {
        java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
        boolean pen = false;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                pen = false;
            } else if (pen) {
                path.lineTo(x[i], y[i]);
            } else {
                path.moveTo(x[i], y[i]);
                pen = true;
            }
        }
        chart.getXYPlot().addAnnotation(new org.jfree.chart.annotations.XYShapeAnnotation(path, stroke, paint));
    }

    /**
     * A continuous value between {@code min} and {@code max} with a colour bar labelled {@code barMarkup} on the
     * right.
     */
    static Panel continuous(String title, String xMarkup, double[] x, String yMarkup, double[] y, double[][] values,
                            double min, double max, String barMarkup) {
        double hi = max > min ? max : min + 1;
        LookupPaintScale scale = new LookupPaintScale(min, hi, Color.WHITE);
        for (int k = 0; k < SHADES; k++) {
            scale.add(min + (hi - min) * k / SHADES, shade(k / (SHADES - 1.0)));
        }
        JFreeChart chart = chart(xMarkup, x, yMarkup, y, values, scale);
        NiceAxis axis = PaperStyle.axis(barMarkup);
        axis.setRange(min, hi);
        PaintScaleLegend bar = new PaintScaleLegend(scale, axis);
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setStripWidth(BAR);
        bar.setStripOutlineVisible(true);
        bar.setStripOutlinePaint(Color.BLACK);
        bar.setStripOutlineStroke(PaperStyle.frame());
        bar.setAxisOffset(1.0);
        bar.setSubdivisionCount(SHADES);
        bar.setMargin(new RectangleInsets(4, 6, 4, 0));
        bar.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(bar);
        titled(chart, title);
        return Panel.of(chart);
    }

    /** The sequential colour at {@code f} in [0, 1]. */
    static Color shade(double f) {
        double p = Math.max(0, Math.min(1, f)) * (SEQUENTIAL.length - 1);
        int i = Math.min((int) p, SEQUENTIAL.length - 2);
        double w = p - i;
        Color a = SEQUENTIAL[i];
        Color b = SEQUENTIAL[i + 1];
        return new Color((int) Math.round(a.getRed() + w * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + w * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + w * (b.getBlue() - a.getBlue())));
    }

    /** A short title above the chart in the legend font (wraps rather than running off the canvas). */
    static void titled(JFreeChart chart, String title) {
        if (title != null && !title.isEmpty()) {
            TextTitle t = new TextTitle(title, PaperStyle.legendFont());
            t.setPaint(Color.BLACK);
            t.setPadding(new RectangleInsets(0, 2, 2, 2));
            chart.addSubtitle(0, t);
        }
    }

    /**
     * The map as filled rectangles, one per run of equal values up a column (a phase diagram of 120 x 80 points
     * becomes a few hundred rectangles, which keeps its SVG and PDF small).
     */
    private static JFreeChart chart(String xMarkup, double[] x, String yMarkup, double[] y, double[][] values,
                                    PaintScale scale) {
        double dx = step(x);
        double dy = step(y);
        NiceAxis xAxis = PaperStyle.axis(xMarkup);
        xAxis.setRange(x[0] - dx / 2, x[x.length - 1] + dx / 2);
        NiceAxis yAxis = PaperStyle.axis(yMarkup);
        yAxis.setRange(y[0] - dy / 2, y[y.length - 1] + dy / 2);
        XYPlot plot = new XYPlot(null, xAxis, yAxis, new XYBlockRenderer());
        for (int i = 0; i < x.length; i++) {
            int j = 0;
            while (j < y.length) {
                double v = values[i][j];
                int end = j + 1;
                while (end < y.length && same(values[i][end], v)) {
                    end++;
                }
                if (!Double.isNaN(v)) {
                    java.awt.geom.Rectangle2D cell = new java.awt.geom.Rectangle2D.Double(x[i] - dx / 2,
                            y[j] - dy / 2, dx, (end - j) * dy);
                    java.awt.Paint paint = scale.getPaint(v);
                    // plot annotations are drawn in the order added: lines of overlay() come on top
                    plot.addAnnotation(new org.jfree.chart.annotations.XYShapeAnnotation(cell,
                            new java.awt.BasicStroke(0.3f), paint, paint), false);
                }
                j = end;
            }
        }
        return PaperStyle.chart(plot);
    }

    private static boolean same(double a, double b) {
        return Double.compare(a, b) == 0;
    }

    /** The grid spacing (1 for a single value). */
    private static double step(double[] v) {
        return v.length > 1 ? Math.abs(v[v.length - 1] - v[0]) / (v.length - 1) : 1.0;
    }
}
