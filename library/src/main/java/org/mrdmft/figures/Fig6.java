package org.mrdmft.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.hipparchus.complex.Complex;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.LagSlice;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TransientSolvers;
import org.mrdmft.dynamics.Attractor;
import org.mrdmft.dynamics.AttractorCensus;
import org.mrdmft.dynamics.DynamicsClassification;
import org.mrdmft.dmft.DynamicsClassifier;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.dynamics.PaperClassifier;
import org.mrdmft.dynamics.RegionDynamics;
import org.mrdmft.model.Arrays2;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.stationary.Spectra;

/**
 * The data of fig6 (docs/FIGURES.md (fig6)): one region's disorder reshapes the global dynamics (R = 3, U = I,
 * the tensors T1 and T2 of {@link PaperTensors}). Only region 1 is disordered, g1 = 0.3, 0.6, ..., 3.0 (plus
 * 0.45, 0.5, 0.55 where T1's currents turn from a fixed point to a limit cycle); Nt = 3000, dt = 0.05. Each g1
 * is solved from several seeded initial currents S(0) ~ U(0, 1); each start is classified by the default
 * currents rule and by the paper's rule, and the starts are grouped into attractors with the share of starts
 * reaching each (near a transition the current dynamics can be bistable). Per tensor also: the spectrum of That
 * intact and with region 1 silenced (T^{mu 1 rho} = 0), and for a few shown g1 (first start) S^{2 3}(t) over the
 * last 50 time units, Dhat(tau) at the midpoint reference time, psi^1(t) and the eigenvalues of the
 * psi(t)-scaled That over the last 50 time units.
 */
public final class Fig6 {
    /** The tensors, by name of {@link PaperTensors}; fig6-labels numbers them 1, 2 in this order. */
    public static final List<String> TENSORS = List.of("fig6-T1", "fig6-T2");
    /** Time points per solve. */
    public static final int STEPS = 3000;
    /** Time step. */
    public static final double DT = 0.05;
    /** Time units shown at the end of the run. */
    public static final double LAST = 50.0;

    private Fig6() {
    }

    /**
     * The knobs.
     *
     * @param tensors the tensors, names of {@link #TENSORS}
     * @param disorders the values of g1, increasing
     * @param shown the g1 whose time courses are drawn (those among {@code disorders})
     * @param starts seeded starts per g1 (seeds 0..starts-1)
     * @param steps time points per solve (dt = {@link #DT})
     */
    public record Options(List<String> tensors, double[] disorders, double[] shown, int starts, int steps) {
        public Options {
            tensors = List.copyOf(tensors);
            for (String t : tensors) {
                if (!TENSORS.contains(t)) {
                    throw new IllegalArgumentException("fig6: unknown tensor " + t + "; known: " + TENSORS);
                }
            }
            disorders = disorders.clone();
            shown = shown.clone();
            if (starts < 1 || steps < 2) {
                throw new IllegalArgumentException("fig6: starts >= 1 and steps >= 2, got " + starts + ", " + steps);
            }
        }

        @Override
        public double[] disorders() {
            return disorders.clone();
        }

        @Override
        public double[] shown() {
            return shown.clone();
        }

        /** Both tensors, every g1 of the figure, 8 starts, Nt = 3000 (the command line's default). */
        public static Options quick() {
            return new Options(TENSORS, paperDisorders(), new double[] {0.3, 0.6, 1.5, 2.1, 2.7}, 8, STEPS);
        }

        /** The same with 24 starts ({@code --full}). */
        public static Options full() {
            return quick().withStarts(24);
        }

        /** These options with another number of starts. */
        public Options withStarts(int n) {
            return new Options(tensors, disorders, shown, n, steps);
        }

        boolean isShown(double g1) {
            for (double s : shown) {
                if (Math.abs(s - g1) < 1e-9) {
                    return true;
                }
            }
            return false;
        }
    }

