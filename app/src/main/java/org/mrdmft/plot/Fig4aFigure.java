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
import org.mrdmft.stationary.RoutingCurves;

/**
 * fig4a: sqrt(A) of one routing region pinned at psi = 1/b against its disorder g, for b = 1.5, 2, 2.5: the
 * static branch (solid while stable, dashed beyond the chaos onset g_c, marked), and the chaotic branch
 * down to A = 0.
 */
public final class Fig4aFigure implements PaperFigure {
    static final double[] PAIR_LOOPS = {1.5, 2.0, 2.5};
    static final int POINTS = 2500;

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
        RoutingBranches branches = new RoutingBranches(Kernels.forNonlinearity(Nonlinearity.ERF));
        double[] g = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            g[i] = 3.0 * i / (POINTS - 1);
        }
        XYChart chart = ChartStyle.xy("fig4a: structured variance of a routing region", "disorder g",
                "sqrt(A)");
        CsvTable table = new CsvTable().column("g", g);
        double[] onsetG = new double[PAIR_LOOPS.length];
        double[] onsetA = new double[PAIR_LOOPS.length];
        for (int k = 0; k < PAIR_LOOPS.length; k++) {
            RoutingCurves c = branches.curves(PAIR_LOOPS[k], g);
            double[] stable = new double[POINTS];
            double[] unstable = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                stable[i] = c.staticStable()[i] ? c.staticRootA()[i] : Double.NaN;
                unstable[i] = c.staticStable()[i] ? Double.NaN : c.staticRootA()[i];
            }
            String b = "b = " + PAIR_LOOPS[k];
            ChartStyle.line(chart, b + " static", g, stable, k, ChartStyle.SOLID);
            // XChart dashes each segment on its own: draw the dashed branch on a coarser grid so dashes show
            ChartStyle.line(chart, b + " static, unstable", ChartStyle.every(g, 20), ChartStyle.every(unstable, 20), k,
                    ChartStyle.DASHED);
            XYSeries chaotic = ChartStyle.line(chart, b + " chaotic", g, c.chaoticRootA(), k, ChartStyle.SOLID);
            chaotic.setLineWidth(3.5f);
            onsetG[k] = c.chaosOnset();
            onsetA[k] = Math.sqrt(c.delta0() - disorderSourceAtOnset(c));
            table.column("sqrtA_static_b" + PAIR_LOOPS[k], c.staticRootA())
                    .column("stable_static_b" + PAIR_LOOPS[k], ChartStyle.booleans(c.staticStable()))
                    .column("sqrtA_chaotic_b" + PAIR_LOOPS[k], c.chaoticRootA())
                    .column("deltaInf_chaotic_b" + PAIR_LOOPS[k], c.chaoticDeltaInf());
        }
        XYSeries onset = chart.addSeries("chaos onset g_c = (2 b^2 - 1)^(1/4)", onsetG, onsetA);
        onset.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        onset.setMarker(SeriesMarkers.DIAMOND);
        onset.setMarkerColor(java.awt.Color.BLACK);
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve("fig4a")));
        files.add(table.write(dir.resolve("fig4a.csv")));
        files.add(new CsvTable().column("b", PAIR_LOOPS).column("chaosOnset", onsetG).column("sqrtA_at_onset", onsetA)
                .write(dir.resolve("fig4a-onsets.csv")));
        return files;
    }

    /** g_c^2 C(D0, D0, D0): the static A at the onset is D0 minus this. */
    private static double disorderSourceAtOnset(RoutingCurves c) {
        double d0 = c.delta0();
        double gc = c.chaosOnset();
        return gc * gc * Kernels.forNonlinearity(Nonlinearity.ERF).correlation(d0, d0, d0);
    }
}
