package org.mrdmft.figures;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.mrdmft.config.RunConfig;
import org.mrdmft.dmft.LagSlice;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.dynamics.PaperClassifier;
import org.mrdmft.model.Arrays2;
import org.mrdmft.sweep.ClassifiedSolve;
import org.mrdmft.sweep.LabelStatistics;
import org.mrdmft.sweep.LeadingEigenvalueAxis;
import org.mrdmft.sweep.RowSolver;
import org.mrdmft.sweep.SweepPlan;
import org.mrdmft.sweep.SweepRow;
import org.mrdmft.sweep.SweepRunner;
import org.mrdmft.sweep.SweepSpec;
import org.mrdmft.sweep.SweepSpecReader;
import org.mrdmft.sweep.TransientRowSolver;

/**
 * The data of fig5 (docs/FIGURES.md (fig5)): the phase diagram of two randomly coupled regions (R = 2, U = I,
 * g = 1.5) over the leading eigenvalue lambda of That. Random T is rejection-sampled until the leading
 * eigenvalue is within {@value #TOLERANCE} of the target (Re and |Im|); every row is a transient DMFT with
 * Nt = {@value #STEPS}, dt = {@value #DT}, S(0) ~ U(0, 1), labelled by the classifier {@link #CLASSIFIER}. The
 * grid runs in process as a sweep ({@link SweepRunner}); the published grid is examples/sweeps/fig5.yaml (same
 * resolved sweep and fingerprint, so the same rows as {@code mrdmft sweep examples/sweeps/fig5.yaml}). Per
 * region and pooled over both regions (as the paper pools them): the modal label and the label entropy (bits)
 * per grid point. Each of the five example points is a one-point sweep of its own: the label distribution over
 * its draws, and S(t) and Dhat(tau) at t0 = {@link #referenceTime()} of a representative draw (one whose regions
 * both carry the example's modal label).
 */
public final class Fig5 {
    /**
     * The dynamics classifier of fig5: the paper's rule on the normalised lag slice at t0 = (Nt - 1) dt / 3
     * ({@link PaperClassifier}). The one place it is chosen: {@link #base(String)} sets {@code dmft.classifier},
     * as examples/sweeps/fig5-base.yaml does.
     */
    public static final String CLASSIFIER = "paper";
    /** Accepted distance of the drawn leading eigenvalue from the target, in Re and |Im|. */
    public static final double TOLERANCE = 0.01875;
    /**
     * Proposals before a target counts as unreachable: the sweep default. The sampler integrates the radius out
     * (LeadingEigenvalueSampler), so even the hardest targets near the real axis (Im = 0.0385, Re = 2.5; about
     * 115,000 draws per hit for plain rejection) take about 5,000 proposals on average.
     */
    public static final int MAX_TRIES = LeadingEigenvalueAxis.DEFAULT_MAX_TRIES;
    /** Time points of every row. */
    public static final int STEPS = 2500;
    /** Time step of every row. */
    public static final double DT = 0.05;
    /** Example k (0-based) is a one-point sweep seeded EXAMPLE_SEED + k (the grid's seed is 0). */
    public static final long EXAMPLE_SEED = 101L;
    /** The window of the example panels: S(t) for t &lt;= WINDOW and Dhat(tau) for tau &lt;= WINDOW. */
    public static final double WINDOW = 50.0;
    /** Short label names, in {@link DynamicsLabel} order. */
    public static final List<String> SHORT = List.of("FP", "LC", "chaos", "FP+chaos", "LC+chaos");
    /** The five example points and their published labels. */
    public static final List<ExamplePoint> EXAMPLES = List.of(new ExamplePoint(1.25, 0.6, "chaos"),
            new ExamplePoint(1.575, 0.025, "fixed-point+chaos"), new ExamplePoint(2.3, 0.1, "fixed-point"),
            new ExamplePoint(1.6, 1.1, "limit-cycle+chaos"), new ExamplePoint(2.1, 0.5, "limit-cycle"));

    private Fig5() {
    }

    /**
     * An example point.
     *
     * @param re Re lambda
     * @param im Im lambda
     * @param published the published label (a {@link DynamicsLabel#configName()})
     */
    public record ExamplePoint(double re, double im, String published) {
    }

