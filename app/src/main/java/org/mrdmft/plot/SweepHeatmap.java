package org.mrdmft.plot;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.io.sweep.LabelMaps;

/**
 * A heatmap of one value per point of a two-axis sweep grid (modal label, label entropy), for FigureWriter; and
 * the label maps of a sweep directory drawn with it ({@link #labelMaps}, the command line's
 * {@link org.mrdmft.io.sweep.LabelMapCharts}).
 */
public final class SweepHeatmap {
    /** Label names and their heatmap colours (the figure palette in code order), in {@link DynamicsLabel} order. */
    private static final String[] SHORT = {"FP blue", "LC vermilion", "chaos green", "FP+chaos pink",
        "LC+chaos orange"};

    private SweepHeatmap() {
    }

    /** "FP blue, LC vermilion, ...": the colours of the modal-label heatmaps (codes 0..4 in points.csv). */
    public static String legend() {
        List<String> parts = new ArrayList<>();
        for (DynamicsLabel l : DynamicsLabel.values()) {
            parts.add(SHORT[l.ordinal()]);
        }
        return String.join(", ", parts);
    }

    /**
     * Per region the heatmaps {@code modal-label-<mu>} and {@code label-entropy-<mu>} (PNG, SVG, PDF) of a
     * sweep's label maps, into {@code dir}.
     */
    public static List<Path> labelMaps(LabelMaps maps, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        int labels = DynamicsLabel.values().length;
        double maxEntropy = Math.log(Math.min(labels, maps.draws())) / Math.log(2.0);
        for (LabelMaps.Region r : maps.regions()) {
            int mu = r.region();
            files.addAll(FigureWriter.save(of("region " + mu + " modal label: " + legend(), maps.xName(), maps.x(),
                    maps.yName(), maps.y(), r.modal(), 0, labels - 1, labels), dir.resolve("modal-label-" + mu)));
            files.addAll(FigureWriter.save(of("region " + mu + " label entropy (bits)", maps.xName(), maps.x(),
                    maps.yName(), maps.y(), r.entropyBits(), 0, Math.max(maxEntropy, 1e-9), 0),
                    dir.resolve("label-entropy-" + mu)));
        }
        return files;
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
