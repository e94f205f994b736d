package org.mrdmft.plot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.mrdmft.dmft.LagSlice;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TransientSolvers;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.dynamics.PaperClassifier;
import org.mrdmft.sweep.LabelStatistics;
import org.mrdmft.sweep.LeadingEigenvalueAxis;
import org.mrdmft.sweep.Shard;
import org.mrdmft.io.sweep.SweepExecution;
import org.mrdmft.io.sweep.SweepOutput;
import org.mrdmft.sweep.SweepPlan;
import org.mrdmft.sweep.SweepRow;
import org.mrdmft.sweep.SweepSpec;

/**
 * fig5: the phase diagram of two randomly coupled regions (R = 2, U = I, g = 1.5) over the leading eigenvalue
 * lambda of That (docs/FIGURES.md (fig5)). The grid runs through the sweep machinery in process ({@link Fig5Sweep}; its
 * files in {@code sweep/}, as {@code mrdmft sweep} writes them). Panels: per region and for both regions
 * pooled (as the paper pools them), the modal label and the label entropy (bits) per grid point; for the five
 * example points (each a one-point sweep of its own), S(t) and Dhat(tau) at t0 = 41.65 of a representative
 * draw (one whose regions both carry the example's modal label) and the label distribution over the draws.
 * Labels by the classifier {@link Fig5Sweep#CLASSIFIER} (the paper's rule).
 *
 * <p>Quick: 12 x 12 targets, 3 draws; 10 draws per example. {@code --full}: examples/sweeps/fig5.yaml, 40 x 40
 * targets, 50 draws (80,000 solves, more than an hour on two cores); 50 draws per example.
 */
public final class Fig5Figure implements PaperFigure {
    /** Short label names, in {@link DynamicsLabel} order. */
    static final String[] SHORT = {"FP", "LC", "chaos", "FP+chaos", "LC+chaos"};
    /** Draws per example point (quick, full). */
    static final int[] EXAMPLE_DRAWS = {10, 50};
    /** The window of the example panels, in time units: S(t) for t &lt;= WINDOW and Dhat(tau) for tau &lt;= WINDOW. */
    static final double WINDOW = 50.0;

    @Override
    public String name() {
        return "fig5";
    }

    @Override
    public String description() {
        return "R = 2, random T by leading eigenvalue: modal label and entropy maps, five examples (paper classifier)";
    }

    /** The rows of one example point and what the figure shows of it. */
    record Example(int index, SweepPlan plan, List<SweepRow> rows, int[] pooledCounts, int modal, int[] regionModal,
                   double entropyBits, int representative) {
        /** The labels of every draw, regions pooled, counted and summarised. */
        static Example of(int k, int draws) {
            return of(k, draws, Fig5Sweep.CLASSIFIER);
        }

        /** The same with another {@code dmft.classifier} (the figure uses {@link Fig5Sweep#CLASSIFIER}). */
        static Example of(int k, int draws, String classifier) {
            SweepPlan plan = new SweepPlan(Fig5Sweep.example(k, draws, classifier));
            List<SweepRow> rows = IntStream.range(0, draws).parallel()
                    .mapToObj(d -> Fig5Sweep.rowSolver().solve(plan, 0, d)).toList();
            int[] counts = new int[DynamicsLabel.values().length];
            for (SweepRow r : rows) {
                r.labels().forEach(l -> counts[LabelStatistics.indexOf(l)]++);
            }
            LabelStatistics pooled = LabelStatistics.pooled(1, rows);
            LabelStatistics perRegion = LabelStatistics.of(1, rows.get(0).regions(), rows);
            int modal = pooled.modal()[0][0];
            String modalName = DynamicsLabel.values()[modal].configName();
            int representative = -1;
            for (SweepRow r : rows) {
                if (r.labels().stream().allMatch(modalName::equals)) {
                    representative = r.draw();
                    break;
                }
            }
            if (representative < 0) {
                representative = rows.stream().filter(r -> r.labels().contains(modalName)).findFirst()
                        .orElseThrow().draw();
            }
            return new Example(k, plan, rows, counts, modal, perRegion.modal()[0], pooled.entropyBits()[0][0],
                    representative);
        }

        double re() {
            return Fig5Sweep.EXAMPLES[index][0];
        }

        double im() {
            return Fig5Sweep.EXAMPLES[index][1];
        }

        /** "chaos 14, FP+chaos 6" over draws and regions (short names of {@link #SHORT}). */
        String distribution() {
            List<String> parts = new ArrayList<>();
            for (DynamicsLabel l : DynamicsLabel.values()) {
                if (pooledCounts[l.ordinal()] > 0) {
                    parts.add(SHORT[l.ordinal()] + " " + pooledCounts[l.ordinal()]);
                }
            }
            return String.join(", ", parts);
        }

        /** The representative draw solved again for its full trajectory (the same seed gives the same run). */
        TransientResult representativeRun() {
            var cfg = plan.rowConfig(0, representative).config();
            TransientProblem p = new TransientProblem(cfg.model(), cfg.dmft());
            TransientResult r = TransientSolvers.forProblem(p).solve(p);
            List<String> labels = PaperClassifier.classify(r).stream().map(DynamicsLabel::configName).toList();
            if (!labels.equals(rows.get(representative).labels())) {
                throw new IllegalStateException("fig5 example " + (index + 1) + ": the sweep row's labels "
                        + rows.get(representative).labels() + " are not the paper classifier's " + labels);
            }
            return r;
        }
    }