    /**
     * The knobs.
     *
     * @param gridName the grid sweep's name (part of its fingerprint)
     * @param gridPoints targets per axis: Re in linspace(1, 2.5, n), Im in linspace(0, 1.5, n)
     * @param gridDraws draws per grid point
     * @param exampleDraws draws per example point
     * @param classifier the rows' {@code dmft.classifier} ({@link #CLASSIFIER} for the figure)
     */
    public record Options(String gridName, int gridPoints, int gridDraws, int exampleDraws, String classifier) {
        public Options {
            if (gridPoints < 1 || gridDraws < 1 || exampleDraws < 1) {
                throw new IllegalArgumentException("fig5: grid points, grid draws and example draws must be >= 1");
            }
        }

        /** 12 x 12 targets, 3 draws; 10 draws per example (the command line's default). */
        public static Options quick() {
            return new Options("fig5-figure-quick", 12, 3, 10, CLASSIFIER);
        }

        /** examples/sweeps/fig5.yaml: 40 x 40 targets, 50 draws (80,000 solves); 50 draws per example. */
        public static Options full() {
            return new Options("fig5", 40, 50, 50, CLASSIFIER);
        }
    }

    /** The reference time t0 of the classified lag slice: one third of the run, as PaperClassifier takes it. */
    public static double referenceTime() {
        return (STEPS - 1) * DT / 3.0;
    }

    /** The row solver: a transient solve labelled by the rule of the row config's dmft.classifier. */
    public static RowSolver rowSolver() {
        return new TransientRowSolver();
    }

    /** examples/sweeps/fig5-base.yaml with {@code dmft.classifier} set: what every row starts from. */
    public static ObjectNode base(String classifier) {
        ObjectNode base = JsonNodeFactory.instance.objectNode();
        base.put("name", "fig5-base");
        base.put("regions", 2);
        base.put("disorder", 1.5);
        base.putObject("interactions").putObject("random").put("scale", 1.0).put("seed", 0);
        base.putObject("dmft").put("mode", "transient").put("dt", DT).put("steps", STEPS)
                .put("classifier", classifier);
        return base;
    }

    /** The phase-diagram grid of these options. */
    public static SweepSpec grid(Options options) {
        return gridPlan(options).spec();
    }

    /** The plan of that grid (built once, by the sweep reader's check). */
    static SweepPlan gridPlan(Options options) {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("name", options.gridName());
        tree.set("base", base(options.classifier()));
        ObjectNode eig = tree.putArray("axes").addObject().put("key", "interactions").putObject("leadingEigenvalue");
        eig.putObject("re").putArray("linspace").add(1.0).add(2.5).add(options.gridPoints());
        eig.putObject("im").putArray("linspace").add(0.0).add(1.5).add(options.gridPoints());
        eig.put("tolerance", TOLERANCE).put("scale", "|lambda|").put("maxTries", MAX_TRIES);
        tree.put("draws", options.gridDraws());
        tree.put("seed", 0);
        return SweepSpecReader.parsePlan(tree, Path.of("."), options.gridName());
    }

    /** Example {@code k} (0-based) as a one-point sweep with {@code draws} draws labelled by {@code classifier}. */
    public static SweepSpec exampleSweep(int k, int draws, String classifier) {
        return examplePlan(k, draws, classifier).spec();
    }

    /** The plan of that one-point sweep (built once, by the sweep reader's check). */
    static SweepPlan examplePlan(int k, int draws, String classifier) {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        String name = "fig5-example-" + (k + 1);
        tree.put("name", name);
        tree.set("base", base(classifier));
        ObjectNode eig = tree.putArray("axes").addObject().put("key", "interactions").putObject("leadingEigenvalue");
        eig.putArray("re").add(EXAMPLES.get(k).re());
        eig.putArray("im").add(EXAMPLES.get(k).im());
        eig.put("tolerance", TOLERANCE).put("scale", "|lambda|").put("maxTries", MAX_TRIES);
        tree.put("draws", draws);
        tree.put("seed", EXAMPLE_SEED + k);
        return SweepSpecReader.parsePlan(tree, Path.of("."), name);
    }

    /**
     * The modal label and label entropy of every grid point, for one region or both pooled.
     *
     * @param suffix "1", "2" for a region, "pooled" for both
     * @param who "region 1", ..., "both regions pooled"
     * @param samples labels per point (draws, times regions when pooled)
     * @param modal per point the modal label's code ({@link DynamicsLabel} ordinal), NaN without rows
     * @param entropyBits per point the entropy of the labels in bits
     */
    public record LabelMap(String suffix, String who, int samples, double[] modal, double[] entropyBits) {
        public LabelMap {
            modal = modal.clone();
            entropyBits = entropyBits.clone();
        }

        @Override
        public double[] modal() {
            return modal.clone();
        }

