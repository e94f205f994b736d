package org.mrdmft.figures;

import java.util.ArrayList;
import java.util.List;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.simulation.SimulationSettings;

/**
 * The data of fig3 (docs/FIGURES.md (fig3)): fixed points of five reciprocally coupled regions without disorder
 * (R = 5, U = I, g = 0), three cases, simulated at finite N against the theory: every region settles on the
 * current norm sqrt((2/pi)(max(a, b)^2 - 1)) of the loop that pins it, and a region with a &gt; b keeps only its
 * self-current and stops transmitting. Simulations as the paper's: forward Euler, dt = 0.05,
 * x(0) = 2.5 sum_nu z^nu m^{mu nu} / sqrt(R); row norms averaged over the second half of the run.
 */
public final class Fig3 {
    /** The seed of the simulations. */
    public static final long SEED = 3L;

    private Fig3() {
    }

    /**
     * The knobs of fig3.
     *
     * @param neurons N per region
     * @param duration T of each run (the row norms are averaged over [T/2, T])
     * @param draws independent draws per case
     */
    public record Options(int neurons, double duration, int draws) {
        /** N = 2000, T = 200, 3 draws (the command's default). */
        public static Options quick() {
            return new Options(2000, 200.0, 3);
        }

        /** The paper's N = 100,000, T = 400, 5 draws. */
        public static Options full() {
            return new Options(100_000, 400.0, 5);
        }

        /** The simulation settings: Euler, dt = 0.05, record step 0.25, burn-in T/2, seed {@link #SEED}. */
        public SimulationSettings settings() {
            return new SimulationSettings(neurons, 0.05, duration, draws, SEED, SimulationScheme.EULER, 5,
                    duration / 2, 0, false);
        }
    }

    /**
     * fig3's data.
     *
     * @param settings the simulation settings behind every simulated number
     * @param cases the three cases of {@link PaperNetworks#fig3()} with their simulations and theory
     */
    public record Data(SimulationSettings settings, List<FixedPointCase> cases) {
        public Data {
            cases = List.copyOf(cases);
        }

        /** Per case its parameters, currents, traces and final currents; then fig3-row-norms. */
        public List<DataTable> tables() {
            List<DataTable> out = new ArrayList<>();
            cases.forEach(c -> out.addAll(c.tables()));
            out.add(FixedPointCase.rowNormTable("fig3-row-norms", cases));
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

    /** Simulates the three cases; {@code progress} follows the simulations (the three as one run). */
    public static Data compute(Options options, ProgressListener progress) {
        SimulationSettings settings = options.settings();
        List<ReciprocalCase> networks = PaperNetworks.fig3();
        List<FixedPointCase> cases = new ArrayList<>();
        for (ReciprocalCase c : networks) {
            CaseSimulation sim = CaseSimulation.run(c.model(), settings,
                    ProgressParts.part(progress, cases.size(), networks.size()));
            cases.add(new FixedPointCase(c, sim, pinnedRowNorms(c), note(c)));
        }
        return new Data(settings, cases);
    }

    /** sqrt((2/pi)(max(a, b)^2 - 1)) per region: the norm of the loop that pins it (erf, g = 0). */
    public static double[] pinnedRowNorms(ReciprocalCase c) {
        double[] out = new double[c.regions()];
        for (int mu = 0; mu < out.length; mu++) {
            double pin = Math.max(c.a()[mu], c.b()[mu]);
            out[mu] = Math.sqrt(2.0 / Math.PI * (pin * pin - 1.0));
        }
        return out;
    }

    /** Which regions keep only their self-current (a &gt; b), e.g. "a &gt; b: region 1 self-current only". */
    static String note(ReciprocalCase c) {
        List<String> self = new ArrayList<>();
        for (int mu = 0; mu < c.regions(); mu++) {
            if (c.a()[mu] > c.b()[mu]) {
                self.add(Integer.toString(mu + 1));
            }
        }
        return self.isEmpty() ? "every region routes"
                : "a > b: region" + (self.size() > 1 ? "s " : " ") + String.join(", ", self) + " self-current only";
    }
}
