package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.complex.Complex;
import org.jfree.chart.JFreeChart;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.Fig6;
import org.mrdmft.figures.TextTable;
import org.mrdmft.io.FigureTableWriter;
import org.mrdmft.plot.style.LinePlot;
import org.mrdmft.plot.style.MathLegend;
import org.mrdmft.plot.style.Panel;
import org.mrdmft.plot.style.PaperSize;
import org.mrdmft.plot.style.PaperStyle;

/**
 * fig6 (docs/FIGURES.md (fig6)): draws the data of {@link Fig6}. Per tensor: the spectrum of That intact and with
 * region 1 silenced; for the shown g1 S^{2 3}(t) over the last 50 time units, Dhat(tau) at the midpoint (solid:
 * region 1, dashed: region 2), psi^1(t), the eigenvalues of the psi(t)-scaled That; and the stacked shares of
 * starts reaching each attractor at every g1. Each panel's numbers go to the CSV of the same name; the composite
 * {@code fig6} puts the panels of both tensors on one page ({@link #composite}).
 */
public final class Fig6Figure implements PaperFigure {
    /** Width of an attractor bar in units of g1. */
    static final double BAR = 0.045;

    @Override
    public String name() {
        return "fig6";
    }

    @Override
    public String description() {
        return "R = 3, only region 1 disordered (g1 = 0.3..3.0), tensors T1 and T2: attractors over starts, "
                + "spectra, S(t), Dhat, psi";
    }

    @Override
    public List<Path> render(FigureJob job) throws IOException {
        Path dir = job.dir();
        Fig6.Data data = Fig6.compute(job.full() ? Fig6.Options.full() : Fig6.Options.quick(), job.progress());
        List<DataTable> tables = data.tables();
        List<Path> files = new ArrayList<>();
        FigureWriter w = job.writer();
        int table = 0;
        for (Fig6.TensorData t : data.tensors()) {
            String name = t.name();
            files.addAll(w.write(titled(spectrum(t), t), dir.resolve(name + "-spectrum"), PaperSize.COLUMN_SQUARE));
            files.add(FigureTableWriter.write(tables.get(table++), dir));
            files.addAll(w.write(titled(currents(t, true), t), dir.resolve(name + "-currents"), PaperSize.COLUMN));
            files.add(FigureTableWriter.write(tables.get(table++), dir));
            files.addAll(w.write(titled(dhat(t, true), t), dir.resolve(name + "-dhat"), PaperSize.COLUMN));
            files.add(FigureTableWriter.write(tables.get(table++), dir));
            files.addAll(w.write(titled(gain(t, true), t), dir.resolve(name + "-gain"), PaperSize.COLUMN));
            files.add(FigureTableWriter.write(tables.get(table++), dir));
            files.addAll(w.write(titled(scaledSpectrum(t, true), t), dir.resolve(name + "-scaled-spectrum"),
                    PaperSize.COLUMN_SQUARE));
            files.add(FigureTableWriter.write(tables.get(table++), dir));
            files.addAll(w.write(titled(attractors(t), t), dir.resolve(name + "-attractors"), PaperSize.COLUMN));
        }
        files.add(FigureTableWriter.write(tables.get(table), dir));
        for (TextTable text : data.textTables()) {
            files.add(FigureTableWriter.write(text, dir));
        }
        PanelGrid grid = composite(data);
        files.addAll(w.write(grid, dir.resolve("fig6"), grid.size()));
        return files;
    }

    /**
     * The page: one key of the shown g1 on top, then per tensor a heading and two rows of three panels: the
     * spectrum, S^{23}(t) and Dhat(tau); the gain psi^1(t), the gain-scaled spectrum and the attractors reached.
     */
    static PanelGrid composite(Fig6.Data data) {
        PanelGrid.Builder grid = PanelGrid.ofWidth(PaperSize.PAGE_WIDTH)
                .row(0.3, PanelGrid.Cell.plain(LegendPanel.of(keys(data.options().shown(), true)), 1));
        for (Fig6.TensorData t : data.tensors()) {
            grid.row(0.24, PanelGrid.Cell.plain(new HeadingPanel("tensor " + symbol(t)), 1))
                    .row(2.0, List.of(spectrum(t).panel(), Panel.of(currents(t, false)), Panel.of(dhat(t, false))))
                    .row(2.1, List.of(Panel.of(gain(t, false)), scaledSpectrum(t, false).panel(),
                            Panel.of(attractors(t))));
        }
        return grid.build();
    }

    /** "T_1" for fig6-T1. */
    private static String symbol(Fig6.TensorData t) {
        return "T_" + t.number();
    }

    private static Panel titled(ComplexPlane plane, Fig6.TensorData t) {
        JFreeChart chart = plane.chart();
        GridMap.titled(chart, "tensor T" + t.number());
        return Panel.equalAspect(chart);
    }