    @Override
    public List<Path> render(Path dir, boolean full) throws IOException {
        return render(dir, full, ProgressListener.NONE);
    }

    /** Reports the grid sweep's rows to {@code progress} (the examples follow in seconds). */
    @Override
    public List<Path> render(Path dir, boolean full, ProgressListener progress) throws IOException {
        SweepSpec grid = Fig5Sweep.grid(full);
        SweepPlan plan = new SweepPlan(grid);
        SweepExecution.Result result;
        try {
            result = new SweepExecution(Fig5Sweep.rowSolver(), Runtime.getRuntime().availableProcessors(), true)
                    .run(plan, Shard.ALL, dir.resolve("sweep"), progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("fig5 sweep interrupted", e);
        }
        List<SweepRow> rows = result.written().table().rows();
        List<Path> files = new ArrayList<>();
        files.add(result.written().directory());
        files.addAll(maps(grid, plan, rows, dir));
        List<Example> examples = new ArrayList<>();
        for (int k = 0; k < Fig5Sweep.EXAMPLES.length; k++) {
            examples.add(Example.of(k, EXAMPLE_DRAWS[full ? 1 : 0]));
        }
        for (Example e : examples) {
            files.addAll(examplePanels(e, dir));
        }
        files.add(exampleTable(examples).write(dir.resolve("fig5-examples.csv")));
        files.add(labelCodes(dir.resolve("fig5-label-codes.csv")));
        files.add(settings(grid, examples, dir.resolve("fig5-settings.json")));
        return files;
    }

    /** Modal label and entropy maps per region and pooled, and their CSV. */
    private static List<Path> maps(SweepSpec grid, SweepPlan plan, List<SweepRow> rows, Path dir) throws IOException {
        LeadingEigenvalueAxis axis = (LeadingEigenvalueAxis) grid.axes().get(0);
        double[] re = axis.re();
        double[] im = axis.im();
        int points = plan.points();
        int regions = rows.get(0).regions();
        LabelStatistics perRegion = LabelStatistics.of(points, regions, rows);
        LabelStatistics pooled = LabelStatistics.pooled(points, rows);
        double[] xs = new double[points];
        double[] ys = new double[points];
        for (int p = 0; p < points; p++) {
            xs[p] = re[p / im.length];
            ys[p] = im[p % im.length];
        }
        CsvTable table = new CsvTable().column("point", IntStream.range(0, points).asDoubleStream().toArray())
                .column("re", xs).column("im", ys);
        List<Path> files = new ArrayList<>();
        int labels = DynamicsLabel.values().length;
        for (int mu = 0; mu <= regions; mu++) {
            boolean all = mu == regions;
            LabelStatistics stats = all ? pooled : perRegion;
            int column = all ? 0 : mu;
            String who = all ? "both regions pooled" : "region " + (mu + 1);
            String suffix = all ? "pooled" : Integer.toString(mu + 1);
            double[] modal = new double[points];
            double[] entropy = new double[points];
            double[][] modalGrid = new double[re.length][im.length];
            double[][] entropyGrid = new double[re.length][im.length];
            for (int p = 0; p < points; p++) {
                int m = stats.modal()[p][column];
                modal[p] = m < 0 ? Double.NaN : m;
                entropy[p] = stats.entropyBits()[p][column];
                modalGrid[p / im.length][p % im.length] = modal[p];
                entropyGrid[p / im.length][p % im.length] = entropy[p];
            }
            table.column("modalLabel_" + suffix, modal).column("entropyBits_" + suffix, entropy);
            int samples = grid.draws() * (all ? regions : 1);
            String xName = String.format(Locale.ROOT, "Re lambda (leading eigenvalue of That); %d labels per point, "
                    + "%s classifier", samples, Fig5Sweep.CLASSIFIER);
            files.addAll(FigureWriter.save(SweepHeatmap.of("fig5 " + who + ": " + SweepOutput.legend(), xName, re,
                    "Im lambda", im, modalGrid, 0, labels - 1, labels), dir.resolve("fig5-modal-label-" + suffix)));
            double maxEntropy = Math.log(Math.min(labels, samples)) / Math.log(2.0);
            files.addAll(FigureWriter.save(SweepHeatmap.of("fig5 " + who + ": entropy of the labels (bits)", xName, re,
                    "Im lambda", im, entropyGrid, 0, Math.max(maxEntropy, 1e-9), 0),
                    dir.resolve("fig5-label-entropy-" + suffix)));
        }
        files.add(table.write(dir.resolve("fig5-points.csv")));
        return files;
    }

    private static List<Path> examplePanels(Example e, Path dir) throws IOException {
        TransientResult r = e.representativeRun();
        LagSlice slice = PaperClassifier.sliceNearest(r, Fig5Sweep.referenceTime());
        int n = Math.min(r.steps(), (int) Math.round(WINDOW / r.dt()) + 1);
        int lags = Math.min(slice.lags(), n);
        String label = DynamicsLabel.values()[e.modal()].configName();
        String head = String.format(Locale.ROOT, "fig5 example %d, lambda = %.4g + %.4gi: %s (modal), draw %d",
                e.index() + 1, e.re(), e.im(), label, e.representative() + 1);
        String base = "fig5-example-" + (e.index() + 1);
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = r.time(k);
        }
        XYChart currents = ChartStyle.xy(head, FixedPointCasePanels.TIME, "current S^{mu nu} (dimensionless)");
        currents.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        ChartStyle.timeAxis(currents);
        CsvTable currentTable = new CsvTable().column("t", t);
        int regions = r.regions();
        for (int mu = 0; mu < regions; mu++) {
            for (int nu = 0; nu < regions; nu++) {
                double[] s = new double[n];
                for (int k = 0; k < n; k++) {
                    s[k] = r.currents()[k][mu][nu];
                }
                ChartStyle.line(currents, CurrentsPlot.label(mu, nu), t, s, mu * regions + nu, ChartStyle.SOLID);
                currentTable.column("S_" + (mu + 1) + "_" + (nu + 1), s);
            }
        }
        List<Path> files = new ArrayList<>(FigureWriter.save(currents, dir.resolve(base + "-currents")));
        files.add(currentTable.write(dir.resolve(base + "-currents.csv")));
        double[] tau = new double[lags];
        for (int k = 0; k < lags; k++) {
            tau[k] = k * r.dt();
        }
        XYChart lagChart = ChartStyle.xy(head, String.format(Locale.ROOT,
                "lag tau (time constants) from t0 = %.2f; labels of %d draws x %d regions: %s", slice.referenceTime(),
                e.rows().size(), regions, e.distribution()), "Dhat(t0, t0 + tau)");
        lagChart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        ChartStyle.timeAxis(lagChart);
        CsvTable lagTable = new CsvTable().column("tau", tau);
        for (int mu = 0; mu < regions; mu++) {
            double[] d = java.util.Arrays.copyOf(slice.normalised()[mu], lags);
            ChartStyle.line(lagChart, "region " + (mu + 1) + ": "
                    + e.rows().get(e.representative()).labels().get(mu), tau, d, mu, ChartStyle.SOLID);
            lagTable.column("dhat_" + (mu + 1), d);
        }
        files.addAll(FigureWriter.save(lagChart, dir.resolve(base + "-lag-slice")));
        files.add(lagTable.write(dir.resolve(base + "-lag-slice.csv")));
        files.add(drawTable(e).write(dir.resolve(base + "-draws.csv")));
        return files;
    }

