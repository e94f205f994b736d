package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mrdmft.simulation.SimulationResult;

/**
 * The panels of one fig3 / fig4c case, each with its CSV: a, b (and g) per region; the currents
 * S^{mu nu}(t) and some neurons' x_i(t) of the first simulated draw for t in [0, 50]; that draw's final
 * current matrix (diverging scale, +-2); and each region's row norm ||S^{mu .}||, every draw against the
 * theory.
 *
 * @param c the network
 * @param sim its simulations
 * @param theory the theory's row norms sqrt(A^mu), one per region
 * @param theoryName how the theory was obtained (legend)
 * @param note what the row norms show (title), e.g. which region stops transmitting
 */
record FixedPointCasePanels(ReciprocalCase c, CaseSimulation sim, double[] theory, String theoryName, String note) {
    /** The time window of the trace panels. */
    static final double WINDOW = 50.0;
    /** Neurons per region drawn in the trace panel. */
    static final int TRACES_PER_REGION = 4;
    static final String TIME = "time t (neuronal time constants)";

    FixedPointCasePanels {
        theory = theory.clone();
    }

    /** Writes every panel and CSV of the case into {@code dir}. */
    List<Path> write(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        files.addAll(parameters(dir));
        files.addAll(currents(dir));
        files.addAll(traces(dir));
        files.addAll(finalMatrix(dir));
        files.addAll(rowNorms(dir));
        return files;
    }

    private String title() {
        return c.name().replace("-case", " case ");
    }

    private static double[] regionAxis(int r) {
        double[] x = new double[r];
        for (int mu = 0; mu < r; mu++) {
            x[mu] = mu + 1;
        }
        return x;
    }

