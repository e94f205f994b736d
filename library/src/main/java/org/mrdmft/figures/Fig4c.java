package org.mrdmft.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.stationary.FixedPoint;
import org.mrdmft.stationary.StationaryAnalysis;
import org.mrdmft.stationary.StationaryBranch;
import org.mrdmft.stationary.StationaryResult;
import org.mrdmft.stationary.StationarySettings;

/**
 * The data of fig4c (docs/FIGURES.md (fig4c)): fixed points of five reciprocally coupled regions with disorder,
 * three cases with region 1's disorder rising across them. Theory: the stationary DMFT (64 seeded starts), each
 * region's branch and its row norm sqrt(A^mu) at the representative fixed point, and the spread of the row
 * norms over every stable fixed point found. Simulation: forward Euler, dt = 0.05, as the paper, independent
 * dense random blocks per region. In case 3 region 1 is purely chaotic (A = 0) and carries no current; at
 * finite N its simulated row norm is a fluctuation that shrinks with N, which the optional trend over N shows.
 *
 * <p>The paper's N = 100,000 needs one 100,000 x 100,000 matrix (80 GB in doubles, and more entries than a
 * Java array holds), out of reach of this simulator; {@link Options#full()} stops at N = 4000.
 */
public final class Fig4c {
    /** The seed of the simulations. */
    public static final long SEED = 4L;
    /** The stationary search of examples/fig4c-case3.yaml: 64 starts, seed 1. */
    public static final StationarySettings STATIONARY = new StationarySettings(64, 1L, 2.0, 1e-12, 0.05, 60.0);

    private Fig4c() {
    }

    /**
     * The knobs of fig4c.
     *
     * @param neurons N per region
     * @param duration T of each run (the row norms are averaged over [T/2, T])
     * @param draws independent draws per case
     * @param trendSizes the N of case 3's region-1 trend (empty: no trend); at N = neurons the draws are reused
     */
    public record Options(int neurons, double duration, int draws, int[] trendSizes) {
        public Options {
            trendSizes = trendSizes.clone();
        }

        /**
         * N = 500, T = 100, 3 draws, no trend (at this N region 1's residue is still of order one and fluctuates
         * too slowly for a 100-unit run to show its trend).
         */
        public static Options quick() {
            return new Options(500, 100.0, 3, new int[0]);
        }

        /** N = 4000, T = 400, 5 draws and the trend over N = 500, 1000, 2000, 4000 (about an hour on two cores). */
        public static Options full() {
            return new Options(4000, 400.0, 5, new int[] {500, 1000, 2000, 4000});
        }

        /** The simulation settings: Euler, dt = 0.05, record step 0.25, burn-in T/2, seed {@link #SEED}. */
        public SimulationSettings settings() {
            return settings(neurons);
        }

        SimulationSettings settings(int n) {
            return new SimulationSettings(n, 0.05, duration, draws, SEED, SimulationScheme.EULER, 5, duration / 2,
                    0, false);
        }

        @Override
        public int[] trendSizes() {
            return trendSizes.clone();
        }
    }

    /**
     * The stationary theory of one case.
     *
     * @param rowNorms sqrt(A^mu) at the representative fixed point
     * @param spread per region the largest deviation of the row norm over every stable fixed point found
     * @param branches each region's stationary branch
     */
    public record CaseTheory(double[] rowNorms, double[] spread, List<StationaryBranch> branches) {
        public CaseTheory {
            rowNorms = rowNorms.clone();
            spread = spread.clone();
            branches = List.copyOf(branches);
        }

        /** Solves the stationary DMFT of the network with {@link #STATIONARY}. */
        public static CaseTheory of(ReciprocalCase c) {
            StationaryResult r = new StationaryAnalysis(c.model()).analyse(STATIONARY);
            FixedPoint rep = r.representative();
            int regions = c.regions();
            double[] norms = norms(rep);
            double[] spread = new double[regions];
            for (FixedPoint fp : r.search().fixedPoints()) {
                if (fp.stable()) {
                    double[] n = norms(fp);
                    for (int mu = 0; mu < regions; mu++) {
                        spread[mu] = Math.max(spread[mu], Math.abs(n[mu] - norms[mu]));
                    }
                }
            }
            List<StationaryBranch> branches = new ArrayList<>();
            for (int mu = 0; mu < regions; mu++) {
                branches.add(rep.regions().get(mu).branch());
            }
            return new CaseTheory(norms, spread, branches);
        }

        private static double[] norms(FixedPoint fp) {
            double[][] s = fp.currents();
            double[] out = new double[s.length];
            for (int mu = 0; mu < s.length; mu++) {
                double acc = 0.0;
                for (double v : s[mu]) {
                    acc += v * v;
                }
                out[mu] = Math.sqrt(acc);
            }
            return out;
        }

        @Override
        public double[] rowNorms() {
            return rowNorms.clone();
        }

        @Override
        public double[] spread() {
            return spread.clone();
        }

        /** The regions that are not static, e.g. "region 1 pure chaos, no current". */
        public String note() {
            List<String> parts = new ArrayList<>();
            for (int mu = 0; mu < branches.size(); mu++) {
                if (branches.get(mu) == StationaryBranch.SCS) {
                    parts.add("region " + (mu + 1) + " pure chaos, no current");
                } else if (branches.get(mu) == StationaryBranch.CHAOTIC) {
                    parts.add("region " + (mu + 1) + " chaos with structure");
                }
            }
            return parts.isEmpty() ? "chaos suppressed everywhere" : String.join("; ", parts);
        }

