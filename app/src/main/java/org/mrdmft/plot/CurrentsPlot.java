package org.mrdmft.plot;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mrdmft.dmft.TransientResult;

/** The currents S^{mu nu}(t) of a transient run, one line per pair, labelled "S mu←nu". */
public final class CurrentsPlot {
    /** Most points drawn per line; longer runs are sub-sampled evenly. */
    static final int MAX_POINTS = 2000;

    private CurrentsPlot() {
    }

    /** Builds the chart. */
    public static XYChart of(TransientResult r) {
        XYChart chart = new XYChartBuilder().width(800).height(500).title("currents")
                .xAxisTitle("time").yAxisTitle("current S").build();
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        int stride = Math.max(1, (r.steps() + MAX_POINTS - 1) / MAX_POINTS);
        int n = (r.steps() + stride - 1) / stride;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = r.time(i * stride);
        }
        int regions = r.regions();
        for (int mu = 0; mu < regions; mu++) {
            for (int nu = 0; nu < regions; nu++) {
                double[] s = new double[n];
                for (int i = 0; i < n; i++) {
                    s[i] = r.currents()[i * stride][mu][nu];
                }
                XYSeries series = chart.addSeries(label(mu, nu), t, s);
                series.setMarker(SeriesMarkers.NONE);
            }
        }
        return chart;
    }

    /** "S 1←2" for the current from region nu = 2 to region mu = 1 (0-based arguments). */
    public static String label(int mu, int nu) {
        return "S " + (mu + 1) + "\u2190" + (nu + 1);
    }
}
