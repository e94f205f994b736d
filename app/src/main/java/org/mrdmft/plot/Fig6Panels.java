package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hipparchus.complex.Complex;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mrdmft.dmft.LagSlice;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dynamics.Attractor;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.dynamics.PaperClassifier;
import org.mrdmft.stationary.Spectra;

/**
 * The per-tensor panels of fig6 for a few disorders g1 (first start of each): S^{2 3}(t) over the last 50
 * time units, Dhat(tau) at the midpoint reference time, psi^1(t), the eigenvalues of the psi(t)-scaled That
 * over the last 50 time units, and the share of starts reaching each attractor at every g1. Each panel
 * writes its chart (PNG, SVG, PDF) and the CSV of its numbers.
 */
final class Fig6Panels {
    /** Time units shown at the end of the run. */
    static final double LAST = 50.0;

    private Fig6Panels() {
    }

    static List<Path> currents(String name, List<Fig6Runs> shown, Path dir) throws IOException {
        return series(name + ": current S 2<-3 over the last 50 time units", "S 2<-3", "S_2_3", shown, dir,
                name + "-currents", true, (r, k) -> r.currents()[k][1][2]);
    }

    static List<Path> dhat(String name, List<Fig6Runs> shown, Path dir) throws IOException {
        XYChart chart = ChartStyle.xy(name + ": Dhat(tau) at the midpoint (solid: region 1, dashed: region 2)",
                "lag tau", "Dhat(tau)");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        CsvTable table = new CsvTable();
        for (int i = 0; i < shown.size(); i++) {
            TransientResult r = shown.get(i).results().get(0);
            LagSlice slice = PaperClassifier.sliceNearest(r, (r.steps() - 1) * r.dt() / 2.0);
            int n = slice.lags();
            double[] tau = new double[n];
            for (int k = 0; k < n; k++) {
                tau[k] = k * r.dt();
            }
            double g1 = shown.get(i).g1();
            ChartStyle.line(chart, label(g1) + ", region 1", tau, slice.normalised()[0], i, ChartStyle.SOLID);
            ChartStyle.line(chart, label(g1) + ", region 2", ChartStyle.every(tau, 20),
                    ChartStyle.every(slice.normalised()[1], 20), i, ChartStyle.DASHED);
            if (i == 0) {
                table.column("tau", tau);
            }
            for (int mu = 0; mu < 3; mu++) {
                table.column(column("dhat_" + (mu + 1), g1), slice.normalised()[mu]);
            }
        }
        return save(chart, table, dir, name + "-dhat");
    }

    static List<Path> gain(String name, List<Fig6Runs> shown, Path dir) throws IOException {
        return series(name + ": gain of region 1", "psi 1(t)", "psi_1", shown, dir, name + "-gain", false,
                (r, k) -> r.gain()[k][0]);
    }

    /** One time course per shown g1 (first start), over the whole run or its last 50 time units. */
    private static List<Path> series(String title, String yAxis, String column, List<Fig6Runs> shown, Path dir,
                                     String base, boolean lastOnly, java.util.function.ToDoubleBiFunction<
                                             TransientResult, Integer> value) throws IOException {
        XYChart chart = ChartStyle.xy(title, "time", yAxis);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        CsvTable table = new CsvTable();
        for (int i = 0; i < shown.size(); i++) {
            TransientResult r = shown.get(i).results().get(0);
            int from = lastOnly ? lastIndex(r) : 0;
            int n = r.steps() - from;
            double[] time = new double[n];
            double[] y = new double[n];
            for (int k = 0; k < n; k++) {
                time[k] = r.time(from + k);
                y[k] = value.applyAsDouble(r, from + k);
            }
            ChartStyle.line(chart, label(shown.get(i).g1()), time, y, i, ChartStyle.SOLID);
            if (i == 0) {
                table.column("t", time);
            }
            table.column(column(column, shown.get(i).g1()), y);
        }
        return save(chart, table, dir, base);
    }