        @Override
        public double[] entropyBits() {
            return entropyBits.clone();
        }
    }

    /**
     * One example point: its sweep, the labels of every draw and the panels of a representative draw.
     *
     * @param index 0-based position in {@link #EXAMPLES}
     * @param point the target and its published label
     * @param spec the one-point sweep
     * @param rows one per draw, in draw order
     * @param pooledCounts per label code, how often it occurs over draws and both regions
     * @param modal the modal label's code over draws and regions pooled
     * @param regionModal per region, the modal label's code over the draws
     * @param entropyBits the entropy of the pooled labels in bits
     * @param representative the 0-based draw shown: the first whose regions both carry the modal label (else
     *     the first with it in some region)
     * @param time t_k for t &lt;= {@link #WINDOW}
     * @param currents S^{mu nu}(t_k) of the representative draw, [R][R][k]
     * @param referenceTime t0 of the lag slice
     * @param tau lags tau_k &lt;= {@link #WINDOW}
     * @param dhat Dhat^mu(t0, t0 + tau_k) of the representative draw, [R][k]
     */
    public record Example(int index, ExamplePoint point, SweepSpec spec, List<SweepRow> rows, int[] pooledCounts,
                          int modal, int[] regionModal, double entropyBits, int representative, double[] time,
                          double[][][] currents, double referenceTime, double[] tau, double[][] dhat) {
        public Example {
            rows = List.copyOf(rows);
            pooledCounts = pooledCounts.clone();
            regionModal = regionModal.clone();
            time = time.clone();
            currents = Arrays2.copy(currents);
            tau = tau.clone();
            dhat = Arrays2.copy(dhat);
        }

        @Override
        public int[] pooledCounts() {
            return pooledCounts.clone();
        }

        @Override
        public int[] regionModal() {
            return regionModal.clone();
        }

        @Override
        public double[] time() {
            return time.clone();
        }

        @Override
        public double[][][] currents() {
            return Arrays2.copy(currents);
        }

        @Override
        public double[] tau() {
            return tau.clone();
        }

        @Override
        public double[][] dhat() {
            return Arrays2.copy(dhat);
        }

        /** The modal label's name. */
        public String modalLabel() {
            return DynamicsLabel.values()[modal].configName();
        }

        /** "chaos 14, FP+chaos 6": the pooled counts of the labels that occur, short names of {@link #SHORT}. */
        public String distribution() {
            List<String> parts = new ArrayList<>();
            for (DynamicsLabel l : DynamicsLabel.values()) {
                if (pooledCounts[l.ordinal()] > 0) {
                    parts.add(SHORT.get(l.ordinal()) + " " + pooledCounts[l.ordinal()]);
                }
            }
            return String.join(", ", parts);
        }
    }