    private List<Path> parameters(Path dir) throws IOException {
        int r = c.regions();
        double[] x = regionAxis(r);
        XYChart chart = ChartStyle.xy(title() + ": loop strengths per region", "region mu",
                c.disordered() ? "a, b, g (dimensionless)" : "a, b (dimensionless)");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        markers(chart, "a (self-loop)", x, c.a(), 0, SeriesMarkers.CIRCLE);
        markers(chart, "b (pair loop)", x, c.b(), 1, SeriesMarkers.SQUARE);
        if (c.disordered()) {
            markers(chart, "g (disorder)", x, c.g(), 2, SeriesMarkers.DIAMOND);
        }
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve(c.name() + "-parameters")));
        files.add(new CsvTable().column("region", x).column("a", c.a()).column("b", c.b()).column("g", c.g())
                .column("sign", c.signs()).column("theoryRowNorm", theory)
                .write(dir.resolve(c.name() + "-parameters.csv")));
        return files;
    }

    private static void markers(XYChart chart, String name, double[] x, double[] y, int colour,
                                org.knowm.xchart.style.markers.Marker marker) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(marker);
        s.setMarkerColor(ChartStyle.color(colour));
        s.setLineColor(ChartStyle.color(colour));
        s.setLineStyle(ChartStyle.SOLID);
    }

    /** Records of the first draw with t &lt;= WINDOW. */
    private int windowRecords(SimulationResult first) {
        return Math.min(first.steps(), (int) Math.floor(WINDOW / first.recordStep() + 1e-9) + 1);
    }

    private List<Path> currents(Path dir) throws IOException {
        SimulationResult first = sim.draws().get(0);
        int n = windowRecords(first);
        int r = c.regions();
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = first.time(k);
        }
        XYChart chart = ChartStyle.xy(String.format(Locale.ROOT, "%s: currents S^{mu nu}(t), simulation N = %d, draw 1",
                title(), sim.settings().neurons()), TIME, "current S^{mu nu} (dimensionless)");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        ChartStyle.timeAxis(chart);
        CsvTable table = new CsvTable().column("t", t);
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                double[] s = new double[n];
                for (int k = 0; k < n; k++) {
                    s[k] = first.currents()[k][mu][nu];
                }
                // self-currents thick, currents between regions thin
                ChartStyle.line(chart, CurrentsPlot.label(mu, nu), t, s, mu,
                        new java.awt.BasicStroke(mu == nu ? 3.5f : 1.2f));
                table.column("S_" + (mu + 1) + "_" + (nu + 1), s);
            }
        }
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve(c.name() + "-currents")));
        files.add(table.write(dir.resolve(c.name() + "-currents.csv")));
        return files;
    }

    private List<Path> traces(Path dir) throws IOException {
        SimulationResult first = sim.draws().get(0);
        int n = windowRecords(first);
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = first.time(k);
        }
        XYChart chart = ChartStyle.xy(String.format(Locale.ROOT, "%s: activity x_i(t) of %d neurons per region, draw 1",
                title(), TRACES_PER_REGION), TIME, "x_i (dimensionless)");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        ChartStyle.timeAxis(chart);
        CsvTable table = new CsvTable().column("t", t);
        for (int mu = 0; mu < c.regions(); mu++) {
            int neurons = Math.min(TRACES_PER_REGION, first.traces()[mu].length);
            for (int i = 0; i < neurons; i++) {
                double[] x = java.util.Arrays.copyOf(first.traces()[mu][i], n);
                ChartStyle.line(chart, "region " + (mu + 1) + ", neuron " + (i + 1), t, x, mu,
                        new java.awt.BasicStroke(1.2f));
                table.column("x_" + (mu + 1) + "_" + (i + 1), x);
            }
        }
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve(c.name() + "-traces")));
        files.add(table.write(dir.resolve(c.name() + "-traces.csv")));
        return files;
    }

    private List<Path> finalMatrix(Path dir) throws IOException {
        SimulationResult first = sim.draws().get(0);
        double[][] s = sim.finalCurrents();
        String title = String.format(Locale.ROOT, "%s: final currents S^{mu nu}, t = %.0f, draw 1 (scale +-%.0f)",
                title(), first.time(first.steps() - 1), CurrentMatrixChart.LIMIT);
        List<Path> files = new ArrayList<>(FigureWriter.save(CurrentMatrixChart.of(title, s),
                dir.resolve(c.name() + "-final-currents")));
        int r = c.regions();
        CsvTable table = new CsvTable().column("mu", CurrentMatrixChart.targets(r))
                .column("nu", CurrentMatrixChart.sources(r));
        for (int d = 0; d < sim.draws().size(); d++) {
            SimulationResult draw = sim.draws().get(d);
            table.column("S_draw" + (d + 1), CurrentMatrixChart.flatten(draw.currents()[draw.steps() - 1]));
        }
        files.add(table.write(dir.resolve(c.name() + "-final-currents.csv")));
        return files;
    }

    private List<Path> rowNorms(Path dir) throws IOException {
        int r = c.regions();
        int draws = sim.draws().size();
        XYChart chart = ChartStyle.xy(title() + ": row norms ||S^{mu .}||" + (note.isEmpty() ? "" : " (" + note + ")"),
                "region mu", "row norm ||S^{mu .}|| (dimensionless)");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setYAxisMin(0.0);
        XYSeries th = chart.addSeries(theoryName, regionAxis(r), theory);
        th.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        th.setMarker(SeriesMarkers.DIAMOND);
        th.setMarkerColor(java.awt.Color.BLACK);
        double[] x = new double[r * draws];
        double[] y = new double[r * draws];
        for (int d = 0; d < draws; d++) {
            for (int mu = 0; mu < r; mu++) {
                // spread the draws a little around the region so that they do not hide each other
                x[d * r + mu] = mu + 1 + 0.08 * (d - (draws - 1) / 2.0);
                y[d * r + mu] = sim.rowNorms()[d][mu];
            }
        }
        XYSeries points = chart.addSeries(String.format(Locale.ROOT, "simulation, N = %d, %d draws (late average)",
                sim.settings().neurons(), draws), x, y);
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarker(SeriesMarkers.CIRCLE);
        points.setMarkerColor(ChartStyle.color(0));
        return FigureWriter.save(chart, dir.resolve(c.name() + "-row-norms"));
    }
}
