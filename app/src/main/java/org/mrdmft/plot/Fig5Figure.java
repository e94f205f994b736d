package org.mrdmft.plot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.Fig5;
import org.mrdmft.figures.TextTable;
import org.mrdmft.io.FigureTableWriter;
import org.mrdmft.io.OutputDirectory;
import org.mrdmft.io.Provenance;
import org.mrdmft.io.sweep.SweepOutput;
import org.mrdmft.plot.style.LinePlot;
import org.mrdmft.plot.style.MathLegend;
import org.mrdmft.plot.style.Panel;
import org.mrdmft.plot.style.PaperSize;
import org.mrdmft.plot.style.PaperStyle;
import org.mrdmft.sweep.Shard;
import org.mrdmft.sweep.SweepPlan;

/**
 * fig5 (docs/FIGURES.md (fig5)): draws the data of {@link Fig5}. The grid sweep's rows go to {@code sweep/} with
 * the files {@code mrdmft sweep} writes; per region and pooled the modal label and label entropy maps; for the
 * five example points S(t) and Dhat(tau) of the representative draw with the label distribution over the draws;
 * and the composite {@code fig5} laid out as the paper's figure ({@link #composite}).
 *
 * <p>Quick: 12 x 12 targets, 3 draws; 10 draws per example. {@code --full}: examples/sweeps/fig5.yaml, 40 x 40
 * targets, 50 draws (80,000 solves, more than an hour on two cores); 50 draws per example.
 */
public final class Fig5Figure implements PaperFigure {
    static final String RE = "Re λ";
    static final String IM = "Im λ";

    @Override
    public String name() {
        return "fig5";
    }

    @Override
    public String description() {
        return "R = 2, random T by leading eigenvalue: modal label and entropy maps, five examples (paper classifier)";
    }

