package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.RoutingPhase;
import org.mrdmft.stationary.StationaryBranch;

/**
 * routing-phase (docs/FIGURES.md (routing-phase)), drawn from {@link RoutingPhase}'s data: the phase diagram of
 * one region in the (g, b) plane with the analytic boundaries g_c = (2 b^2 - 1)^(1/4) and A = 0, and in the
 * (a/b, g) plane at b = 2, self-generating (a &gt; b) against transmitting (a &lt; b).
 */
public final class RoutingPhaseFigure implements PaperFigure {
    static final String[] PHASES = {"chaos suppressed", "chaos with structure", "chaos only"};

    @Override
    public String name() {
        return "routing-phase";
    }

    @Override
    public String description() {
        return "phase diagram of one region: (g, b) plane with analytic boundaries; (a/b, g) plane: "
                + "self-generating vs transmitting";
    }

    @Override
    public List<Path> render(Path dir, boolean full) throws IOException {
        RoutingPhase.Options options = full ? RoutingPhase.Options.full() : RoutingPhase.Options.quick();
        RoutingPhase.Data data = RoutingPhase.compute(options);
        List<DataTable> tables = data.tables();
        List<Path> files = new ArrayList<>();
        files.addAll(gbPlane(data, tables, dir));
        files.addAll(abPlane(data, tables, dir));
        return files;
    }

    private List<Path> gbPlane(RoutingPhase.Data data, List<DataTable> tables, Path dir) throws IOException {
        double[] g = data.disorder();
        double[] b = data.pairLoops();
        StationaryBranch[][] phase = data.gbPhase();
        List<List<double[]>> byPhase = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int j = 0; j < b.length; j++) {
            for (int i = 0; i < g.length; i++) {
                byPhase.get(phase[j][i].ordinal()).add(new double[] {g[i], b[j]});
            }
        }
        XYChart chart = ChartStyle.xy("routing phase of one region (pair loop b)", "disorder g", "pair loop b");
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
        scatter(chart, byPhase);
        boundary(chart, "g_c = (2 b^2 - 1)^(1/4)", data.chaosOnset(), b, ChartStyle.SOLID);
        boundary(chart, "A = 0 (pure chaos beyond)", ChartStyle.every(data.pureChaosOnset(), 8), ChartStyle.every(b, 8),
                ChartStyle.DASHED);
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve("routing-phase-gb")));
        files.add(CsvTable.write(DataTable.find(tables, "routing-phase-gb"), dir));
        files.add(CsvTable.write(DataTable.find(tables, "routing-phase-gb-boundaries"), dir));
        return files;
    }

    private List<Path> abPlane(RoutingPhase.Data data, List<DataTable> tables, Path dir) throws IOException {
        double[] g = data.disorder();
        double[] ratio = data.selfOverPair();
        StationaryBranch[][] phase = data.abPhase();
        List<List<double[]>> byClass = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        for (int j = 0; j < ratio.length; j++) {
            for (int i = 0; i < g.length; i++) {
                int p = phase[j][i].ordinal();
                int cls = p == 2 ? 4 : (data.transmitting(j) ? 0 : 2) + p;
                byClass.get(cls).add(new double[] {ratio[j], g[i]});
            }
        }
        XYChart chart = ChartStyle.xy("self-generating vs transmitting (b = 2)", "a / b", "disorder g");
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        String[] names = {"transmitting, chaos suppressed", "transmitting, chaos with structure",
            "self-generating, chaos suppressed", "self-generating, chaos with structure", "chaos only"};
        for (int c = 0; c < names.length; c++) {
            points(chart, names[c], byClass.get(c), c);
        }
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve("routing-phase-ab")));
        files.add(CsvTable.write(DataTable.find(tables, "routing-phase-ab"), dir));
        return files;
    }

    private static void scatter(XYChart chart, List<List<double[]>> byPhase) {
        for (int p = 0; p < PHASES.length; p++) {
            points(chart, PHASES[p], byPhase.get(p), p);
        }
    }

    private static void points(XYChart chart, String name, List<double[]> pts, int colour) {
        if (pts.isEmpty()) {
            return;
        }
        double[] x = pts.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = pts.stream().mapToDouble(p -> p[1]).toArray();
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.SQUARE);
        s.setMarkerColor(ChartStyle.color(colour));
        chart.getStyler().setMarkerSize(3);
    }

    private static void boundary(XYChart chart, String name, double[] x, double[] y, java.awt.BasicStroke stroke) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(java.awt.Color.BLACK);
        s.setLineStyle(stroke);
    }
}