    /** Eigenvalues of psi^nu(t) T^{mu nu rho} once per time unit over the last 50 time units. */
    static List<Path> scaledSpectrum(String name, List<Fig6Runs> shown, Path dir) throws IOException {
        XYChart chart = ChartStyle.xy(name + ": eigenvalues of the psi(t)-scaled That, last 50 time units",
                "Re", "Im");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Fig6Runs runs = shown.get(i);
            TransientResult r = runs.results().get(0);
            int stride = (int) Math.round(1.0 / r.dt());
            List<Double> re = new ArrayList<>();
            List<Double> im = new ArrayList<>();
            for (int k = lastIndex(r); k < r.steps(); k += stride) {
                for (Complex z : Spectra.gainScaled(runs.model(), r.gain()[k])) {
                    re.add(z.getReal());
                    im.add(z.getImaginary());
                    rows.add(new double[] {runs.g1(), r.time(k), z.getReal(), z.getImaginary()});
                }
            }
            XYSeries s = chart.addSeries(label(runs.g1()), re.stream().mapToDouble(Double::doubleValue).toArray(),
                    im.stream().mapToDouble(Double::doubleValue).toArray());
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(ChartStyle.color(i));
        }
        double[] unit = {1.0, 1.0};
        double[] span = {-1.5, 1.5};
        ChartStyle.line(chart, "Re = 1", unit, span, 7, ChartStyle.DASHED);
        CsvTable table = new CsvTable().column("g1", rows.stream().mapToDouble(x -> x[0]).toArray())
                .column("t", rows.stream().mapToDouble(x -> x[1]).toArray())
                .column("re", rows.stream().mapToDouble(x -> x[2]).toArray())
                .column("im", rows.stream().mapToDouble(x -> x[3]).toArray());
        return save(chart, table, dir, name + "-scaled-spectrum");
    }

    /** Stacked shares of starts per attractor kind (labels of the three regions) at every g1. */
    static List<Path> attractors(String name, List<Fig6Runs> all, Path dir) throws IOException {
        Map<String, double[]> shares = new LinkedHashMap<>();
        List<String> g1s = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            g1s.add(String.format(Locale.ROOT, "%.2f", all.get(i).g1()));
            for (Attractor a : all.get(i).attractors()) {
                shares.computeIfAbsent(kind(a.labels()), k -> new double[all.size()])[i] += a.fraction();
            }
        }
        CategoryChart chart = new CategoryChartBuilder().width(900).height(550)
                .title(name + ": share of starts reaching each attractor").xAxisTitle("g1")
                .yAxisTitle("share of starts").build();
        chart.getStyler().setStacked(true);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setYAxisMax(1.0);
        int c = 0;
        for (Map.Entry<String, double[]> e : shares.entrySet()) {
            List<Double> y = new ArrayList<>();
            for (double v : e.getValue()) {
                y.add(v);
            }
            chart.addSeries(e.getKey(), g1s, y).setFillColor(ChartStyle.color(c++));
        }
        return new ArrayList<>(FigureWriter.save(chart, dir.resolve(name + "-attractors")));
    }

    /** "FP+chaos / FP / FP": the labels of the three regions, short. */
    static String kind(List<DynamicsLabel> labels) {
        List<String> parts = new ArrayList<>();
        for (DynamicsLabel l : labels) {
            parts.add(switch (l) {
                case FIXED_POINT -> "FP";
                case LIMIT_CYCLE -> "LC";
                case CHAOS -> "chaos";
                case FIXED_POINT_CHAOS -> "FP+chaos";
                case LIMIT_CYCLE_CHAOS -> "LC+chaos";
            });
        }
        return String.join(" / ", parts);
    }

    private static int lastIndex(TransientResult r) {
        return Math.max(0, r.steps() - (int) Math.round(LAST / r.dt()));
    }

    private static String label(double g1) {
        return String.format(Locale.ROOT, "g1 = %.1f", g1);
    }

    private static String column(String base, double g1) {
        return String.format(Locale.ROOT, "%s_g1_%.2f", base, g1);
    }

    private static List<Path> save(XYChart chart, CsvTable table, Path dir, String base) throws IOException {
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve(base)));
        files.add(table.write(dir.resolve(base + ".csv")));
        return files;
    }
}
