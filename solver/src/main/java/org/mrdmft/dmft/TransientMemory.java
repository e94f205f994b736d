package org.mrdmft.dmft;

import java.util.Locale;
import org.mrdmft.model.MemoryEstimate;
import org.mrdmft.model.NetworkModel;

/**
 * The memory a transient solve allocates, counted array by array from the engines: the one-time trajectory
 * (S, J, psi, Delta per step), the input amplitudes on the grid, the engine's per-step columns (R (15 + R)
 * arrays of Nt for the default scheme, 2 R more with a switched input, 8 R for reference-euler, R for the
 * g = 0 path), the lag slices (kept, then copied raw and normalised into the result) and the strided two-time
 * matrix.
 */
final class TransientMemory {
    /** The default number of steps (docs/CONFIG.md): a run that fails at this length is blamed on its regions. */
    private static final int DEFAULT_STEPS = DmftSettings.defaults().steps();

    private TransientMemory() {
    }

    /** The estimate of a problem, naming the key that makes it too large for {@code heap}. */
    static MemoryEstimate of(TransientProblem problem, long heap) {
        NetworkModel model = problem.model();
        DmftSettings s = problem.settings();
        int r = model.regions();
        double perStep = bytes(model, s, s.steps(), false);
        double twoTime = bytes(model, s, s.steps(), true) - perStep;
        double total = perStep + twoTime;
        String regions = r + " region" + (r == 1 ? "" : "s");
        if (s.twoTimeStride() > 0 && twoTime > perStep) {
            return new MemoryEstimate("dmft.twoTimeStride", "a two-time stride of " + s.twoTimeStride() + " over "
                    + s.steps() + " steps", total, "two-time matrix of " + regions,
                    "a larger dmft.twoTimeStride (0 = at most " + TransientSetup.AUTO_TWO_TIME_POINTS
                            + " points per axis)");
        }
        String dominant = twoTime > perStep ? "two-time matrix of " + regions
                : String.format(Locale.ROOT, "per-step arrays of %s, %s per step", regions,
                        MemoryEstimate.size(perStep / s.steps()));
        // the steps are to blame if the run would fit at the default length, the regions otherwise
        boolean stepsToBlame = s.steps() > DEFAULT_STEPS
                && bytes(model, s, DEFAULT_STEPS, true) <= MemoryEstimate.usable(heap);
        if (!stepsToBlame) {
            return new MemoryEstimate("regions", "R = " + r + " regions over " + s.steps() + " steps", total,
                    dominant, "fewer regions");
        }
        return new MemoryEstimate("dmft.steps", s.steps() + " steps", total, dominant,
                "fewer dmft.steps with a larger dmft.dt");
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
