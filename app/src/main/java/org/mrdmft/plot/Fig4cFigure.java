package org.mrdmft.plot;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.Fig4c;
import org.mrdmft.figures.FixedPointCase;
import org.mrdmft.plot.style.LinePlot;
import org.mrdmft.plot.style.LogTicksAxis;
import org.mrdmft.plot.style.PaperStyle;

/**
 * fig4c (docs/FIGURES.md (fig4c)), drawn from {@link Fig4c}'s data: per case the panels of
 * {@link FixedPointCasePanels} against the stationary theory and the theory's branches and row norms as CSV;
 * with {@code --full} case 3's region-1 row norm against N (log-log, with an N^(−1/2) guide); the row norms of every
 * case, the simulation settings and the branch codes as CSV.
 *
 * <p>Quick: N = 500, T = 100, 3 draws. {@code --full}: N = 4000, T = 400, 5 draws (about an hour on two
 * cores).
 */
public final class Fig4cFigure implements PaperFigure {
    @Override
    public String name() {
        return "fig4c";
    }

    /** Legend of the theory's row norms. */
    static final String THEORY = "stationary DMFT";

    @Override
    public String description() {
        return "R = 5, reciprocal, disorder per region, three cases: stationary theory vs simulation row norms";
    }

    @Override
    public List<Path> render(FigureJob job) throws IOException {
        Path dir = job.dir();
        boolean full = job.full();
        Fig4c.Data data = Fig4c.compute(full ? Fig4c.Options.full() : Fig4c.Options.quick(), job.progress());
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < data.cases().size(); k++) {
            files.addAll(new FixedPointCasePanels(data.cases().get(k), THEORY).write(dir, job.writer()));
            files.add(CsvTable.write(data.theoryTable(k), dir));
        }
        if (data.trend().isPresent()) {
            files.addAll(silentRegionTrend(data.trend().get(), dir, job.writer()));
        }
        files.add(CsvTable.write(FixedPointCase.rowNormTable("fig4c-row-norms", data.cases()), dir));
        files.add(SimulationNote.write(dir.resolve("fig4c-simulation.csv"), data.settings()));
        Files.writeString(dir.resolve("fig4c-branch-codes.csv"),
                "code,branch\n0,chaos-suppressed\n1,chaos-with-structure\n2,chaos\n");
        files.add(dir.resolve("fig4c-branch-codes.csv"));
        return files;
    }

    /** Case 3, region 1: its simulated row norm against N, every draw, with the N^(-1/2) guide (log-log). */
    private static List<Path> silentRegionTrend(Fig4c.SilentRegionTrend trend, Path dir, FigureWriter writer)
            throws IOException {
        DataTable table = trend.table();
        int[] sizes = trend.sizes();
        double[] x = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            x[i] = sizes[i];
        }
        LinePlot plot = new LinePlot(new LogTicksAxis("neurons per region N"),
                new LogTicksAxis("row norm \u2016S^{1\\cdot}\u2016"));
        plot.points("simulation, every draw", table.column("neurons"), table.column("rowNorm_1"), 0);
        plot.line("N^{\u22121/2}", x, trend.guide(), Color.BLACK, PaperStyle.line(1));
        List<Path> files = new ArrayList<>(writer.write(plot.panel(), dir.resolve(trend.name()),
                FixedPointCasePanels.SIZE));
        files.add(CsvTable.write(table, dir));
        return files;
    }
}
