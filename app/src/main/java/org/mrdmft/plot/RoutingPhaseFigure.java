package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mrdmft.kernel.Kernels;
import org.mrdmft.model.Nonlinearity;
import org.mrdmft.stationary.RoutingBranches;
import org.mrdmft.stationary.StationaryBranch;

/**
 * routing-phase: the full phase diagram of one region that the paper only cuts through.
 * Panel 1, the (g, b) plane for a region pinned by its pair loop b: chaos suppressed (static), chaos with
 * structure (routing on top of chaos) and chaos only (no current), with the analytic boundaries
 * g_c = (2 b^2 - 1)^(1/4) and the A = 0 line. Panel 2, the (a/b, g) plane at b = 2: the stronger of the
 * self-loop a and the pair loop b pins the region (at g = 0 a region with a &gt; b keeps only its
 * self-current), so it self-generates for a &gt; b and transmits for a &lt; b, in each case until disorder
 * turns it to chaos with structure and then to pure chaos at the thresholds of max(a, b).
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
        RoutingBranches branches = new RoutingBranches(Kernels.forNonlinearity(Nonlinearity.ERF));
        int ng = full ? 300 : 120;
        int nb = full ? 200 : 80;
        List<Path> files = new ArrayList<>();
        files.addAll(gbPlane(branches, ng, nb, dir));
        files.addAll(abPlane(branches, ng, nb, dir));
        return files;
    }

    private static int phase(RoutingBranches branches, double pinning, double g) {
        StationaryBranch b = branches.routingState(pinning, g).branch();
        return b == StationaryBranch.STATIC ? 0 : b == StationaryBranch.CHAOTIC ? 1 : 2;
    }

    private List<Path> gbPlane(RoutingBranches branches, int ng, int nb, Path dir) throws IOException {
        double[] gs = new double[ng * nb];
        double[] bs = new double[ng * nb];
        double[] label = new double[ng * nb];
        List<List<double[]>> byPhase = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int j = 0; j < nb; j++) {
            double b = 1.05 + 1.95 * j / (nb - 1);
            for (int i = 0; i < ng; i++) {
                double g = 3.5 * i / (ng - 1);
                int k = j * ng + i;
                gs[k] = g;
                bs[k] = b;
                label[k] = phase(branches, b, g);
                byPhase.get((int) label[k]).add(new double[] {g, b});
            }
        }
        XYChart chart = ChartStyle.xy("routing phase of one region (pair loop b)", "disorder g", "pair loop b");
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
        scatter(chart, byPhase);
        double[] bLine = new double[nb];
        double[] onset = new double[nb];
        double[] pure = new double[nb];
        for (int j = 0; j < nb; j++) {
            bLine[j] = 1.05 + 1.95 * j / (nb - 1);
            onset[j] = branches.chaosOnset(bLine[j]);
            pure[j] = branches.pureChaosOnset(bLine[j]);
        }
        boundary(chart, "g_c = (2 b^2 - 1)^(1/4)", onset, bLine, ChartStyle.SOLID);
        boundary(chart, "A = 0 (pure chaos beyond)", ChartStyle.every(pure, 8), ChartStyle.every(bLine, 8),
                ChartStyle.DASHED);
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve("routing-phase-gb")));
        files.add(new CsvTable().column("g", gs).column("b", bs).column("phase", label)
                .write(dir.resolve("routing-phase-gb.csv")));
        files.add(new CsvTable().column("b", bLine).column("chaosOnset", onset).column("pureChaosOnset", pure)
                .write(dir.resolve("routing-phase-gb-boundaries.csv")));
        return files;
    }

    private List<Path> abPlane(RoutingBranches branches, int ng, int nr, Path dir) throws IOException {
        double b = 2.0;
        double[] ratio = new double[ng * nr];
        double[] gs = new double[ng * nr];
        double[] phase = new double[ng * nr];
        double[] transmitting = new double[ng * nr];
        List<List<double[]>> byClass = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        for (int j = 0; j < nr; j++) {
            double r = 2.0 * j / (nr - 1);
            double a = r * b;
            double pinning = Math.max(a, b);
            for (int i = 0; i < ng; i++) {
                double g = 3.5 * i / (ng - 1);
                int k = j * ng + i;
                ratio[k] = r;
                gs[k] = g;
                phase[k] = phase(branches, pinning, g);
                transmitting[k] = a < b ? 1.0 : 0.0;
                int cls = phase[k] == 2 ? 4 : (a < b ? 0 : 2) + (int) phase[k];
                byClass.get(cls).add(new double[] {r, g});
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
        files.add(new CsvTable().column("a_over_b", ratio).column("g", gs).column("phase", phase)
                .column("transmitting", transmitting).write(dir.resolve("routing-phase-ab.csv")));
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