    /** Every draw of an example: seed, rejection-sampling tries, the drawn eigenvalue and the labels (codes). */
    private static CsvTable drawTable(Example e) {
        List<SweepRow> rows = e.rows();
        CsvTable t = new CsvTable().column("draw", rows.stream().mapToDouble(SweepRow::draw).toArray())
                .column("seed", rows.stream().mapToDouble(SweepRow::seed).toArray())
                .column("tries", rows.stream().mapToDouble(SweepRow::tries).toArray())
                .column("drawnRe", rows.stream().mapToDouble(SweepRow::leadingRe).toArray())
                .column("drawnIm", rows.stream().mapToDouble(SweepRow::leadingIm).toArray());
        for (int mu = 0; mu < rows.get(0).regions(); mu++) {
            int m = mu;
            t.column("label_" + (mu + 1), rows.stream().mapToDouble(r -> LabelStatistics.indexOf(r.labels().get(m)))
                    .toArray());
        }
        return t;
    }

    private static CsvTable exampleTable(List<Example> examples) {
        int n = examples.size();
        CsvTable t = new CsvTable()
                .column("example", examples.stream().mapToDouble(e -> e.index() + 1).toArray())
                .column("re", examples.stream().mapToDouble(Example::re).toArray())
                .column("im", examples.stream().mapToDouble(Example::im).toArray())
                .column("draws", examples.stream().mapToDouble(e -> e.rows().size()).toArray())
                .column("publishedLabel", examples.stream()
                        .mapToDouble(e -> LabelStatistics.indexOf(Fig5Sweep.PUBLISHED[e.index()])).toArray())
                .column("modalLabel", examples.stream().mapToDouble(Example::modal).toArray())
                .column("entropyBits", examples.stream().mapToDouble(Example::entropyBits).toArray())
                .column("representativeDraw", examples.stream().mapToDouble(e -> e.representative() + 1).toArray());
        for (int mu = 0; mu < examples.get(0).regionModal().length; mu++) {
            int m = mu;
            t.column("modalLabel_" + (mu + 1), examples.stream().mapToDouble(e -> e.regionModal()[m]).toArray());
        }
        for (DynamicsLabel l : DynamicsLabel.values()) {
            double[] c = new double[n];
            for (int k = 0; k < n; k++) {
                c[k] = examples.get(k).pooledCounts()[l.ordinal()];
            }
            t.column("count_" + l.configName(), c);
        }
        return t;
    }