    /**
     * The figure's numbers.
     *
     * @param options what was computed
     * @param grid the grid sweep
     * @param rows its rows, by point then draw
     * @param gridSeconds wall time of the grid sweep
     * @param re the grid's targets Re lambda
     * @param im the grid's targets Im lambda; point p is (re[p / im.length], im[p % im.length])
     * @param maps per region, then both regions pooled
     * @param examples the five example points
     */
    public record Data(Options options, SweepSpec grid, List<SweepRow> rows, double gridSeconds, double[] re,
                       double[] im, List<LabelMap> maps, List<Example> examples) {
        public Data {
            re = re.clone();
            im = im.clone();
            rows = List.copyOf(rows);
            maps = List.copyOf(maps);
            examples = List.copyOf(examples);
        }

        @Override
        public double[] re() {
            return re.clone();
        }

        @Override
        public double[] im() {
            return im.clone();
        }

        /**
         * The numeric CSV tables of {@code mrdmft figure fig5} (label codes as in fig5-label-codes): fig5-points,
         * per example fig5-example-K-currents, -lag-slice and -draws, then fig5-examples.
         */
        public List<DataTable> tables() {
            List<DataTable> out = new ArrayList<>();
            int points = re.length * im.length;
            DataTable.Builder p = DataTable.named("fig5-points")
                    .column("point", IntStream.range(0, points).asDoubleStream().toArray())
                    .column("re", IntStream.range(0, points).mapToDouble(k -> re[k / im.length]).toArray())
                    .column("im", IntStream.range(0, points).mapToDouble(k -> im[k % im.length]).toArray());
            for (LabelMap m : maps) {
                p.column("modalLabel_" + m.suffix(), m.modal).column("entropyBits_" + m.suffix(), m.entropyBits);
            }
            out.add(p.build());
            for (Example e : examples) {
                String base = "fig5-example-" + (e.index() + 1);
                int regions = e.currents().length;
                DataTable.Builder currents = DataTable.named(base + "-currents").column("t", e.time());
                for (int mu = 0; mu < regions; mu++) {
                    for (int nu = 0; nu < regions; nu++) {
                        currents.column("S_" + (mu + 1) + "_" + (nu + 1), e.currents()[mu][nu]);
                    }
                }
                out.add(currents.build());
                DataTable.Builder lag = DataTable.named(base + "-lag-slice").column("tau", e.tau());
                for (int mu = 0; mu < regions; mu++) {
                    lag.column("dhat_" + (mu + 1), e.dhat()[mu]);
                }
                out.add(lag.build());
                out.add(draws(base + "-draws", e.rows()));
            }
            out.add(exampleTable());
            return out;
        }

        /** The text tables: fig5-label-codes. */
        public List<TextTable> textTables() {
            return List.of(TextTable.labelCodes("fig5-label-codes"));
        }

        /** fig5-settings.json: the classifier, the grid sweep, the example sweeps and their labels. */
        public ObjectNode settings() {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("classifier", options.classifier());
            o.put("referenceTime", referenceTime());
            o.put("modalLabel", "over draws and both regions pooled (ties to the earlier label in code order)");
            o.set("grid", grid.resolved());
            o.put("gridFingerprint", grid.fingerprint());
            var ex = o.putArray("examples");
            for (Example e : examples) {
                ObjectNode x = ex.addObject();
                x.set("sweep", e.spec().resolved());
                x.put("published", e.point().published());
                x.put("modal", e.modalLabel());
                x.put("distribution", e.distribution());
                x.put("representativeDraw", e.representative() + 1);
            }
            return o;
        }

        private DataTable exampleTable() {
            int n = examples.size();
            DataTable.Builder t = DataTable.named("fig5-examples")
                    .column("example", examples.stream().mapToDouble(e -> e.index() + 1).toArray())
                    .column("re", examples.stream().mapToDouble(e -> e.point().re()).toArray())
                    .column("im", examples.stream().mapToDouble(e -> e.point().im()).toArray())
                    .column("draws", examples.stream().mapToDouble(e -> e.rows().size()).toArray())
                    .column("publishedLabel", examples.stream()
                            .mapToDouble(e -> LabelStatistics.indexOf(e.point().published())).toArray())
                    .column("modalLabel", examples.stream().mapToDouble(Example::modal).toArray())
                    .column("entropyBits", examples.stream().mapToDouble(Example::entropyBits).toArray())
                    .column("representativeDraw", examples.stream().mapToDouble(e -> e.representative() + 1)
                            .toArray());
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
            return t.build();
        }

        /** Every draw of an example: seed, rejection-sampling tries, the drawn eigenvalue and the label codes. */
        private static DataTable draws(String name, List<SweepRow> rows) {
            DataTable.Builder t = DataTable.named(name)
                    .column("draw", rows.stream().mapToDouble(SweepRow::draw).toArray())
                    .column("seed", rows.stream().mapToDouble(SweepRow::seed).toArray())
                    .column("tries", rows.stream().mapToDouble(SweepRow::tries).toArray())
                    .column("drawnRe", rows.stream().mapToDouble(SweepRow::leadingRe).toArray())
                    .column("drawnIm", rows.stream().mapToDouble(SweepRow::leadingIm).toArray());
            for (int mu = 0; mu < rows.get(0).regions(); mu++) {
                int m = mu;
                t.column("label_" + (mu + 1), rows.stream()
                        .mapToDouble(r -> LabelStatistics.indexOf(r.labels().get(m))).toArray());
            }
            return t.build();
        }
    }

    /** The quick figure. */
    public static Data compute() {
        return compute(Options.quick());
    }

    /** The figure with these options. */
    public static Data compute(Options options) {
        return compute(options, ProgressListener.NONE);
    }

