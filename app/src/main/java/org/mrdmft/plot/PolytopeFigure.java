package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.Polytope;
import org.mrdmft.io.FigureTableWriter;
import org.mrdmft.plot.style.LinePlot;
import org.mrdmft.plot.style.Panel;
import org.mrdmft.plot.style.PaperSize;
import org.mrdmft.plot.style.PaperStyle;
import org.mrdmft.stationary.FixedPointComponents;

/**
 * polytope (docs/FIGURES.md (polytope)): draws the data of {@link Polytope}. First panel: the number of fracture
 * variables f against log10 of the vertex count, mean with bars of +- 2 SD over the draws with that f, one colour per
 * R (shifted a little in f so the bars do not hide each other). Second panel: the fixed points found on the
 * manifold, projected on the first two fracture currents and coloured by component.
 */
public final class PolytopeFigure implements PaperFigure {
    /** Shift in f between the R of the first panel. */
    static final double SHIFT = 0.1;

    @Override
    public String name() {
        return "polytope";
    }

    @Override
    public String description() {
        return "fixed-point manifold: fracture variables f against log10(vertex count), R = 5, 6, 7; fixed points "
                + "cluster into 2^f components";
    }

    @Override
    public List<Path> render(FigureJob job) throws IOException {
        Path dir = job.dir();
        Polytope.Data data = Polytope.compute(job.full() ? Polytope.Options.full() : Polytope.Options.quick(),
                job.progress());
        List<DataTable> tables = data.tables();
        LinePlot plot = new LinePlot("fracture variables f", "log_{10}(vertex count)");
        for (int k = 0; k < Polytope.REGIONS.length; k++) {
            List<Polytope.Summary> pts = data.summaries(Polytope.REGIONS[k]);
            double shift = SHIFT * (k - (Polytope.REGIONS.length - 1) / 2.0);
            double[] f = pts.stream().mapToDouble(s -> s.fractureVariables() + shift).toArray();
            double[] mean = pts.stream().mapToDouble(Polytope.Summary::meanLog10Vertices).toArray();
            plot.points("R = " + Polytope.REGIONS[k], f, mean, k);
            for (int i = 0; i < f.length; i++) {
                double sd2 = pts.get(i).twoSd();
                plot.line(null, new double[] {f[i], f[i]}, new double[] {mean[i] - sd2, mean[i] + sd2}, k, 0);
            }
        }
        List<Path> files = new ArrayList<>(job.writer().write(plot.panel(), dir.resolve("polytope"),
                PaperSize.COLUMN));
        files.add(FigureTableWriter.write(tables.get(0), dir));
        files.addAll(job.writer().write(components(data.components()), dir.resolve("polytope-components"),
                PaperSize.column(3.2)));
        for (DataTable t : tables.subList(1, tables.size())) {
            files.add(FigureTableWriter.write(t, dir));
        }
        return files;
    }

    private static Panel components(FixedPointComponents c) {
        int[][] fracture = c.polytope().fracturePairs();
        int f = fracture.length;
        int[] xPair = fracture[0];
        int[] yPair = fracture[1];
        LinePlot plot = new LinePlot(pair(xPair), pair(yPair));
        int[] component = c.component();
        for (int comp = 0; comp < 1 << f; comp++) {
            List<double[]> pts = new ArrayList<>();
            for (int k = 0; k < c.currents().size(); k++) {
                if (component[k] == comp) {
                    double[][] s = c.currents().get(k);
                    pts.add(new double[] {s[xPair[0]][xPair[1]], s[yPair[0]][yPair[1]]});
                }
            }
            if (pts.isEmpty()) {
                continue;
            }
            plot.points(c.pattern(comp).replace("-", "−") + " (" + pts.size() + ")",
                    pts.stream().mapToDouble(p -> p[0]).toArray(), pts.stream().mapToDouble(p -> p[1]).toArray(),
                    PaperStyle.color(comp), LinePlot.circle(comp / PaperStyle.PALETTE.size() % 2 == 0 ? 3.2 : 5));
        }
        List<String> names = new ArrayList<>();
        for (int[] p : fracture) {
            names.add(pair(p));
        }
        JFreeChart chart = plot.chart();
        GridMap.titled(chart, String.format(Locale.ROOT, "R = %d, f = %d: %d components from %d starts (2ᶠ = %d);"
                + " signs of %s", c.b().length, f, c.componentsFound(), c.starts(), 1 << f,
                String.join(", ", names.stream().map(PolytopeFigure::plain).toList())));
        return Panel.of(chart);
    }

    /** S^{mu nu} of a 0-based pair, in markup. */
    private static String pair(int[] p) {
        return "S^{" + (p[0] + 1) + (p[1] + 1) + "}";
    }

    /** S^{12} written for a plain-text title with superscript digits ("S¹²"). */
    private static String plain(String markup) {
        String digits = markup.substring(markup.indexOf('{') + 1, markup.indexOf('}'));
        StringBuilder out = new StringBuilder(markup.substring(0, markup.indexOf('^')));
        for (char d : digits.toCharArray()) {
            out.append("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(d - '0'));
        }
        return out.toString();
    }
}
