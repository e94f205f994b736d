package org.mrdmft.plot;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.RoutingPhase;
import org.mrdmft.plot.style.MathLegend;
import org.mrdmft.plot.style.Panel;
import org.mrdmft.plot.style.PaperSize;
import org.mrdmft.plot.style.PaperStyle;
import org.mrdmft.stationary.StationaryBranch;

/**
 * routing-phase (docs/FIGURES.md (routing-phase)), drawn from {@link RoutingPhase}'s data: the phase diagram of
 * one region in the (g, b) plane with the analytic boundaries g_c = (2 b^2 - 1)^(1/4) and A = 0, and in the
 * (a/b, g) plane at b = 2, self-generating (a &gt; b) against transmitting (a &lt; b). Phases are coloured cells
 * named in a legend.
 */
public final class RoutingPhaseFigure implements PaperFigure {
    static final List<String> PHASES = List.of("chaos suppressed", "chaos with structure", "chaos only");
    static final List<String> CLASSES = List.of("transmitting, chaos suppressed", "transmitting, chaos with structure",
            "self-generating, chaos suppressed", "self-generating, chaos with structure", "chaos only");

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
    public List<Path> render(FigureJob job) throws IOException {
        RoutingPhase.Data data = RoutingPhase.compute(job.full() ? RoutingPhase.Options.full()
                : RoutingPhase.Options.quick(), job.progress());
        List<DataTable> tables = data.tables();
        Path dir = job.dir();
        List<Path> files = new ArrayList<>(job.writer().write(gbPlane(data), dir.resolve("routing-phase-gb"),
                PaperSize.column(3.0)));
        files.add(CsvTable.write(DataTable.find(tables, "routing-phase-gb"), dir));
        files.add(CsvTable.write(DataTable.find(tables, "routing-phase-gb-boundaries"), dir));
        files.addAll(job.writer().write(abPlane(data), dir.resolve("routing-phase-ab"), PaperSize.column(3.2)));
        files.add(CsvTable.write(DataTable.find(tables, "routing-phase-ab"), dir));
        return files;
    }

    private static Panel gbPlane(RoutingPhase.Data data) {
        double[] g = data.disorder();
        double[] b = data.pairLoops();
        StationaryBranch[][] phase = data.gbPhase();
        double[][] values = new double[g.length][b.length];
        for (int j = 0; j < b.length; j++) {
            for (int i = 0; i < g.length; i++) {
                values[i][j] = phase[j][i].ordinal();
            }
        }
        List<MathLegend.Entry> legend = new ArrayList<>(GridMap.categoryEntries(PHASES));
        legend.add(MathLegend.Entry.line("g_c = (2b^2 − 1)^{1/4}", Color.BLACK, PaperStyle.line(0)));
        legend.add(MathLegend.Entry.line("A = 0", Color.BLACK, PaperStyle.line(1)));
        JFreeChart chart = GridMap.categoriesChart(null, "disorder g", g, "pair loop b", b, values, PHASES, legend);
        GridMap.overlay(chart, data.chaosOnset(), b, Color.BLACK, PaperStyle.line(0));
        GridMap.overlay(chart, data.pureChaosOnset(), b, Color.BLACK, PaperStyle.line(1));
        return Panel.of(chart);
    }

    private static Panel abPlane(RoutingPhase.Data data) {
        double[] g = data.disorder();
        double[] ratio = data.selfOverPair();
        StationaryBranch[][] phase = data.abPhase();
        double[][] values = new double[ratio.length][g.length];
        for (int j = 0; j < ratio.length; j++) {
            for (int i = 0; i < g.length; i++) {
                int p = phase[j][i].ordinal();
                values[j][i] = p == 2 ? 4 : (data.transmitting(j) ? 0 : 2) + p;
            }
        }
        JFreeChart chart = GridMap.categoriesChart("b = " + RoutingPhase.AB_PAIR_LOOP, "a / b", ratio, "disorder g",
                g, values, CLASSES, GridMap.categoryEntries(CLASSES));
        return Panel.of(chart);
    }
}
