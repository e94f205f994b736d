package org.mrdmft.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * A current matrix S^{mu nu} (nu -&gt; mu) as a heatmap: source region nu across, target region mu up, on a
 * diverging blue-white-red scale fixed at -2..2 so that matrices of different runs compare by colour.
 */
final class CurrentMatrixChart {
    /** The colour scale runs from -LIMIT (blue) through 0 (white) to +LIMIT (red). */
    static final double LIMIT = 2.0;

    private CurrentMatrixChart() {
    }

    /** The chart of {@code s[mu][nu]} with the given title. */
    static HeatMapChart of(String title, double[][] s) {
        HeatMapChart chart = new HeatMapChartBuilder().width(600).height(550).title(title)
                .xAxisTitle("source region nu").yAxisTitle("target region mu").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setMin(-LIMIT);
        chart.getStyler().setMax(LIMIT);
        chart.getStyler().setRangeColors(new Color[] {new Color(33, 102, 172), Color.WHITE, new Color(178, 24, 43)});
        int r = s.length;
        List<Number[]> cells = new ArrayList<>();
        List<Integer> regions = new ArrayList<>();
        for (int mu = 0; mu < r; mu++) {
            regions.add(mu + 1);
            for (int nu = 0; nu < r; nu++) {
                // HeatMapChart places a cell by its 0-based indices into the axis lists, not by the axis values
                cells.add(new Number[] {nu, mu, s[mu][nu]});
            }
        }
        chart.addSeries("S", regions, regions, cells);
        return chart;
    }
}
