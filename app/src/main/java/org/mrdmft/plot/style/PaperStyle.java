package org.mrdmft.plot.style;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look of every figure at print size (sizes in points, 1/72 in): one font family ({@link PaperFonts}) with no
 * text below {@link #MIN_TEXT} points, thin frames, 1-point data lines, the colour-blind-safe Okabe-Ito palette and
 * four line styles (solid, dashed, dotted, dash-dotted) so that branches differ in print without colour too.
 */
public final class PaperStyle {
    /** No text is smaller than this (the usual journal minimum is 6 to 7 pt). */
    public static final double MIN_TEXT = 7.0;
    /** Axis labels and titles. */
    public static final double LABEL = 9.0;
    /** Tick labels. */
    public static final double TICK = 8.0;
    /** Legend entries and annotations. */
    public static final double LEGEND = 8.0;
    /** Panel letters (bold). */
    public static final double LETTER = 10.0;
    /** Width of a data line. */
    public static final float LINE = 1.0f;
    /** Width of the plot frame, tick marks and reference lines. */
    public static final float FRAME = 0.6f;

    /** Okabe-Ito: blue, vermillion, bluish green, reddish purple, orange, sky blue, black, yellow (faint: last). */
    public static final List<Color> PALETTE = List.of(new Color(0, 114, 178), new Color(213, 94, 0),
            new Color(0, 158, 115), new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233),
            Color.BLACK, new Color(240, 228, 66));
    /** Grey for reference lines (zero, identity, theory in the background). */
    public static final Color GREY = new Color(150, 150, 150);

    /** Dash patterns, in points, of the four line styles. */
    private static final List<float[]> DASHES = List.of(new float[0], new float[] {4.0f, 2.0f},
            new float[] {1.0f, 1.6f}, new float[] {4.0f, 1.6f, 1.0f, 1.6f});

    private PaperStyle() {
    }

    /** Palette colour {@code k} (cycling). */
    public static Color color(int k) {
        return PALETTE.get(Math.floorMod(k, PALETTE.size()));
    }

    /** Number of distinct line styles. */
    public static int lineStyles() {
        return DASHES.size();
    }

    /** A data line of style {@code k} (cycling): 0 solid, 1 dashed, 2 dotted, 3 dash-dotted. */
    public static Stroke line(int k) {
        return stroke(LINE, k);
    }

    /** A line of {@code width} points in style {@code k}. */
    public static Stroke stroke(float width, int k) {
        float[] dash = DASHES.get(Math.floorMod(k, DASHES.size()));
        if (dash.length == 0) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] scaled = new float[dash.length];
        for (int i = 0; i < dash.length; i++) {
            scaled[i] = dash[i] * Math.max(1.0f, width);
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10.0f, scaled, 0.0f);
    }

    /** The frame stroke. */
    public static Stroke frame() {
        return new BasicStroke(FRAME);
    }

    /** The label font. */
    public static Font labelFont() {
        return PaperFonts.regular(LABEL);
    }

    /** The tick-label font. */
    public static Font tickFont() {
        return PaperFonts.regular(TICK);
    }

    /** The legend font. */
    public static Font legendFont() {
        return PaperFonts.regular(LEGEND);
    }

    /** A numeric axis with nice ticks and a label in {@link MathText} markup (empty for none). */
    public static NiceAxis axis(String markup) {
        return new NiceAxis(markup);
    }

    /** White chart around {@code plot}: no title, no JFreeChart legend (use {@link MathLegend}), thin padding. */
    public static JFreeChart chart(XYPlot plot) {
        style(plot);
        JFreeChart chart = new JFreeChart(null, labelFont(), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 2, 2, 6));
        chart.setTextAntiAlias(true);
        return chart;
    }

    /** White background, black thin frame, no grid, axes flush with the frame. */
    public static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.BLACK);
        plot.setOutlineStroke(frame());
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainZeroBaselineVisible(false);
        plot.setRangeZeroBaselineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(2, 2, 2, 2));
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            style(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            style(plot.getRangeAxis(i));
        }
    }

    /** Fonts, tick marks and strokes of one axis. */
    public static void style(ValueAxis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(labelFont());
        axis.setTickLabelFont(tickFont());
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.BLACK);
        axis.setAxisLineVisible(false);
        axis.setTickMarkPaint(Color.BLACK);
        axis.setTickMarkStroke(frame());
        axis.setTickMarkOutsideLength(3.0f);
        axis.setTickMarkInsideLength(0.0f);
        axis.setTickLabelInsets(new RectangleInsets(1.5, 1.5, 1.5, 1.5));
        axis.setLabelInsets(new RectangleInsets(3.5, 3, 2, 3));
    }
}
