package org.mrdmft.plot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.Fig5;
import org.mrdmft.figures.TextTable;
import org.mrdmft.io.FigureTableWriter;
import org.mrdmft.io.OutputDirectory;
import org.mrdmft.io.Provenance;
import org.mrdmft.io.sweep.SweepOutput;
import org.mrdmft.sweep.Shard;
import org.mrdmft.sweep.SweepPlan;

/**
 * fig5 (docs/FIGURES.md (fig5)): draws the data of {@link Fig5}. The grid sweep's rows go to {@code sweep/} with
 * the files {@code mrdmft sweep} writes; per region and pooled the modal label and label entropy maps; for the
 * five example points S(t) and Dhat(tau) of the representative draw with the label distribution over the draws.
 *
 * <p>Quick: 12 x 12 targets, 3 draws; 10 draws per example. {@code --full}: examples/sweeps/fig5.yaml, 40 x 40
 * targets, 50 draws (80,000 solves, more than an hour on two cores); 50 draws per example.
 */
public final class Fig5Figure implements PaperFigure {
    @Override
    public String name() {
        return "fig5";
    }

    @Override
    public String description() {
        return "R = 2, random T by leading eigenvalue: modal label and entropy maps, five examples (paper classifier)";
    }

    @Override
    public List<Path> render(Path dir, boolean full) throws IOException {
        return render(dir, full, ProgressListener.NONE);
    }

    /** Reports the grid sweep's rows to {@code progress} (the examples follow in seconds). */
    @Override
    public List<Path> render(Path dir, boolean full, ProgressListener progress) throws IOException {
        Fig5.Data data = Fig5.compute(full ? Fig5.Options.full() : Fig5.Options.quick(), progress);
        List<DataTable> tables = data.tables();
        List<Path> files = new ArrayList<>();
        SweepPlan plan = new SweepPlan(data.grid());
        try (OutputDirectory sweep = OutputDirectory.open(dir.resolve("sweep"), plan.spec().fingerprint(), "sweep",
                OutputDirectory.Overwrite.ALWAYS)) {
            files.add(SweepOutput.write(sweep, plan, Shard.ALL, data.rows(), data.rows().size(), data.gridSeconds(),
                    Provenance.detect(), SweepHeatmap::labelMaps).directory());
        }
        files.addAll(maps(data, dir));
        files.add(FigureTableWriter.write(tables.get(0), dir));
        int table = 1;
        for (Fig5.Example e : data.examples()) {
            String base = "fig5-example-" + (e.index() + 1);
            String head = String.format(Locale.ROOT, "fig5 example %d, lambda = %.4g + %.4gi: %s (modal), draw %d",
                    e.index() + 1, e.point().re(), e.point().im(), e.modalLabel(), e.representative() + 1);
            files.addAll(FigureWriter.save(currents(e, head), dir.resolve(base + "-currents")));
            files.add(FigureTableWriter.write(tables.get(table++), dir));
            files.addAll(FigureWriter.save(lagSlice(e, head), dir.resolve(base + "-lag-slice")));
            files.add(FigureTableWriter.write(tables.get(table++), dir));
            files.add(FigureTableWriter.write(tables.get(table++), dir));
        }
        files.add(FigureTableWriter.write(tables.get(table), dir));
        for (TextTable t : data.textTables()) {
            files.add(FigureTableWriter.write(t, dir));
        }
        Path settings = dir.resolve("fig5-settings.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(settings.toFile(), data.settings());
        files.add(settings);
        return files;
    }

    /** Modal label and entropy maps per region and pooled. */
    private static List<Path> maps(Fig5.Data data, Path dir) throws IOException {
        double[] re = data.re();
        double[] im = data.im();
        int labels = DynamicsLabel.values().length;
        List<Path> files = new ArrayList<>();
        for (Fig5.LabelMap m : data.maps()) {
            double[][] modal = grid(m.modal(), re.length, im.length);
            double[][] entropy = grid(m.entropyBits(), re.length, im.length);
            String xName = String.format(Locale.ROOT, "Re lambda (leading eigenvalue of That); %d labels per point, "
                    + "%s classifier", m.samples(), data.options().classifier());
            files.addAll(FigureWriter.save(SweepHeatmap.of("fig5 " + m.who() + ": " + SweepHeatmap.legend(), xName,
                    re, "Im lambda", im, modal, 0, labels - 1, labels), dir.resolve("fig5-modal-label-" + m.suffix())));
            double maxEntropy = Math.log(Math.min(labels, m.samples())) / Math.log(2.0);
            files.addAll(FigureWriter.save(SweepHeatmap.of("fig5 " + m.who() + ": entropy of the labels (bits)",
                    xName, re, "Im lambda", im, entropy, 0, Math.max(maxEntropy, 1e-9), 0),
                    dir.resolve("fig5-label-entropy-" + m.suffix())));
        }
        return files;
    }

    /** values[p] at (x_i, y_j), p = i ny + j, as [i][j]. */
    private static double[][] grid(double[] values, int nx, int ny) {
        double[][] g = new double[nx][ny];
        for (int p = 0; p < values.length; p++) {
            g[p / ny][p % ny] = values[p];
        }
        return g;
    }

    private static XYChart currents(Fig5.Example e, String head) {
        XYChart chart = ChartStyle.xy(head, FixedPointCasePanels.TIME, "current S^{mu nu} (dimensionless)");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        ChartStyle.timeAxis(chart);
        int regions = e.currents().length;
        for (int mu = 0; mu < regions; mu++) {
            for (int nu = 0; nu < regions; nu++) {
                ChartStyle.line(chart, CurrentsPlot.label(mu, nu), e.time(), e.currents()[mu][nu], mu * regions + nu,
                        ChartStyle.SOLID);
            }
        }
        return chart;
    }

    private static XYChart lagSlice(Fig5.Example e, String head) {
        int regions = e.dhat().length;
        XYChart chart = ChartStyle.xy(head, String.format(Locale.ROOT,
                "lag tau (time constants) from t0 = %.2f; labels of %d draws x %d regions: %s", e.referenceTime(),
                e.rows().size(), regions, e.distribution()), "Dhat(t0, t0 + tau)");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        ChartStyle.timeAxis(chart);
        for (int mu = 0; mu < regions; mu++) {
            ChartStyle.line(chart, "region " + (mu + 1) + ": " + e.rows().get(e.representative()).labels().get(mu),
                    e.tau(), e.dhat()[mu], mu, ChartStyle.SOLID);
        }
        return chart;
    }
}
