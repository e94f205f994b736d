package org.mrdmft.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The look shared by the paper figures: white background, a fixed palette, solid and dashed strokes. */
final class ChartStyle {
    /** Colour-blind-safe palette (Okabe-Ito). */
    static final Color[] PALETTE = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0)};
    static final BasicStroke SOLID = new BasicStroke(2.0f);
    static final BasicStroke DASHED = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10.0f,
            new float[] {6.0f, 4.0f}, 0.0f);

    private ChartStyle() {
    }

    static XYChart xy(String title, String xAxis, String yAxis) {
        XYChart chart = new XYChartBuilder().width(800).height(550).title(title).xAxisTitle(xAxis)
                .yAxisTitle(yAxis).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        chart.getStyler().setXAxisDecimalPattern("0.0##");
        chart.getStyler().setYAxisDecimalPattern("0.0##");
        return chart;
    }

    static Color color(int k) {
        return PALETTE[k % PALETTE.length];
    }

    /** A line without markers in palette colour {@code colour} with the given stroke. */
    static XYSeries line(XYChart chart, String name, double[] x, double[] y, int colour, java.awt.BasicStroke stroke) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(ChartStyle.color(colour));
        s.setLineStyle(stroke);
        return s;
    }

    /** Whole-number ticks on the time (or lag) axis, spaced wide enough that their labels never collide. */
    static void timeAxis(XYChart chart) {
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setXAxisTickMarkSpacingHint(90);
    }

    /** Every {@code stride}-th value (dashed lines need coarse segments to show their dashes). */
    static double[] every(double[] x, int stride) {
        double[] out = new double[(x.length + stride - 1) / stride];
        for (int i = 0; i < out.length; i++) {
            out[i] = x[i * stride];
        }
        return out;
    }

    /** 1 for true, 0 for false (CSV columns). */
    static double[] booleans(boolean[] b) {
        double[] out = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i] ? 1.0 : 0.0;
        }
        return out;
    }
}