    /** 0.3, 0.45, 0.5, 0.55, 0.6, 0.9, ..., 3.0: steps of 0.3 and three more near T1's transition. */
    public static double[] paperDisorders() {
        List<Double> g = new ArrayList<>();
        for (int j = 1; j <= 10; j++) {
            g.add(Math.round(3.0 * j) / 10.0);
            if (j == 1) {
                g.addAll(List.of(0.45, 0.5, 0.55));
            }
        }
        return g.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The starts at one g1.
     *
     * @param g1 region 1's disorder
     * @param dynamics per start (seed = index), the currents rule's classification of each region
     * @param paperLabels per start, the paper rule's label of each region
     * @param attractors the attractors found, with the share of starts reaching each
     */
    public record Census(double g1, List<List<RegionDynamics>> dynamics, List<List<DynamicsLabel>> paperLabels,
                         List<Attractor> attractors) {
        public Census {
            dynamics = dynamics.stream().map(List::copyOf).toList();
            paperLabels = paperLabels.stream().map(List::copyOf).toList();
            attractors = List.copyOf(attractors);
        }

        /** The currents rule's labels of every start, regions in order. */
        public List<List<DynamicsLabel>> labels() {
            return dynamics.stream().map(d -> d.stream().map(RegionDynamics::label).toList()).toList();
        }
    }

    /**
     * The time courses of the first start at one shown g1.
     *
     * @param g1 region 1's disorder
     * @param lastTime t over the last {@link #LAST} time units
     * @param current23 S^{2 3}(t) over the last time units
     * @param time t over the whole run
     * @param gain1 psi^1(t) over the whole run
     * @param tau the lags of the midpoint slice
     * @param dhat Dhat^mu(tau) at the midpoint reference time, [R][lags]
     * @param scaledSpectrum rows {t, Re, Im}: the eigenvalues of psi^nu(t) T^{mu nu rho} once per time unit over
     *     the last time units
     */
    public record Panel(double g1, double[] lastTime, double[] current23, double[] time, double[] gain1, double[] tau,
                        double[][] dhat, List<double[]> scaledSpectrum) {
        public Panel {
            lastTime = lastTime.clone();
            current23 = current23.clone();
            time = time.clone();
            gain1 = gain1.clone();
            tau = tau.clone();
            dhat = Arrays2.copy(dhat);
            scaledSpectrum = scaledSpectrum.stream().map(double[]::clone).toList();
        }

        @Override
        public double[] lastTime() {
            return lastTime.clone();
        }

        @Override
        public double[] current23() {
            return current23.clone();
        }

        @Override
        public double[] time() {
            return time.clone();
        }

        @Override
        public double[] gain1() {
            return gain1.clone();
        }

        @Override
        public double[] tau() {
            return tau.clone();
        }

        @Override
        public double[][] dhat() {
            return Arrays2.copy(dhat);
        }

        @Override
        public List<double[]> scaledSpectrum() {
            return scaledSpectrum.stream().map(double[]::clone).toList();
        }
    }

    /**
     * The numbers of one tensor.
     *
     * @param name the tensor's name
     * @param number its number in fig6-labels (1 for T1, 2 for T2)
     * @param intact the eigenvalues of That
     * @param silenced the eigenvalues of That with region 1 silenced
     * @param censuses one per g1, in order
     * @param panels one per shown g1, in order
     */
    public record TensorData(String name, int number, List<Complex> intact, List<Complex> silenced,
                             List<Census> censuses, List<Panel> panels) {
        public TensorData {
            intact = List.copyOf(intact);
            silenced = List.copyOf(silenced);
            censuses = List.copyOf(censuses);
            panels = List.copyOf(panels);
        }

        /** The census at {@code g1}. */
        public Census census(double g1) {
            return censuses.stream().filter(c -> Math.abs(c.g1() - g1) < 1e-9).findFirst().orElseThrow(
                    () -> new IllegalArgumentException(name + ": no census at g1 = " + g1));
        }

        /** Per attractor kind ({@link #kind}), in order of appearance, the share of starts at every g1. */
        public Map<String, double[]> shares() {
            Map<String, double[]> shares = new LinkedHashMap<>();
            for (int i = 0; i < censuses.size(); i++) {
                for (Attractor a : censuses.get(i).attractors()) {
                    shares.computeIfAbsent(kind(a.labels()), k -> new double[censuses.size()])[i] += a.fraction();
                }
            }
            return shares;
        }

        List<DataTable> tables() {
            List<DataTable> out = new ArrayList<>();
            out.add(DataTable.named(name + "-spectrum")
                    .column("re_intact", intact.stream().mapToDouble(Complex::getReal).toArray())
                    .column("im_intact", intact.stream().mapToDouble(Complex::getImaginary).toArray())
                    .column("re_silenced", silenced.stream().mapToDouble(Complex::getReal).toArray())
                    .column("im_silenced", silenced.stream().mapToDouble(Complex::getImaginary).toArray()).build());
            DataTable.Builder currents = DataTable.named(name + "-currents");
            DataTable.Builder dhat = DataTable.named(name + "-dhat");
            DataTable.Builder gain = DataTable.named(name + "-gain");
            for (int i = 0; i < panels.size(); i++) {
                Panel p = panels.get(i);
                if (i == 0) {
                    currents.column("t", p.lastTime());
                    dhat.column("tau", p.tau());
                    gain.column("t", p.time());
                }
                currents.column(column("S_2_3", p.g1()), p.current23());
                for (int mu = 0; mu < p.dhat().length; mu++) {
                    dhat.column(column("dhat_" + (mu + 1), p.g1()), p.dhat()[mu]);
                }
                gain.column(column("psi_1", p.g1()), p.gain1());
            }
            List<double[]> rows = new ArrayList<>();
            for (Panel p : panels) {
                for (double[] z : p.scaledSpectrum()) {
                    rows.add(new double[] {p.g1(), z[0], z[1], z[2]});
                }
            }
            out.add(currents.build());
            out.add(dhat.build());
            out.add(gain.build());
            out.add(DataTable.named(name + "-scaled-spectrum")
                    .column("g1", rows.stream().mapToDouble(x -> x[0]).toArray())
                    .column("t", rows.stream().mapToDouble(x -> x[1]).toArray())
                    .column("re", rows.stream().mapToDouble(x -> x[2]).toArray())
                    .column("im", rows.stream().mapToDouble(x -> x[3]).toArray()).build());
            return out;
        }
    }

    /**
     * The figure's numbers.
     *
     * @param options what was computed
     * @param tensors one per tensor of the options, in order
     */
    public record Data(Options options, List<TensorData> tensors) {
        public Data {
            tensors = List.copyOf(tensors);
        }

        /** The tensor of that name. */
        public TensorData tensor(String name) {
            return tensors.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("fig6: tensor " + name + " not computed"));
        }

        /**
         * The numeric CSV tables of {@code mrdmft figure fig6}: per tensor NAME-spectrum, NAME-currents, NAME-dhat,
         * NAME-gain and NAME-scaled-spectrum, then fig6-labels (labels as codes of fig6-label-codes).
         */
        public List<DataTable> tables() {
            List<DataTable> out = new ArrayList<>();
            for (TensorData t : tensors) {
                out.addAll(t.tables());
            }
            List<double[]> rows = new ArrayList<>();
            for (TensorData t : tensors) {
                for (Census c : t.censuses()) {
                    for (int seed = 0; seed < c.dynamics().size(); seed++) {
                        List<RegionDynamics> d = c.dynamics().get(seed);
                        List<DynamicsLabel> paper = c.paperLabels().get(seed);
                        rows.add(new double[] {t.number(), c.g1(), seed, d.get(0).label().ordinal(),
                            d.get(1).label().ordinal(), d.get(2).label().ordinal(), paper.get(0).ordinal(),
                            paper.get(1).ordinal(), paper.get(2).ordinal(), d.get(1).period(), d.get(1).decay(),
                            d.get(0).decay()});
                    }
                }
            }
            String[] names = {"tensor", "g1", "seed", "label_1", "label_2", "label_3", "paperLabel_1",
                "paperLabel_2", "paperLabel_3", "period_2", "decay_2", "decay_1"};
            DataTable.Builder labels = DataTable.named("fig6-labels");
            for (int c = 0; c < names.length; c++) {
                int col = c;
                labels.column(names[c], rows.stream().mapToDouble(x -> x[col]).toArray());
            }
            out.add(labels.build());
            return out;
        }

        /**
         * The text tables: fig6-attractors (per tensor and g1 every attractor: its kind, region 2's current
         * behaviour, period, amplitude, share and starts) and fig6-label-codes.
         */
        public List<TextTable> textTables() {
            List<List<String>> rows = new ArrayList<>();
            for (TensorData t : tensors) {
                for (Census c : t.censuses()) {
                    int a = 0;
                    for (Attractor at : c.attractors()) {
                        rows.add(List.of(Integer.toString(t.number()), String.format(Locale.ROOT, "%.2f", c.g1()),
                                Integer.toString(++a), kind(at.labels()),
                                c.dynamics().get(at.starts().get(0)).get(1).currents().configName(),
                                Double.isNaN(at.period()) ? "" : String.format(Locale.ROOT, "%.6g", at.period()),
                                String.format(Locale.ROOT, "%.6g", at.amplitude()),
                                String.format(Locale.ROOT, "%.6g", at.fraction()),
                                String.join(" ", at.starts().stream().map(String::valueOf).toList())));
                    }
                }
            }
            return List.of(new TextTable("fig6-attractors", List.of("tensor", "g1", "attractor", "labels",
                    "currents_2", "period", "amplitude", "fraction", "starts"), rows),
                    TextTable.labelCodes("fig6-label-codes"));
        }
    }

