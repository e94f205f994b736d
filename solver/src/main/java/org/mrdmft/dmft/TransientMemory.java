package org.mrdmft.dmft;

import java.util.Locale;
import org.mrdmft.model.MemoryEstimate;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;

/**
 * The memory a transient solve allocates, counted array by array from the engines: the one-time trajectory
 * (S, J, psi, Delta per step), the input amplitudes on the grid, the engine's per-step columns (R (15 + R)
 * arrays of Nt for the default scheme, 2 R more with a switched input, 8 R for reference-euler, R for the
 * g = 0 path), the lag slices (kept, then copied raw and normalised into the result) and the strided two-time
 * matrix; with the replica ({@code dmft.lyapunov}, {@link ReplicaSolver}) also the deficit's arrays and the
 * distances it keeps ({@link #replicaBytes}).
 */
final class TransientMemory {
    /** The default number of steps (docs/CONFIG.md): a run that fails at this length is blamed on its regions. */
    private static final int DEFAULT_STEPS = DmftSettings.defaults().steps();

    private TransientMemory() {
    }

    /**
     * The estimate of a problem as its settings run it (with the replica when {@code dmft.lyapunov} is on), naming
     * the key that makes it too large for {@code heap}.
     */
    static MemoryEstimate of(TransientProblem problem, long heap) {
        return of(problem, heap, problem.settings().lyapunov());
    }

    /**
     * The estimate of a plain solve of the problem ({@code replica} false) or of its replica solve (true), naming
     * the key that makes it too large for {@code heap}; when the plain solve would fit and the replica's arrays
     * tip it over, the estimate says so and suggests turning {@code dmft.lyapunov} off.
     */
    static MemoryEstimate of(TransientProblem problem, long heap, boolean replica) {
        NetworkModel model = problem.model();
        DmftSettings s = problem.settings();
        int r = model.regions();
        double plainPerStep = bytes(model, s, s.steps(), false);
        double twoTime = bytes(model, s, s.steps(), true) - plainPerStep;
        double replicaPart = replica ? replicaBytes(model, s.steps()) : 0.0;
        double perStep = plainPerStep + replicaPart;
        double total = perStep + twoTime;
        String regions = r + " region" + (r == 1 ? "" : "s");
        if (s.twoTimeStride() > 0 && twoTime > perStep) {
            return new MemoryEstimate("dmft.twoTimeStride", "a two-time stride of " + s.twoTimeStride() + " over "
                    + s.steps() + " steps", total, "two-time matrix of " + regions,
                    "a larger dmft.twoTimeStride (0 = at most " + TransientSetup.AUTO_TWO_TIME_POINTS
                            + " points per axis)");
        }
        // the replica tips the run over when the plain solve alone would fit
        boolean replicaTips = replica && plainPerStep + twoTime <= MemoryEstimate.usable(heap)
                && total > MemoryEstimate.usable(heap);
        String dominant;
        if (twoTime > perStep) {
            dominant = "two-time matrix of " + regions;
        } else if (!replica) {
            dominant = String.format(Locale.ROOT, "per-step arrays of %s, %s per step", regions,
                    MemoryEstimate.size(perStep / s.steps()));
        } else {
            dominant = String.format(Locale.ROOT, "per-step arrays of %s and the replica of dmft.lyapunov, %s per"
                    + " step, %s of them the replica's", regions, MemoryEstimate.size(perStep / s.steps()),
                    MemoryEstimate.size(replicaPart / s.steps()));
        }
        if (replicaTips) {
            dominant += "; the solve without the replica would fit";
        }
        String noReplica = replicaTips ? ", or dmft.lyapunov: false" : "";
        // the steps are to blame if the run would fit at the default length, the regions otherwise
        boolean stepsToBlame = s.steps() > DEFAULT_STEPS
                && bytes(model, s, DEFAULT_STEPS, true) + (replica ? replicaBytes(model, DEFAULT_STEPS) : 0.0)
                        <= MemoryEstimate.usable(heap);
        if (!stepsToBlame) {
            return new MemoryEstimate("regions", "R = " + r + " regions over " + s.steps() + " steps", total,
                    dominant, "fewer regions" + noReplica);
        }
        return new MemoryEstimate("dmft.steps", s.steps() + " steps", total, dominant,
                "fewer dmft.steps with a larger dmft.dt" + noReplica);
    }

    /**
     * Bytes the replica adds to a solve of {@code nt} steps ({@link ReplicaSolver}): its own setup's input
     * amplitudes and switch markers, the deficit's 11 columns of Nt per region, its diagonal [Nt][R] and one
     * scratch column ({@link DeficitColumns}), two more scratch columns where the kernel difference subtracts two
     * quadratures (not erf, {@link KernelDifference}), the kept distance [Nt][R] and the distance and variance of
     * each region handed to the fit; and, for a network without disorder, the full engine's columns, which its
     * plain solve does without.
     */
    static double replicaBytes(NetworkModel model, int nt) {
        int r = model.regions();
        double b = MemoryEstimate.matrix(nt, r) + MemoryEstimate.references(nt)   // setup: inputs, switches
                + 11.0 * MemoryEstimate.matrix(r, nt)                           // deficit's columns
                + MemoryEstimate.matrix(nt, r)                                    // its diagonal
                + MemoryEstimate.doubles(nt)                                      // cross column
                + MemoryEstimate.matrix(nt, r)                                    // the distance kept
                + 2.0 * r * MemoryEstimate.doubles(nt);                           // per region d, v to the fit
        if (model.nonlinearity() != Nonlinearity.ERF) {
            b += 2.0 * MemoryEstimate.doubles(nt);                                // shifted, lower
        }
        if (model.isDisorderFree()) {
            // the replica runs the full engine, whose columns the plain count leaves out for a network without
            // disorder (it is solved without them): 15 R + R^2 (+ 2 R with a switched input) instead of R
            int r2 = 15 * r + r * r + (model.inputs().switchTimes().length > 0 ? 2 * r : 0);
            b += (r2 - r) * MemoryEstimate.doubles(nt);
        }
        return b;
    }

    /** Bytes of the one-time arrays (withTwoTime false) or of everything (true) for {@code nt} steps. */
    static double bytes(NetworkModel model, DmftSettings s, int nt, boolean withTwoTime) {
        int r = model.regions();
        double b = 4 * MemoryEstimate.references(nt)                           // trajectory's outer arrays
                + 2.0 * nt * MemoryEstimate.matrix(r, r) + 2.0 * nt * MemoryEstimate.doubles(r) // S, J; psi, Delta
                + MemoryEstimate.matrix(nt, r);                                  // input amplitudes
        int columns;
        if (s.scheme() == DmftScheme.REFERENCE_EULER) {
            columns = 8 * r;
            b += MemoryEstimate.matrix(nt, r);                                  // the authors' psi array
        } else if (model.isDisorderFree()) {
            columns = r;
        } else {
            // 15 columns and S flattened; two more for the jumps of a switched input (SwitchCorrection)
            columns = 15 * r + r * r + (model.inputs().switchTimes().length > 0 ? 2 * r : 0);
        }
        b += columns * MemoryEstimate.doubles(nt);
        for (int ref : TransientSetup.lagReferenceIndices(s, nt)) {
            b += 3.0 * r * MemoryEstimate.doubles(nt - ref);                     // kept, raw copy, normalised
        }
        if (withTwoTime) {
            int stride = TransientSetup.stride(s, nt);
            double m = (nt - 1) / stride + 1.0;
            b += r * (MemoryEstimate.references(m) + 8.0 * m * (m + 1) / 2 + 16.0 * m);
        }
        return b;
    }
}