    /** Reports the grid sweep's rows to the job's progress (the examples follow in seconds). */
    @Override
    public List<Path> render(FigureJob job) throws IOException {
        Path dir = job.dir();
        Fig5.Data data = Fig5.compute(job.full() ? Fig5.Options.full() : Fig5.Options.quick(), job.progress());
        List<DataTable> tables = data.tables();
        List<Path> files = new ArrayList<>();
        SweepPlan plan = new SweepPlan(data.grid());
        try (OutputDirectory sweep = OutputDirectory.open(dir.resolve("sweep"), plan.spec().fingerprint(), "sweep",
                OutputDirectory.Overwrite.ALWAYS)) {
            files.add(SweepOutput.write(sweep, plan, Shard.ALL, data.rows(), data.rows().size(), data.gridSeconds(),
                    Provenance.detect(), SweepHeatmap::labelMaps).directory());
        }
        files.addAll(maps(data, dir, job.writer()));
        files.add(FigureTableWriter.write(tables.get(0), dir));
        int table = 1;
        for (Fig5.Example e : data.examples()) {
            String base = "fig5-example-" + (e.index() + 1);
            files.addAll(job.writer().write(currents(e, true), dir.resolve(base + "-currents"), PaperSize.COLUMN));
            files.add(FigureTableWriter.write(tables.get(table++), dir));
            files.addAll(job.writer().write(lagSlice(e, true), dir.resolve(base + "-lag-slice"), PaperSize.COLUMN));
            files.add(FigureTableWriter.write(tables.get(table++), dir));
            files.add(FigureTableWriter.write(tables.get(table++), dir));
        }
        files.add(FigureTableWriter.write(tables.get(table), dir));
        for (TextTable t : data.textTables()) {
            files.add(FigureTableWriter.write(t, dir));
        }
        PanelGrid grid = composite(data);
        files.addAll(job.writer().write(grid, dir.resolve("fig5"), grid.size()));
        Path settings = dir.resolve("fig5-settings.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(settings.toFile(), data.settings());
        files.add(settings);
        return files;
    }

    /**
     * The paper's layout on a page: the pooled modal-label map and its entropy side by side on top; below, one
     * column per example point, S(t) above Dhat(tau); one legend for the currents and regions at the bottom.
     */
    static PanelGrid composite(Fig5.Data data) {
        Fig5.LabelMap pooled = data.maps().get(data.maps().size() - 1);
        List<Panel> currents = new ArrayList<>();
        List<Panel> slices = new ArrayList<>();
        for (Fig5.Example e : data.examples()) {
            currents.add(currents(e, false));
            slices.add(lagSlice(e, false));
        }
        return PanelGrid.ofWidth(PaperSize.PAGE_WIDTH)
                .row(2.7, PanelGrid.Cell.of(modal(data, pooled, true)), PanelGrid.Cell.of(entropy(data, pooled, true)))
                .row(1.55, currents)
                .row(1.4, slices)
                .row(0.3, PanelGrid.Cell.plain(legend(), 1))
                .build();
    }

    /** Modal label and entropy maps per region and pooled. */
    private static List<Path> maps(Fig5.Data data, Path dir, FigureWriter writer) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Fig5.LabelMap m : data.maps()) {
            files.addAll(writer.write(modal(data, m, false), dir.resolve("fig5-modal-label-" + m.suffix()),
                    SweepHeatmap.SIZE));
            files.addAll(writer.write(entropy(data, m, false), dir.resolve("fig5-label-entropy-" + m.suffix()),
                    SweepHeatmap.SIZE));
        }
        return files;
    }

    private static String who(Fig5.LabelMap m, Fig5.Data data) {
        return String.format(Locale.ROOT, "%s, %d labels per point", m.who(), m.samples());
    }

    private static Panel modal(Fig5.Data data, Fig5.LabelMap m, boolean composite) {
        return SweepHeatmap.modal(composite ? "modal label, " + m.who() : who(m, data), RE, data.re(), IM, data.im(),
                grid(m.modal(), data.re().length, data.im().length), true);
    }

    private static Panel entropy(Fig5.Data data, Fig5.LabelMap m, boolean composite) {
        return SweepHeatmap.entropy(composite ? "label entropy, " + m.who() : who(m, data), RE, data.re(), IM, data.im(),
                grid(m.entropyBits(), data.re().length, data.im().length), m.samples());
    }

    /** values[p] at (x_i, y_j), p = i ny + j, as [i][j]. */
    private static double[][] grid(double[] values, int nx, int ny) {
        double[][] g = new double[nx][ny];
        for (int p = 0; p < values.length; p++) {
            g[p / ny][p % ny] = values[p];
        }
        return g;
    }

    /** "λ = 1.25 + 0.6i", a line break or ": ", then the modal label ("chaos"). */
    static String heading(Fig5.Example e, String separator) {
        return String.format(Locale.ROOT, "λ = %s + %si%s%s", number(e.point().re()), number(e.point().im()),
                separator, Fig5.SHORT.get(e.modal()));
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    /** S^{mu nu}(t): colour by the receiving region mu, solid from region 1, dashed from region 2. */
    static Panel currents(Fig5.Example e, boolean single) {
        int regions = e.currents().length;
        LinePlot plot = new LinePlot("time t", "S^{\\mu\\nu}");
        for (int mu = 0; mu < regions; mu++) {
            for (int nu = 0; nu < regions; nu++) {
                plot.line(single ? "S^{" + (mu + 1) + (nu + 1) + "}" : null, e.time(), e.currents()[mu][nu], mu, nu);
            }
        }
        JFreeChart chart = plot.chart();
        GridMap.titled(chart, single ? heading(e, ": ") + String.format(Locale.ROOT, " (draw %d)",
                e.representative() + 1) : heading(e, "\n"));
        return Panel.of(chart);
    }

    /** Dhat^mu(t0, t0 + tau) of the representative draw, one line per region. */
    static Panel lagSlice(Fig5.Example e, boolean single) {
        int regions = e.dhat().length;
        LinePlot plot = new LinePlot(single ? String.format(Locale.ROOT, "lag τ from t_0 = %.2f", e.referenceTime())
                : "lag τ", single ? "\\hat{\\Delta}(t_0, t_0 + τ)" : "\\hat{\\Delta}(τ)");
        for (int mu = 0; mu < regions; mu++) {
            plot.line(single ? "region " + (mu + 1) + ": " + Fig5.SHORT.get(label(e, mu)) : null, e.tau(), e.dhat()[mu],
                    mu, 0);
        }
        JFreeChart chart = plot.chart();
        if (single) {
            GridMap.titled(chart, heading(e, ": ") + "; labels over " + e.rows().size() + " draws: " + e.distribution());
        }
        return Panel.of(chart);
    }

    /** The representative draw's label code of region {@code mu}. */
    private static int label(Fig5.Example e, int mu) {
        String name = e.rows().get(e.representative()).labels().get(mu);
        for (DynamicsLabel l : DynamicsLabel.values()) {
            if (l.configName().equals(name)) {
                return l.ordinal();
            }
        }
        throw new IllegalStateException("fig5: unknown label " + name);
    }

    /** The shared key of the example panels: the four currents and the two regions' slices. */
    private static Panel legend() {
        List<MathLegend.Entry> entries = new ArrayList<>();
        for (int mu = 0; mu < 2; mu++) {
            for (int nu = 0; nu < 2; nu++) {
                entries.add(MathLegend.Entry.line("S^{" + (mu + 1) + (nu + 1) + "}", PaperStyle.color(mu),
                        PaperStyle.line(nu)));
            }
        }
        for (int mu = 0; mu < 2; mu++) {
            entries.add(MathLegend.Entry.line("\\hat{\\Delta}^{" + (mu + 1) + "}", PaperStyle.color(mu),
                    PaperStyle.line(0)));
        }
        return LegendPanel.of(entries);
    }
}