    /** "FP+chaos / FP / FP": the labels of the regions, short. */
    public static String kind(List<DynamicsLabel> labels) {
        List<String> parts = new ArrayList<>();
        for (DynamicsLabel l : labels) {
            parts.add(switch (l) {
                case FIXED_POINT -> "FP";
                case LIMIT_CYCLE -> "LC";
                case CHAOS -> "chaos";
                case FIXED_POINT_CHAOS -> "FP+chaos";
                case LIMIT_CYCLE_CHAOS -> "LC+chaos";
            });
        }
        return String.join(" / ", parts);
    }

    /** The quick figure. */
    public static Data compute() {
        return compute(Options.quick());
    }

    /** The figure with these options. */
    public static Data compute(Options options) {
        return compute(options, ProgressListener.NONE);
    }

    /** The figure with these options, reporting finished solves out of all (tensors x g1 x starts). */
    public static Data compute(Options options, ProgressListener progress) {
        long total = (long) options.tensors().size() * options.disorders.length * options.starts();
        AtomicLong done = new AtomicLong();
        List<TensorData> out = new ArrayList<>();
        for (String name : options.tensors()) {
            double[][][] t = PaperTensors.load(name);
            List<Census> censuses = new ArrayList<>();
            List<Panel> panels = new ArrayList<>();
            for (double g1 : options.disorders) {
                NetworkModel model = NetworkModel.of(new double[] {g1, 0, 0}, t);
                List<TransientResult> results = IntStream.range(0, options.starts()).parallel().mapToObj(seed -> {
                    DmftSettings s = DmftSettings.defaults().withDt(DT, options.steps()).withSeed(seed);
                    TransientProblem p = new TransientProblem(model, s);
                    TransientResult r = TransientSolvers.forProblem(p).solve(p);
                    progress.onProgress(done.incrementAndGet(), total);
                    return r;
                }).toList();
                censuses.add(census(g1, model, results));
                if (options.isShown(g1)) {
                    panels.add(panel(g1, model, results.get(0)));
                }
            }
            out.add(new TensorData(name, TENSORS.indexOf(name) + 1, List.of(Spectra.outliers(NetworkModel.of(
                    new double[3], t))), List.of(Spectra.outliers(NetworkModel.of(new double[3], silenced(t)))),
                    censuses, panels));
        }
        return new Data(options, out);
    }

