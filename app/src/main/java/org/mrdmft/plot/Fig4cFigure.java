package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.Fig4c;
import org.mrdmft.figures.FixedPointCase;

/**
 * fig4c (docs/FIGURES.md (fig4c)), drawn from {@link Fig4c}'s data: per case the panels of
 * {@link FixedPointCasePanels} against the stationary theory and the theory's branches and row norms as CSV;
 * with {@code --full} case 3's region-1 row norm against N (with an N^(-1/2) guide); the row norms of every
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

    @Override
    public String description() {
        return "R = 5, reciprocal, disorder per region, three cases: stationary theory vs simulation row norms";
    }

    @Override
    public List<Path> render(Path dir, boolean full) throws IOException {
        Fig4c.Data data = Fig4c.compute(full ? Fig4c.Options.full() : Fig4c.Options.quick());
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < data.cases().size(); k++) {
            files.addAll(new FixedPointCasePanels(data.cases().get(k), "stationary DMFT sqrt(A)").write(dir));
            files.add(CsvTable.write(data.theoryTable(k), dir));
        }
        if (data.trend().isPresent()) {
            files.addAll(silentRegionTrend(data.trend().get(), dir));
        }
        files.add(CsvTable.write(FixedPointCase.rowNormTable("fig4c-row-norms", data.cases()), dir));
        files.add(SimulationNote.write(dir.resolve("fig4c-simulation.csv"), data.settings()));
        Files.writeString(dir.resolve("fig4c-branch-codes.csv"),
                "code,branch\n0,chaos-suppressed\n1,chaos-with-structure\n2,chaos\n");
        files.add(dir.resolve("fig4c-branch-codes.csv"));
        return files;
    }

    /** Case 3, region 1: its simulated row norm against N, every draw, with the N^(-1/2) guide. */
    private static List<Path> silentRegionTrend(Fig4c.SilentRegionTrend trend, Path dir) throws IOException {
        DataTable table = trend.table();
        int[] sizes = trend.sizes();
        XYChart chart = ChartStyle.xy(trend.name().replace("-case", " case ").replace("-region1-vs-N", "")
                + ": region 1 (pure chaos in theory, no current) against N", "neurons per region N",
                "row norm ||S^{1 .}|| (dimensionless)");
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        XYSeries points = chart.addSeries("simulation, every draw (late average)", table.column("neurons"),
                table.column("rowNorm_1"));
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarker(SeriesMarkers.CIRCLE);
        points.setMarkerColor(ChartStyle.color(0));
        double[] x = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            x[i] = sizes[i];
        }
        ChartStyle.line(chart, "N^(-1/2) through the mean at N = " + sizes[sizes.length - 1], x, trend.guide(), 6,
                ChartStyle.DASHED);
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve(trend.name())));
        files.add(CsvTable.write(table, dir));
        return files;
    }
}
