package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.Fig4a;
import org.mrdmft.stationary.RoutingCurves;

/**
 * fig4a (docs/FIGURES.md (fig4a)), drawn from {@link Fig4a}'s data: sqrt(A) of one routing region against its
 * disorder g, for b = 1.5, 2, 2.5: the static branch (solid while stable, dashed beyond the chaos onset g_c,
 * marked), and the chaotic branch down to A = 0.
 */
public final class Fig4aFigure implements PaperFigure {
    @Override
    public String name() {
        return "fig4a";
    }

    @Override
    public String description() {
        return "one routing region: sqrt(A) against g for b = 1.5, 2, 2.5 (static, unstable static, chaotic)";
    }

    @Override
    public List<Path> render(Path dir, boolean full) throws IOException {
        Fig4a.Data data = Fig4a.compute(full ? Fig4a.Options.full() : Fig4a.Options.quick());
        double[] g = data.disorder();
        XYChart chart = ChartStyle.xy("fig4a: structured variance of a routing region", "disorder g",
                "sqrt(A)");
        for (int k = 0; k < data.curves().size(); k++) {
            RoutingCurves c = data.curves().get(k);
            double[] stable = new double[g.length];
            double[] unstable = new double[g.length];
            for (int i = 0; i < g.length; i++) {
                stable[i] = c.staticStable()[i] ? c.staticRootA()[i] : Double.NaN;
                unstable[i] = c.staticStable()[i] ? Double.NaN : c.staticRootA()[i];
            }
            String b = "b = " + c.pairLoop();
            ChartStyle.line(chart, b + " static", g, stable, k, ChartStyle.SOLID);
            // XChart dashes each segment on its own: draw the dashed branch on a coarser grid so dashes show
            ChartStyle.line(chart, b + " static, unstable", ChartStyle.every(g, 20), ChartStyle.every(unstable, 20), k,
                    ChartStyle.DASHED);
            XYSeries chaotic = ChartStyle.line(chart, b + " chaotic", g, c.chaoticRootA(), k, ChartStyle.SOLID);
            chaotic.setLineWidth(3.5f);
        }
        XYSeries onset = chart.addSeries("chaos onset g_c = (2 b^2 - 1)^(1/4)", data.chaosOnsets(),
                data.rootAAtOnset());
        onset.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        onset.setMarker(SeriesMarkers.DIAMOND);
        onset.setMarkerColor(java.awt.Color.BLACK);
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve("fig4a")));
        for (DataTable t : data.tables()) {
            files.add(CsvTable.write(t, dir));
        }
        return files;
    }
}
