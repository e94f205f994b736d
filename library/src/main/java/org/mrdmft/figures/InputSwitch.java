package org.mrdmft.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.random.Well19937c;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.dmft.TransientSolvers;
import org.mrdmft.model.InputDrive;
import org.mrdmft.model.InputPhase;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;

/**
 * The data of input-switch (docs/FIGURES.md (input-switch)): routing switched by an input in the network of
 * {@link PaperNetworks#inputSwitch()} (R = 5, g = 0, the loops of fig3 case 2). An input to region 1 with
 * V^{mu 1} = 0.1 for mu = 2..5: off (I^1 = 0), region 1 is isolated on its self-current; on (I^1 = 2), its
 * self-current dies and row and column 1 carry currents. Drive V I without the gain, as in the authors' script
 * ({@code inputs.gainScaled: false}); S(0) ~ U(-1, 1), seeded; the transient DMFT runs to the fixed point.
 */
public final class InputSwitch {
    /** The input weights V^{mu 1} of regions 2..5. */
    public static final double COUPLING = 0.1;

    private InputSwitch() {
    }

    /**
     * The knobs of input-switch.
     *
     * @param amplitudes the input amplitudes I^1, one final current matrix each
     * @param dt the DMFT step
     * @param steps the DMFT steps (duration (steps - 1) dt)
     * @param seed the seed of S(0) ~ U(-1, 1) (Hipparchus' Well19937c int seed)
     */
    public record Options(double[] amplitudes, double dt, int steps, int seed) {
        public Options {
            amplitudes = amplitudes.clone();
        }

        /** I = 0 and 2, dt = 0.1, to t = 1000. */
        public static Options quick() {
            return new Options(new double[] {0.0, 2.0}, 0.1, 10_001, 1);
        }

        /** The same as {@link #quick()}. */
        public static Options full() {
            return quick();
        }

        @Override
        public double[] amplitudes() {
            return amplitudes.clone();
        }
    }

    /**
     * input-switch's data.
     *
     * @param amplitudes the input amplitudes I^1
     * @param finalCurrents per amplitude the final currents S[mu][nu]
     */
    public record Data(double[] amplitudes, List<double[][]> finalCurrents) {
        public Data {
            amplitudes = amplitudes.clone();
            finalCurrents = List.copyOf(finalCurrents);
        }

        @Override
        public double[] amplitudes() {
            return amplitudes.clone();
        }

        /** input-switch-values (S_I0, S_I2: each matrix row by row) and input-switch-index (mu, nu of each row). */
        public List<DataTable> tables() {
            DataTable.Builder values = DataTable.named("input-switch-values");
            for (int k = 0; k < amplitudes.length; k++) {
                values.column(String.format(Locale.ROOT, "S_I%.0f", amplitudes[k]),
                        CurrentMatrices.flatten(finalCurrents.get(k)));
            }
            int r = finalCurrents.get(0).length;
            return List.of(values.build(), DataTable.named("input-switch-index").column("mu", CurrentMatrices.targets(r))
                    .column("nu", CurrentMatrices.sources(r)).build());
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

    /** Solves the transient DMFT once per amplitude; {@code progress} counts the amplitudes done. */
    public static Data compute(Options options, ProgressListener progress) {
        double[] amplitudes = options.amplitudes();
        List<double[][]> out = new ArrayList<>();
        for (double amplitude : amplitudes) {
            out.add(finalCurrents(options, amplitude));
            progress.onProgress(out.size(), amplitudes.length);
        }
        return new Data(amplitudes, out);
    }

    /** The network with input amplitude I^1 = amplitude (constant in time). */
    public static NetworkModel model(double amplitude) {
        ReciprocalCase c = PaperNetworks.inputSwitch();
        int r = c.regions();
        double[][] v = new double[r][r];
        for (int mu = 1; mu < r; mu++) {
            v[mu][0] = COUPLING;
        }
        double[] drive = new double[r];
        drive[0] = amplitude;
        InputDrive in = new InputDrive(v, List.of(new InputPhase(0, Double.POSITIVE_INFINITY, drive)), false);
        return new NetworkModel(r, Nonlinearity.ERF, c.g(), new double[r][r],
                InteractionTensors.reciprocal(c.a(), c.b(), c.signs()), NetworkModel.identityOverlaps(r), in);
    }

    private static double[][] finalCurrents(Options options, double amplitude) {
        int r = PaperNetworks.inputSwitch().regions();
        Well19937c rng = new Well19937c(options.seed());
        double[][] s0 = new double[r][r];
        for (double[] row : s0) {
            for (int nu = 0; nu < r; nu++) {
                row[nu] = 2 * rng.nextDouble() - 1;
            }
        }
        DmftSettings s = DmftSettings.defaults().withDt(options.dt(), options.steps()).withInitialCurrents(s0);
        TransientProblem p = new TransientProblem(model(amplitude), s);
        return TransientSolvers.forProblem(p).solve(p).finalCurrents();
    }
}
