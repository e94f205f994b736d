package org.mrdmft.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.dmft.ReplicaSolver;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.failure.ConvergenceException;
import org.mrdmft.failure.InvalidInputException;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.stationary.FixedPoint;
import org.mrdmft.stationary.StationaryAnalysis;
import org.mrdmft.stationary.StationaryResult;
import org.mrdmft.stationary.StationarySettings;

/**
 * Panel (b) of the lyapunov figure: the maximal Lyapunov exponent across fig6's g1 (R = 3, only region 1
 * disordered, the tensors T1 and T2 of {@link Fig6}). fig6's states include limit cycles, where the stationary
 * theory says nothing, so the exponent is measured on simulated networks at every shown g1 (tangent propagation,
 * mean and standard error over draws); where the stationary theory finds a stable fixed point it adds two series:
 * the network's exponent there (the larger of region 1's exponent and the currents' growth rate, as
 * {@code validate} compares) and region 1's own exponent, which says whether region 1 is chaotic. The two-replica
 * DMFT (docs/MODEL.md section 11) gives region 1's exponent at every g1, whatever state the currents reach
 * (fixed point or limit cycle), from one seeded start. Each tensor's numbers are a list of {@link LyapunovSeries}.
 */
public final class Fig6Lyapunov {
    /** Name of the finite-N series. */
    public static final String SIMULATED = "simulated";
    /** Name of the network's stationary exponent. */
    public static final String STATIONARY = "stationary";
    /** Name of region 1's stationary exponent. */
    public static final String STATIONARY_REGION_1 = "stationaryRegion1";
    /** Name of region 1's exponent from the two-replica DMFT. */
    public static final String REPLICA_REGION_1 = "replicaRegion1";
    /** Replica runs: dt = 0.05 over t = 200 (the SCS exponent to about 2e-6, docs/NUMERICS.md section 10). */
    static final int REPLICA_STEPS = 4001;

    private Fig6Lyapunov() {
    }

    /**
     * The knobs.
     *
     * @param tensors names of {@link Fig6#TENSORS}
     * @param disorders the g1 of the stationary series
     * @param simulated the g1 that are simulated (a subset of {@code disorders})
     * @param simulation the simulations (N per region, draws, duration, burn-in = transient of the tangent)
     */
    public record Options(List<String> tensors, double[] disorders, double[] simulated, SimulationSettings simulation) {
        public Options {
            tensors = List.copyOf(tensors);
            disorders = disorders.clone();
            simulated = simulated.clone();
            for (double g : simulated) {
                if (Arrays.stream(disorders).noneMatch(d -> Math.abs(d - g) < 1e-9)) {
                    throw new IllegalArgumentException("simulated g1 = " + g + " is not among the disorders");
                }
            }
        }

        @Override
        public double[] disorders() {
            return disorders.clone();
        }

        @Override
        public double[] simulated() {
            return simulated.clone();
        }

        /**
         * Both tensors, the stationary theory at every g1 of fig6, simulations at g1 = 0.3, 0.9, 1.5, 2.1, 2.7 with
         * N = 200 per region, 3 draws, T = 150 (burn-in 50).
         */
        public static Options quick() {
            return new Options(Fig6.TENSORS, Fig6.paperDisorders(), new double[] {0.3, 0.9, 1.5, 2.1, 2.7},
                    settings(200, 3, 150, 50));
        }

        /** Simulations at every g1 of fig6 with N = 500 per region, 4 draws, T = 200 (burn-in 50). */
        public static Options full() {
            return new Options(Fig6.TENSORS, Fig6.paperDisorders(), Fig6.paperDisorders(), settings(500, 4, 200, 50));
        }

        /** How many networks are simulated. */
        public int simulations() {
            return tensors.size() * simulated.length;
        }
    }

    /** Simulation settings for the figure: RK4 at dt = 0.05, one thread per simulation, recorded every 10 steps. */
    public static SimulationSettings settings(int neurons, int draws, double duration, double burnIn) {
        SimulationSettings d = SimulationSettings.defaults();
        return new SimulationSettings(neurons, d.dt(), duration, draws, d.seed(), d.scheme(), 10, burnIn, 1,
                false, true, SimulationSettings.DEFAULT_LYAPUNOV_INTERVAL);
    }

    /**
     * One tensor's series.
     *
     * @param tensor its name
     * @param number 1 for T1, 2 for T2
     * @param series the simulated series, then the stationary ones
     */
    public record TensorSeries(String tensor, int number, List<LyapunovSeries> series) {
        public TensorSeries {
            series = List.copyOf(series);
        }