    /**
     * The figure with these options, reporting the grid sweep's finished rows to {@code progress} (the examples
     * follow in seconds).
     *
     * @throws CancellationException if the thread is interrupted during the grid sweep
     */
    public static Data compute(Options options, ProgressListener progress) {
        SweepPlan plan = gridPlan(options);
        SweepSpec grid = plan.spec();
        long start = System.nanoTime();
        List<SweepRow> rows;
        try {
            rows = new SweepRunner(rowSolver(), Runtime.getRuntime().availableProcessors(), progress).run(plan);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("fig5: the grid sweep was interrupted");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        LeadingEigenvalueAxis axis = (LeadingEigenvalueAxis) grid.axes().get(0);
        List<Example> examples = new ArrayList<>();
        for (int k = 0; k < EXAMPLES.size(); k++) {
            examples.add(example(k, options.exampleDraws(), options.classifier()));
        }
        return new Data(options, grid, rows, seconds, axis.re(), axis.im(), maps(plan, rows), examples);
    }

    private static List<LabelMap> maps(SweepPlan plan, List<SweepRow> rows) {
        int points = plan.points();
        int regions = rows.get(0).regions();
        LabelStatistics perRegion = LabelStatistics.of(points, regions, rows);
        LabelStatistics pooled = LabelStatistics.pooled(points, rows);
        List<LabelMap> maps = new ArrayList<>();
        for (int mu = 0; mu <= regions; mu++) {
            boolean all = mu == regions;
            LabelStatistics stats = all ? pooled : perRegion;
            int column = all ? 0 : mu;
            double[] modal = new double[points];
            double[] entropy = new double[points];
            for (int p = 0; p < points; p++) {
                int m = stats.modal()[p][column];
                modal[p] = m < 0 ? Double.NaN : m;
                entropy[p] = stats.entropyBits()[p][column];
            }
            maps.add(new LabelMap(all ? "pooled" : Integer.toString(mu + 1), all ? "both regions pooled"
                    : "region " + (mu + 1), plan.spec().draws() * (all ? regions : 1), modal, entropy));
        }
        return maps;
    }

    /** Example {@code k}: its draws solved and labelled, pooled, and the representative draw's panels. */
    public static Example example(int k, int draws, String classifier) {
        SweepPlan plan = examplePlan(k, draws, classifier);
        SweepSpec spec = plan.spec();
        RowSolver solver = rowSolver();
        List<SweepRow> rows = IntStream.range(0, draws).parallel().mapToObj(d -> solver.solve(plan, 0, d)).toList();
        int[] counts = new int[DynamicsLabel.values().length];
        for (SweepRow r : rows) {
            r.labels().forEach(l -> counts[LabelStatistics.indexOf(l)]++);
        }
        LabelStatistics pooled = LabelStatistics.pooled(1, rows);
        LabelStatistics perRegion = LabelStatistics.of(1, rows.get(0).regions(), rows);
        int modal = pooled.modal()[0][0];
        String modalName = DynamicsLabel.values()[modal].configName();
        int representative = rows.stream().filter(r -> r.labels().stream().allMatch(modalName::equals))
                .mapToInt(SweepRow::draw).findFirst().orElseGet(() -> rows.stream()
                        .filter(r -> r.labels().contains(modalName)).findFirst().orElseThrow().draw());
        RunConfig cfg = plan.rowConfig(0, representative).config();
        ClassifiedSolve solved = ClassifiedSolve.of(cfg.model(), cfg.dmft());
        TransientResult r = solved.result();
        List<String> labels = solved.dynamics().stream().map(x -> x.label().configName()).toList();
        if (!labels.equals(rows.get(representative).labels())) {
            throw new IllegalStateException("fig5 example " + (k + 1) + ": the sweep row's labels "
                    + rows.get(representative).labels() + " are not those of its solve again, " + labels);
        }
        LagSlice slice = PaperClassifier.sliceNearest(r, referenceTime());
        int n = Math.min(r.steps(), (int) Math.round(WINDOW / r.dt()) + 1);
        int lags = Math.min(slice.lags(), n);
        int regions = r.regions();
        double[] time = new double[n];
        double[][][] currents = new double[regions][regions][n];
        for (int i = 0; i < n; i++) {
            time[i] = r.time(i);
            for (int mu = 0; mu < regions; mu++) {
                for (int nu = 0; nu < regions; nu++) {
                    currents[mu][nu][i] = r.currents()[i][mu][nu];
                }
            }
        }
        double[] tau = new double[lags];
        for (int i = 0; i < lags; i++) {
            tau[i] = i * r.dt();
        }
        double[][] dhat = new double[regions][];
        for (int mu = 0; mu < regions; mu++) {
            dhat[mu] = Arrays.copyOf(slice.normalised()[mu], lags);
        }
        return new Example(k, EXAMPLES.get(k), spec, rows, counts, modal, perRegion.modal()[0],
                pooled.entropyBits()[0][0], representative, time, currents, slice.referenceTime(), tau, dhat);
    }
}
