package org.mrdmft.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/** A heatmap of one value per point of a two-axis sweep grid (modal label, label entropy), for FigureWriter. */
public final class SweepHeatmap {
    private SweepHeatmap() {
    }

    /**
     * The chart of {@code values[i][j]} at (x_i, y_j); NaN cells are left out.
     *
     * @param steps number of categories for integer codes 0..steps-1, each its own palette colour and no
     *     legend (the title says what the codes mean); 0 for a continuous scale with its legend
     */
    public static HeatMapChart of(String title, String xName, double[] x, String yName, double[] y,
                                  double[][] values, double min, double max, int steps) {
        HeatMapChart chart = new HeatMapChartBuilder().width(800).height(650).title(title).xAxisTitle(xName)
                .yAxisTitle(yName).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setShowValue(false);
        chart.getStyler().setMin(steps > 0 ? -0.5 : min);
        chart.getStyler().setMax(steps > 0 ? steps - 0.5 : max);
        if (steps > 0) {
            chart.getStyler().setLegendVisible(false);
            Color[] colours = new Color[steps];
            for (int k = 0; k < steps; k++) {
                colours[k] = ChartStyle.color(k);
            }
            chart.getStyler().setRangeColors(colours);
            chart.getStyler().setPiecewise(true);
            chart.getStyler().setPiecewiseRanged(false);
        }
        List<Number[]> heat = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y.length; j++) {
                if (!Double.isNaN(values[i][j])) {
                    heat.add(new Number[] {i, j, values[i][j]});
                }
            }
        }
        chart.addSeries(title, ticks(x), ticks(y), heat);
        return chart;
    }

    private static List<String> ticks(double[] v) {
        List<String> out = new ArrayList<>();
        for (double d : v) {
            out.add(String.format(Locale.ROOT, "%.4g", d));
        }
        return out;
    }
}