    private static Path labelCodes(Path file) throws IOException {
        StringBuilder text = new StringBuilder("code,label\n");
        for (DynamicsLabel l : DynamicsLabel.values()) {
            text.append(l.ordinal()).append(',').append(l.configName()).append('\n');
        }
        java.nio.file.Files.writeString(file, text);
        return file;
    }

    /** What made the figure: the classifier, the grid sweep, the example sweeps and their labels. */
    private static Path settings(SweepSpec grid, List<Example> examples, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode o = json.createObjectNode();
        o.put("classifier", Fig5Sweep.CLASSIFIER);
        o.put("referenceTime", Fig5Sweep.referenceTime());
        o.put("modalLabel", "over draws and both regions pooled (ties to the earlier label in code order)");
        o.set("grid", grid.resolved());
        o.put("gridFingerprint", grid.fingerprint());
        var ex = o.putArray("examples");
        for (Example e : examples) {
            ObjectNode x = ex.addObject();
            x.set("sweep", e.plan().spec().resolved());
            x.put("published", Fig5Sweep.PUBLISHED[e.index()]);
            x.put("modal", DynamicsLabel.values()[e.modal()].configName());
            x.put("distribution", e.distribution());
            x.put("representativeDraw", e.representative() + 1);
        }
        json.writeValue(file.toFile(), o);
        return file;
    }
}
