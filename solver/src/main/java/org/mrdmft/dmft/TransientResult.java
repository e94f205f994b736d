package org.mrdmft.dmft;

import java.util.List;
import org.mrdmft.dmft.DmftScheme;

/**
 * The solution of a transient DMFT problem on the grid t_k = k dt, k = 0..Nt-1.
 *
 * @param scheme the discretisation used
 * @param dt time step
 * @param currents filtered currents S^{mu nu}(t_k) as [Nt][R][R] (nu -&gt; mu)
 * @param drives instantaneous currents J^{mu nu}(t_k) as [Nt][R][R]
 * @param gain psi^mu(t_k) as [Nt][R]
 * @param variance total equal-time variance Delta^mu(t_k, t_k) as [Nt][R]
 * @param lagSlices normalised lag slices at the requested reference times
 * @param twoTime the two-time function on a strided grid (null when not kept)
 * @param cellsEvaluated number of two-time cells the solver evaluated (0 on the g = 0 fast path)
 * @param wallSeconds wall-clock time of the solve
 * @param diagnostics how the solve went: iteration effort and warnings
 */
public record TransientResult(DmftScheme scheme, double dt, double[][][] currents, double[][][] drives,
                              double[][] gain, double[][] variance, List<LagSlice> lagSlices,
                              TwoTimeSample twoTime, long cellsEvaluated, double wallSeconds,
                              TransientDiagnostics diagnostics) {

    /** A result without diagnostics (an engine that iterates nothing, or a result assembled by hand). */
    public TransientResult(DmftScheme scheme, double dt, double[][][] currents, double[][][] drives,
                           double[][] gain, double[][] variance, List<LagSlice> lagSlices,
                           TwoTimeSample twoTime, long cellsEvaluated, double wallSeconds) {
        this(scheme, dt, currents, drives, gain, variance, lagSlices, twoTime, cellsEvaluated, wallSeconds,
                TransientDiagnostics.explicit());
    }

    /** Number of time points Nt. */
    public int steps() {
        return gain.length;
    }

    /** Number of regions R. */
    public int regions() {
        return gain.length == 0 ? 0 : gain[0].length;
    }

    /** t_k. */
    public double time(int k) {
        return k * dt;
    }

    /** The last time point's currents [R][R]. */
    public double[][] finalCurrents() {
        return currents[currents.length - 1];
    }
}