    /** The tensor with region 1's outgoing interactions removed: T^{mu 1 rho} = 0. */
    static double[][][] silenced(double[][][] t) {
        int r = t.length;
        double[][][] s = new double[r][r][r];
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 1; nu < r; nu++) {
                s[mu][nu] = t[mu][nu].clone();
            }
        }
        return s;
    }

    private static Census census(double g1, NetworkModel model, List<TransientResult> results) {
        List<List<RegionDynamics>> dynamics = new ArrayList<>();
        List<List<DynamicsLabel>> paper = new ArrayList<>();
        for (TransientResult r : results) {
            dynamics.add(DynamicsClassification.classify(r, model, DynamicsClassifier.CURRENTS));
            paper.add(PaperClassifier.classify(r));
        }
        return new Census(g1, dynamics, paper, AttractorCensus.of(results, dynamics));
    }

    private static Panel panel(double g1, NetworkModel model, TransientResult r) {
        int from = Math.max(0, r.steps() - (int) Math.round(LAST / r.dt()));
        int n = r.steps() - from;
        double[] lastTime = new double[n];
        double[] current = new double[n];
        for (int k = 0; k < n; k++) {
            lastTime[k] = r.time(from + k);
            current[k] = r.currents()[from + k][1][2];
        }
        double[] time = new double[r.steps()];
        double[] gain = new double[r.steps()];
        for (int k = 0; k < r.steps(); k++) {
            time[k] = r.time(k);
            gain[k] = r.gain()[k][0];
        }
        LagSlice slice = PaperClassifier.sliceNearest(r, (r.steps() - 1) * r.dt() / 2.0);
        double[] tau = new double[slice.lags()];
        for (int k = 0; k < tau.length; k++) {
            tau[k] = k * r.dt();
        }
        List<double[]> spectrum = new ArrayList<>();
        int stride = (int) Math.round(1.0 / r.dt());
        for (int k = from; k < r.steps(); k += stride) {
            for (Complex z : Spectra.gainScaled(model, r.gain()[k])) {
                spectrum.add(new double[] {r.time(k), z.getReal(), z.getImaginary()});
            }
        }
        return new Panel(g1, lastTime, current, time, gain, tau, slice.normalised(), spectrum);
    }

    private static String column(String base, double g1) {
        return String.format(Locale.ROOT, "%s_g1_%.2f", base, g1);
    }
}
