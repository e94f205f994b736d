package org.mrdmft.plot;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.Fig4a;
import org.mrdmft.plot.style.LinePlot;
import org.mrdmft.plot.style.PaperSize;
import org.mrdmft.plot.style.PaperStyle;
import org.mrdmft.plot.style.Panel;
import org.mrdmft.stationary.RoutingCurves;

/**
 * fig4a (docs/FIGURES.md (fig4a)), drawn from {@link Fig4a}'s data: √A of one routing region against its disorder
 * g, for b = 1.5, 2, 2.5. The branches differ in colour and line style: the static branch solid blue while stable,
 * dashed blue beyond the chaos onset g_c (black diamonds), the chaotic branch dash-dotted vermillion down to A = 0;
 * each b is written next to its onset.
 */
public final class Fig4aFigure implements PaperFigure {
    /** Printed size. */
    static final PaperSize SIZE = PaperSize.column(2.6);
    private static final int STATIC = 0;
    private static final int CHAOTIC = 1;

    @Override
    public String name() {
        return "fig4a";
    }

    @Override
    public String description() {
        return "one routing region: sqrt(A) against g for b = 1.5, 2, 2.5 (static, unstable static, chaotic)";
    }

    @Override
    public List<Path> render(FigureJob job) throws IOException {
        Fig4a.Data data = Fig4a.compute(job.full() ? Fig4a.Options.full() : Fig4a.Options.quick(), job.progress());
        List<Path> files = new ArrayList<>(job.writer().write(panel(data), job.dir().resolve("fig4a"), SIZE));
        for (DataTable t : data.tables()) {
            files.add(CsvTable.write(t, job.dir()));
        }
        return files;
    }

    /** The chart of {@code data}. */
    static Panel panel(Fig4a.Data data) {
        double[] g = data.disorder();
        LinePlot plot = new LinePlot("disorder g", "\\sqrt{A}");
        for (int k = 0; k < data.curves().size(); k++) {
            RoutingCurves c = data.curves().get(k);
            double[] stable = new double[g.length];
            double[] unstable = new double[g.length];
            for (int i = 0; i < g.length; i++) {
                stable[i] = c.staticStable()[i] ? c.staticRootA()[i] : Double.NaN;
                // the unstable part starts where the stable one ends, so that the two join
                boolean next = i + 1 < g.length && !c.staticStable()[i + 1];
                unstable[i] = !c.staticStable()[i] || next ? c.staticRootA()[i] : Double.NaN;
            }
            boolean first = k == 0;
            plot.line(first ? "static, stable" : null, g, stable, PaperStyle.color(STATIC), PaperStyle.line(0));
            plot.line(first ? "static, unstable" : null, g, unstable, PaperStyle.color(STATIC), PaperStyle.line(1));
            plot.line(first ? "chaotic" : null, g, c.chaoticRootA(), PaperStyle.color(CHAOTIC), PaperStyle.line(3));
        }
        plot.points("chaos onset g_c", data.chaosOnsets(), data.rootAAtOnset(), Color.BLACK,
                FixedPointCasePanels.diamond(5));
        JFreeChart chart = plot.tightX().chart();
        XYPlot xy = chart.getXYPlot();
        for (int k = 0; k < data.curves().size(); k++) {
            XYTextAnnotation b = new XYTextAnnotation(String.format(Locale.ROOT, "b = %s",
                    trim(data.pairLoops()[k])), data.chaosOnsets()[k], data.rootAAtOnset()[k]);
            b.setFont(PaperStyle.legendFont());
            b.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            b.setX(data.chaosOnsets()[k] + 0.06);
            b.setY(data.rootAAtOnset()[k] + 0.02);
            xy.addAnnotation(b);
        }
        return Panel.of(chart);
    }

    /** 1.5 -> "1.5", 2.0 -> "2". */
    static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