        /** The series of that name. */
        public LyapunovSeries series(String name) {
            return series.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException(tensor + ": no series " + name));
        }
    }

    /**
     * Panel (b)'s numbers.
     *
     * @param options what was computed
     * @param tensors one per tensor, in order
     */
    public record Data(Options options, List<TensorSeries> tensors) {
        public Data {
            tensors = List.copyOf(tensors);
        }

        /** The tensor of that name. */
        public TensorSeries tensor(String name) {
            return tensors.stream().filter(t -> t.tensor().equals(name)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("no tensor " + name));
        }

        /**
         * lyapunov-fig6: g1, then per tensor and series lambda_SERIES_TK (empty where the series does not apply)
         * and, for series with standard errors (the simulated ones), se_SERIES_TK.
         */
        public DataTable table() {
            double[] g1 = options.disorders();
            DataTable.Builder b = DataTable.named("lyapunov-fig6").column("g1", g1);
            for (TensorSeries t : tensors) {
                for (LyapunovSeries s : t.series()) {
                    double[] lambda = new double[g1.length];
                    double[] se = new double[g1.length];
                    for (int i = 0; i < g1.length; i++) {
                        lambda[i] = s.at(g1[i]);
                        se[i] = s.standardErrorAt(g1[i]);
                    }
                    String suffix = s.name() + "_T" + t.number();
                    b.column("lambda_" + suffix, lambda);
                    if (Arrays.stream(s.standardError()).anyMatch(Double::isFinite)) {
                        b.column("se_" + suffix, se);
                    }
                }
            }
            return b.build();
        }

        /** Rows (table, column, source) saying where each series of {@link #table()} comes from. */
        public List<List<String>> sources() {
            List<List<String>> rows = new ArrayList<>();
            for (TensorSeries t : tensors) {
                for (LyapunovSeries s : t.series()) {
                    String suffix = s.name() + "_T" + t.number();
                    rows.add(List.of("lyapunov-fig6", "lambda_" + suffix, s.source() + ", tensor T" + t.number()));
                }
            }
            return rows;
        }
    }

    /** Computes the series; progress counts simulated networks (the stationary theory takes seconds). */
    public static Data compute(Options options, ProgressListener progress) {
        AtomicLong done = new AtomicLong();
        long total = options.simulations();
        SimulationSettings sim = options.simulation();
        List<TensorSeries> out = new ArrayList<>();
        for (String name : options.tensors()) {
            double[][][] t = PaperTensors.load(name);
            double[] g1 = options.disorders();
            double[] network = new double[g1.length];
            double[] region1 = new double[g1.length];
            for (int i = 0; i < g1.length; i++) {
                double[] at = stationary(NetworkModel.of(new double[] {g1[i], 0, 0}, t));
                network[i] = at[0];
                region1[i] = at[1];
            }
            double[] replica = Arrays.stream(g1).parallel()
                    .map(g -> replicaRegion1(NetworkModel.of(new double[] {g, 0, 0}, t))).toArray();
            double[] simulated = options.simulated();
            SimulatedExponent[] measured = Arrays.stream(simulated).parallel().mapToObj(g -> {
                SimulatedExponent e = SimulatedExponent.of(NetworkModel.of(new double[] {g, 0, 0}, t), sim);
                progress.onProgress(done.incrementAndGet(), total);
                return e;
            }).toArray(SimulatedExponent[]::new);
            String finiteN = String.format(Locale.ROOT, "finite-N tangent propagation, N = %d per region, mean and "
                    + "standard error over %d draws, T = %s (transient %s)", sim.neurons(), sim.draws(),
                    number(sim.duration()), number(sim.burnIn()));
            List<LyapunovSeries> series = new ArrayList<>();
            series.add(new LyapunovSeries(SIMULATED, finiteN, simulated,
                    Arrays.stream(measured).mapToDouble(SimulatedExponent::exponent).toArray(),
                    Arrays.stream(measured).mapToDouble(SimulatedExponent::standardError).toArray()));
            series.add(LyapunovSeries.theory(STATIONARY, "stationary DMFT at the stable fixed point: the larger of "
                    + "the regions' exponents and the currents' growth rate (empty: no stable fixed point)", g1, network));
            series.add(LyapunovSeries.theory(STATIONARY_REGION_1, "stationary DMFT at the stable fixed point: region "
                    + "1's exponent (empty: no stable fixed point)", g1, region1));
            series.add(LyapunovSeries.theory(REPLICA_REGION_1, "two-replica DMFT: region 1's exponent, the growth rate "
                    + "of its replica distance (dt = 0.05, t = 200, seeded S(0); any state of the currents)", g1,
                    replica));
            out.add(new TensorSeries(name, Fig6.TENSORS.indexOf(name) + 1, series));
        }
        return new Data(options, out);
    }

    /** Region 1's maximal Lyapunov exponent from the two-replica DMFT (default settings, t = 200). */
    static double replicaRegion1(NetworkModel model) {
        DmftSettings settings = DmftSettings.defaults().withDt(0.05, REPLICA_STEPS);
        return new ReplicaSolver().solve(new TransientProblem(model, settings), ProgressListener.NONE).exponent()[0];
    }

    /**
     * {network exponent, region 1's exponent} at the network's stable fixed point that most starts reached, NaN
     * for both when the stationary search finds no stable fixed point.
     */
    static double[] stationary(NetworkModel model) {
        StationaryResult r;
        try {
            StationaryAnalysis analysis = new StationaryAnalysis(model);
            r = analysis.withLyapunovExponents(analysis.analyse(StationarySettings.defaults()));
        } catch (ConvergenceException | InvalidInputException noStationaryState) {
            return new double[] {Double.NaN, Double.NaN};
        }
        FixedPoint fp = r.representative();
        if (!fp.stable()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] lambda = r.lyapunovExponent();
        double largest = fp.growthRate();
        for (double l : lambda) {
            largest = Math.max(largest, l);
        }
        return new double[] {largest, lambda[0]};
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
