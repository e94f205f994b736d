package org.mrdmft.plot.style;

import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds a paper-style x-y chart of lines and markers: {@link MathText} axis labels, {@link NiceAxis} ticks (or
 * {@link LogTicksAxis}), a {@link MathLegend} of the labelled series above the plot (or inside a corner), grey
 * reference lines. Series without a label stay out of the legend. Lines are drawn as one path per series, so dashes
 * run on across points and vector files stay small.
 */
public final class LinePlot {
    /** Diameter of the default marker, points. */
    public static final double MARKER = 3.2;

    private final ValueAxis x;
    private final ValueAxis y;
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    private final List<MathLegend.Entry> legend = new ArrayList<>();
    private final List<Double> horizontal = new ArrayList<>();
    private final List<Double> vertical = new ArrayList<>();
    private RectangleAnchor legendInside;

    /** A chart with linear axes labelled in {@link MathText} markup. */
    public LinePlot(String xLabel, String yLabel) {
        this(PaperStyle.axis(xLabel), PaperStyle.axis(yLabel));
    }

    /** A chart with the given axes (e.g. {@link LogTicksAxis}). */
    public LinePlot(ValueAxis x, ValueAxis y) {
        this.x = x;
        this.y = y;
        renderer.setDrawSeriesLineAsPath(true);
    }

    /** A line in palette colour {@code colour} and line style {@code style}; {@code label} null keeps it out of the legend. */
    public LinePlot line(String label, double[] xs, double[] ys, int colour, int style) {
        return line(label, xs, ys, PaperStyle.color(colour), PaperStyle.line(style));
    }

    /** A line in any paint and stroke. */
    public LinePlot line(String label, double[] xs, double[] ys, Paint paint, Stroke stroke) {
        int k = add(xs, ys);
        renderer.setSeriesLinesVisible(k, true);
        renderer.setSeriesShapesVisible(k, false);
        renderer.setSeriesPaint(k, paint);
        renderer.setSeriesStroke(k, stroke);
        if (label != null) {
            legend.add(MathLegend.Entry.line(label, paint, stroke));
        }
        return this;
    }

    /** Markers only (filled circles) in palette colour {@code colour}. */
    public LinePlot points(String label, double[] xs, double[] ys, int colour) {
        return points(label, xs, ys, PaperStyle.color(colour), circle(MARKER));
    }

    /** Markers only, any paint and shape (centred at 0, 0). */
    public LinePlot points(String label, double[] xs, double[] ys, Paint paint, Shape shape) {
        int k = add(xs, ys);
        renderer.setSeriesLinesVisible(k, false);
        renderer.setSeriesShapesVisible(k, true);
        renderer.setSeriesShapesFilled(k, true);
        renderer.setSeriesShape(k, shape);
        renderer.setSeriesPaint(k, paint);
        if (label != null) {
            legend.add(MathLegend.Entry.marker(label, paint, shape));
        }
        return this;
    }

    /**
     * Vertical error bars y +- error at each x (a solid line of data width in {@code paint}); points whose y or
     * error is not finite get none. Stays out of the legend: the markers the bars belong to carry the label.
     */
    public LinePlot errorBars(double[] xs, double[] ys, double[] errors, Paint paint) {
        if (xs.length != ys.length || xs.length != errors.length) {
            throw new IllegalArgumentException("x, y and errors differ in length");
        }
        List<Double> bx = new ArrayList<>();
        List<Double> by = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(ys[i]) && Double.isFinite(errors[i])) {
                // one path: each bar is a segment, the NaN after it lifts the pen
                bx.addAll(List.of(xs[i], xs[i], xs[i]));
                by.addAll(List.of(ys[i] - errors[i], ys[i] + errors[i], Double.NaN));
            }
        }
        if (bx.isEmpty()) {
            return this;
        }
        return line(null, bx.stream().mapToDouble(Double::doubleValue).toArray(),
                by.stream().mapToDouble(Double::doubleValue).toArray(), paint, PaperStyle.line(0));
    }

    /** A legend-only entry (e.g. to explain a line style shared by several series). */
    public LinePlot legendEntry(MathLegend.Entry entry) {
        legend.add(entry);
        return this;
    }

    /** A thin grey horizontal reference line at {@code value}. */
    public LinePlot horizontalLine(double value) {
        horizontal.add(value);
        return this;
    }

    /** A thin grey vertical reference line at {@code value}. */
    public LinePlot verticalLine(double value) {
        vertical.add(value);
        return this;
    }

    /** Fixes the x range. */
    public LinePlot xRange(double lower, double upper) {
        x.setRange(lower, upper);
        return this;
    }

    /** Fixes the y range. */
    public LinePlot yRange(double lower, double upper) {
        y.setRange(lower, upper);
        return this;
    }

    /** No margin beyond the data on the x axis (time and lag axes end where the data end). */
    public LinePlot tightX() {
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        return this;
    }

    /** Puts the legend inside the plot at {@code anchor} (e.g. TOP_RIGHT) instead of above it. */
    public LinePlot legendInside(RectangleAnchor anchor) {
        this.legendInside = anchor;
        return this;
    }

    /** A filled circle of {@code diameter} points centred at (0, 0). */
    public static Shape circle(double diameter) {
        return new Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter, diameter);
    }

    /** The chart. */
    public JFreeChart chart() {
        XYPlot plot = new XYPlot(data, x, y, renderer);
        for (double v : horizontal) {
            plot.addRangeMarker(reference(v));
        }
        for (double v : vertical) {
            plot.addDomainMarker(reference(v));
        }
        JFreeChart chart = PaperStyle.chart(plot);
        if (!legend.isEmpty()) {
            MathLegend l = new MathLegend(legend);
            if (legendInside == null) {
                chart.addSubtitle(l);
            } else {
                l.setBackground(java.awt.Color.WHITE);
                String corner = legendInside.toString();
                plot.addAnnotation(new XYTitleAnnotation(corner.contains("LEFT") ? 0.02 : 0.98,
                        corner.contains("BOTTOM") ? 0.02 : 0.98, l, legendInside));
            }
        }
        return chart;
    }

    /** The chart as a panel. */
    public Panel panel() {
        return Panel.of(chart());
    }

    private static ValueMarker reference(double v) {
        return new ValueMarker(v, PaperStyle.GREY, PaperStyle.stroke(PaperStyle.FRAME, 0));
    }

    private int add(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("x and y differ in length: " + xs.length + " and " + ys.length);
        }
        int k = data.getSeriesCount();
        XYSeries s = new XYSeries("series " + k, false, true);
        for (int i = 0; i < xs.length; i++) {
            s.add(xs[i], Double.isFinite(ys[i]) ? ys[i] : Double.NaN, false);
        }
        data.addSeries(s);
        return k;
    }
}