    private static Panel titled(JFreeChart chart, Fig6.TensorData t) {
        GridMap.titled(chart, "tensor T" + t.number());
        return Panel.of(chart);
    }

    /** The key of the g1 colours (and of the region line styles of Dhat). */
    static List<MathLegend.Entry> keys(double[] shown, boolean regions) {
        List<MathLegend.Entry> entries = new ArrayList<>();
        for (int i = 0; i < shown.length; i++) {
            entries.add(MathLegend.Entry.line(label(shown[i]), PaperStyle.color(i), PaperStyle.line(0)));
        }
        if (regions) {
            entries.add(MathLegend.Entry.line("\\hat{\\Delta}^1", java.awt.Color.BLACK, PaperStyle.line(0)));
            entries.add(MathLegend.Entry.line("\\hat{\\Delta}^2", java.awt.Color.BLACK, PaperStyle.line(1)));
        }
        return entries;
    }

    private static ComplexPlane spectrum(Fig6.TensorData t) {
        return new ComplexPlane()
                .points("intact", re(t.intact()), im(t.intact()), PaperStyle.color(0), LinePlot.circle(4))
                .points("region 1 silenced", re(t.silenced()), im(t.silenced()), PaperStyle.color(1), diamond(4.5))
                .vertical(1.0);
    }

    /** S^{23} over the last time units, one line per shown g1. */
    private static JFreeChart currents(Fig6.TensorData t, boolean single) {
        LinePlot plot = new LinePlot("time t", "S^{23}");
        for (int i = 0; i < t.panels().size(); i++) {
            Fig6.Panel p = t.panels().get(i);
            plot.line(single ? label(p.g1()) : null, p.lastTime(), p.current23(), i, 0);
        }
        return plot.chart();
    }

    /** psi^1(t) over the whole run, one line per shown g1. */
    private static JFreeChart gain(Fig6.TensorData t, boolean single) {
        LinePlot plot = new LinePlot("time t", "ψ^1(t)");
        for (int i = 0; i < t.panels().size(); i++) {
            Fig6.Panel p = t.panels().get(i);
            plot.line(single ? label(p.g1()) : null, p.time(), p.gain1(), i, 0);
        }
        return plot.chart();
    }

    /** Dhat^1 (solid) and Dhat^2 (dashed) at the midpoint, colour by g1. */
    private static JFreeChart dhat(Fig6.TensorData t, boolean single) {
        LinePlot plot = new LinePlot("lag τ", "\\hat{\\Delta}(τ)");
        for (int i = 0; i < t.panels().size(); i++) {
            Fig6.Panel p = t.panels().get(i);
            plot.line(null, p.tau(), p.dhat()[0], i, 0);
            plot.line(null, p.tau(), p.dhat()[1], i, 1);
        }
        if (single) {
            keys(t.panels().stream().mapToDouble(Fig6.Panel::g1).toArray(), true).forEach(plot::legendEntry);
        }
        return plot.chart();
    }

    /** The eigenvalues of the gain-scaled That over the last time units, colour by g1. */
    private static ComplexPlane scaledSpectrum(Fig6.TensorData t, boolean single) {
        ComplexPlane plane = new ComplexPlane();
        for (int i = 0; i < t.panels().size(); i++) {
            Fig6.Panel p = t.panels().get(i);
            plane.points(single ? label(p.g1()) : null, p.scaledSpectrum().stream().mapToDouble(z -> z[1]).toArray(),
                    p.scaledSpectrum().stream().mapToDouble(z -> z[2]).toArray(), PaperStyle.color(i),
                    LinePlot.circle(2.4));
        }
        return plane.vertical(1.0);
    }

    /** Stacked shares of starts per attractor kind (labels of the three regions) at every g1. */
    private static JFreeChart attractors(Fig6.TensorData t) {
        double[] g1 = t.censuses().stream().mapToDouble(Fig6.Census::g1).toArray();
        return StackedShares.of("g^1", g1, t.shares(), BAR);
    }

    private static double[] re(List<Complex> z) {
        return z.stream().mapToDouble(Complex::getReal).toArray();
    }

    private static double[] im(List<Complex> z) {
        return z.stream().mapToDouble(Complex::getImaginary).toArray();
    }

    private static java.awt.Shape diamond(double size) {
        java.awt.geom.Path2D.Double d = new java.awt.geom.Path2D.Double();
        d.moveTo(0, -size / 2);
        d.lineTo(size / 2, 0);
        d.lineTo(0, size / 2);
        d.lineTo(-size / 2, 0);
        d.closePath();
        return d;
    }

    private static String label(double g1) {
        return String.format(Locale.ROOT, "g^1 = %.1f", g1);
    }
}
