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
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.FixedPointCase;
import org.mrdmft.figures.ReciprocalCase;
import org.mrdmft.simulation.SimulationResult;

/**
 * The panels of one fig3 / fig4c case ({@link FixedPointCase}), each with its CSV: a, b (and g) per region;
 * the currents S^{mu nu}(t) and some neurons' x_i(t) of the first simulated draw for t in [0, 50]; that draw's
 * final current matrix (diverging scale, +-2); and each region's row norm ||S^{mu .}||, every draw against the
 * theory.
 *
 * @param data the case: network, simulations, theory row norms and the note of the row-norm title
 * @param theoryName how the theory was obtained (legend)
 */
record FixedPointCasePanels(FixedPointCase data, String theoryName) {
    static final String TIME = "time t (neuronal time constants)";

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

    private ReciprocalCase c() {
        return data.network();
    }

    private String title() {
        return c().name().replace("-case", " case ");
    }

    private static double[] regionAxis(int r) {
        double[] x = new double[r];
        for (int mu = 0; mu < r; mu++) {
            x[mu] = mu + 1;
        }
        return x;
    }

    private List<Path> parameters(Path dir) throws IOException {
        ReciprocalCase c = c();
        double[] x = regionAxis(c.regions());
        XYChart chart = ChartStyle.xy(title() + ": loop strengths per region", "region mu",
                c.disordered() ? "a, b, g (dimensionless)" : "a, b (dimensionless)");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        markers(chart, "a (self-loop)", x, c.a(), 0, SeriesMarkers.CIRCLE);
        markers(chart, "b (pair loop)", x, c.b(), 1, SeriesMarkers.SQUARE);
        if (c.disordered()) {
            markers(chart, "g (disorder)", x, c.g(), 2, SeriesMarkers.DIAMOND);
        }
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve(c.name() + "-parameters")));
        files.add(CsvTable.write(data.parameters(), dir));
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

    private List<Path> currents(Path dir) throws IOException {
        DataTable table = data.currents();
        double[] t = table.column("t");
        int r = c().regions();
        XYChart chart = ChartStyle.xy(String.format(Locale.ROOT, "%s: currents S^{mu nu}(t), simulation N = %d, draw 1",
                title(), data.simulation().settings().neurons()), TIME, "current S^{mu nu} (dimensionless)");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        ChartStyle.timeAxis(chart);
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                // self-currents thick, currents between regions thin
                ChartStyle.line(chart, CurrentsPlot.label(mu, nu), t, table.column("S_" + (mu + 1) + "_" + (nu + 1)),
                        mu, new java.awt.BasicStroke(mu == nu ? 3.5f : 1.2f));
            }
        }
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve(c().name() + "-currents")));
        files.add(CsvTable.write(table, dir));
        return files;
    }

    private List<Path> traces(Path dir) throws IOException {
        DataTable table = data.traces();
        double[] t = table.column("t");
        XYChart chart = ChartStyle.xy(String.format(Locale.ROOT, "%s: activity x_i(t) of %d neurons per region, draw 1",
                title(), FixedPointCase.TRACES_PER_REGION), TIME, "x_i (dimensionless)");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        ChartStyle.timeAxis(chart);
        for (String name : table.columnNames().subList(1, table.columns().size())) {
            // x_MU_I: region MU, neuron I
            String[] index = name.split("_");
            int mu = Integer.parseInt(index[1]) - 1;
            ChartStyle.line(chart, "region " + index[1] + ", neuron " + index[2], t, table.column(name), mu,
                    new java.awt.BasicStroke(1.2f));
        }
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve(c().name() + "-traces")));
        files.add(CsvTable.write(table, dir));
        return files;
    }

    private List<Path> finalMatrix(Path dir) throws IOException {
        SimulationResult first = data.simulation().draws().get(0);
        double[][] s = data.simulation().finalCurrents();
        String title = String.format(Locale.ROOT, "%s: final currents S^{mu nu}, t = %.0f, draw 1 (scale +-%.0f)",
                title(), first.time(first.steps() - 1), CurrentMatrixChart.LIMIT);
        List<Path> files = new ArrayList<>(FigureWriter.save(CurrentMatrixChart.of(title, s),
                dir.resolve(c().name() + "-final-currents")));
        files.add(CsvTable.write(data.finalCurrents(), dir));
        return files;
    }

    private List<Path> rowNorms(Path dir) throws IOException {
        int r = c().regions();
        double[][] norms = data.simulation().rowNorms();
        int draws = norms.length;
        String note = data.note();
        XYChart chart = ChartStyle.xy(title() + ": row norms ||S^{mu .}||" + (note.isEmpty() ? "" : " (" + note + ")"),
                "region mu", "row norm ||S^{mu .}|| (dimensionless)");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setYAxisMin(0.0);
        XYSeries th = chart.addSeries(theoryName, regionAxis(r), data.theoryRowNorms());
        th.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        th.setMarker(SeriesMarkers.DIAMOND);
        th.setMarkerColor(java.awt.Color.BLACK);
        double[] x = new double[r * draws];
        double[] y = new double[r * draws];
        for (int d = 0; d < draws; d++) {
            for (int mu = 0; mu < r; mu++) {
                // spread the draws a little around the region so that they do not hide each other
                x[d * r + mu] = mu + 1 + 0.08 * (d - (draws - 1) / 2.0);
                y[d * r + mu] = norms[d][mu];
            }
        }
        XYSeries points = chart.addSeries(String.format(Locale.ROOT, "simulation, N = %d, %d draws (late average)",
                data.simulation().settings().neurons(), draws), x, y);
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarker(SeriesMarkers.CIRCLE);
        points.setMarkerColor(ChartStyle.color(0));
        return FigureWriter.save(chart, dir.resolve(c().name() + "-row-norms"));
    }
}
