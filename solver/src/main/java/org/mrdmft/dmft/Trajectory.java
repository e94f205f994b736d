package org.mrdmft.dmft;

import org.mrdmft.dmft.DmftScheme;

/** The one-time arrays every transient engine fills: S, J, psi and Delta(t,t) on the grid. */
final class Trajectory {
    final double[][][] currents;
    final double[][][] drives;
    final double[][] gain;
    final double[][] variance;

    Trajectory(int steps, int regions) {
        currents = new double[steps][regions][regions];
        drives = new double[steps][regions][regions];
        gain = new double[steps][regions];
        variance = new double[steps][regions];
    }

    TransientResult toResult(DmftScheme scheme, double dt, TwoTimeRecorder recorder, long cells, double seconds) {
        return toResult(scheme, dt, recorder, cells, seconds, TransientDiagnostics.explicit());
    }

    TransientResult toResult(DmftScheme scheme, double dt, TwoTimeRecorder recorder, long cells, double seconds,
                             TransientDiagnostics diagnostics) {
        return new TransientResult(scheme, dt, currents, drives, gain, variance,
                recorder == null ? java.util.List.of() : recorder.lagSlices(variance, dt),
                recorder == null ? null : recorder.twoTime(), cells, seconds, diagnostics);
    }
}