        /** Branch codes: 0 static (chaos suppressed), 1 chaos with structure, 2 pure chaos. */
        public double[] branchCodes() {
            return branches.stream().mapToDouble(StationaryBranch::ordinal).toArray();
        }
    }

    /**
     * Case 3's region 1 (pure chaos in theory) simulated at several N: its late-time row norm per draw.
     *
     * @param name the table name, e.g. "fig4c-case3-region1-vs-N"
     * @param sizes the N, increasing
     * @param rowNorms [size][draw] region 1's row norm
     */
    public record SilentRegionTrend(String name, int[] sizes, double[][] rowNorms) {
        public SilentRegionTrend {
            sizes = sizes.clone();
            rowNorms = rowNorms.clone();
        }

        @Override
        public int[] sizes() {
            return sizes.clone();
        }

        /** The mean over draws at each N. */
        public double[] means() {
            double[] out = new double[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                for (double v : rowNorms[i]) {
                    out[i] += v / rowNorms[i].length;
                }
            }
            return out;
        }

        /** The N^(-1/2) law through the mean at the largest N, at each N. */
        public double[] guide() {
            double[] mean = means();
            int last = sizes.length - 1;
            double[] out = new double[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                out[i] = mean[last] * Math.sqrt((double) sizes[last] / sizes[i]);
            }
            return out;
        }

        /** NAME: neurons, draw, rowNorm_1, one row per size and draw. */
        public DataTable table() {
            List<double[]> rows = new ArrayList<>();
            for (int i = 0; i < sizes.length; i++) {
                for (int d = 0; d < rowNorms[i].length; d++) {
                    rows.add(new double[] {sizes[i], d + 1, rowNorms[i][d]});
                }
            }
            return DataTable.named(name).column("neurons", rows.stream().mapToDouble(x -> x[0]).toArray())
                    .column("draw", rows.stream().mapToDouble(x -> x[1]).toArray())
                    .column("rowNorm_1", rows.stream().mapToDouble(x -> x[2]).toArray()).build();
        }
    }

    /**
     * fig4c's data.
     *
     * @param settings the simulation settings behind the cases' simulated numbers
     * @param cases the three cases of {@link PaperNetworks#fig4c()}, with the stationary theory's row norms
     * @param theories the stationary theory of each case
     * @param trend case 3's region-1 row norm against N, when the options ask for it
     */
    public record Data(SimulationSettings settings, List<FixedPointCase> cases, List<CaseTheory> theories,
                       Optional<SilentRegionTrend> trend) {
        public Data {
            cases = List.copyOf(cases);
            theories = List.copyOf(theories);
        }

        /** NAME-theory of case k: region, branch code, theory row norm, spread over the stable fixed points. */
        public DataTable theoryTable(int k) {
            CaseTheory t = theories.get(k);
            return DataTable.named(cases.get(k).network().name() + "-theory")
                    .column("region", CurrentMatrices.regionAxis(t.rowNorms.length)).column("branch", t.branchCodes())
                    .column("theoryRowNorm", t.rowNorms).column("spreadOverStableFixedPoints", t.spread).build();
        }

        /** Per case its panels' tables and NAME-theory (after case 3 the trend, if any); then fig4c-row-norms. */
        public List<DataTable> tables() {
            List<DataTable> out = new ArrayList<>();
            for (int k = 0; k < cases.size(); k++) {
                out.addAll(cases.get(k).tables());
                out.add(theoryTable(k));
            }
            trend.ifPresent(t -> out.add(t.table()));
            out.add(FixedPointCase.rowNormTable("fig4c-row-norms", cases));
            return out;
        }
    }

    /** The quick data. */
    public static Data compute() {
        return compute(Options.quick());
    }

    /** The data with {@code options}, without progress. */
    public static Data compute(Options options) {
        return compute(options, ProgressListener.NONE);
    }

    /** Solves and simulates the three cases (and the trend); {@code progress} follows the simulations. */
    public static Data compute(Options options, ProgressListener progress) {
        SimulationSettings settings = options.settings();
        List<ReciprocalCase> networks = PaperNetworks.fig4c();
        int[] sizes = options.trendSizes();
        long total = networks.size() + sizes.length;
        List<FixedPointCase> cases = new ArrayList<>();
        List<CaseTheory> theories = new ArrayList<>();
        for (ReciprocalCase c : networks) {
            CaseTheory theory = CaseTheory.of(c);
            CaseSimulation sim = CaseSimulation.run(c.model(), settings,
                    ProgressParts.part(progress, cases.size(), (int) total));
            cases.add(new FixedPointCase(c, sim, theory.rowNorms(), "theory: " + theory.note()));
            theories.add(theory);
        }
        Optional<SilentRegionTrend> trend = Optional.empty();
        if (sizes.length > 0) {
            FixedPointCase last = cases.get(cases.size() - 1);
            double[][] norms = new double[sizes.length][];
            for (int i = 0; i < sizes.length; i++) {
                CaseSimulation sim = sizes[i] == settings.neurons() ? last.simulation()
                        : CaseSimulation.run(last.network().model(), options.settings(sizes[i]),
                                ProgressParts.part(progress, networks.size() + i, (int) total));
                double[][] all = sim.rowNorms();
                norms[i] = new double[all.length];
                for (int d = 0; d < all.length; d++) {
                    norms[i][d] = all[d][0];
                }
                ProgressParts.part(progress, networks.size() + i, (int) total).onProgress(1, 1);
            }
            trend = Optional.of(new SilentRegionTrend(last.network().name() + "-region1-vs-N", sizes, norms));
        }
        return new Data(settings, cases, theories, trend);
    }
}
