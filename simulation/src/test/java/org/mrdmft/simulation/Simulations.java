package org.mrdmft.simulation;

import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.simulation.SimulationSettings;

/** Settings builders shared by the simulation tests. */
final class Simulations {
    private Simulations() {
    }

    static SimulationSettings settings(int neurons, double dt, double duration, double burnIn,
                                       SimulationScheme scheme, int threads, boolean shared) {
        return new SimulationSettings(neurons, dt, duration, 1, 3L, scheme, 1, burnIn, threads, shared);
    }

    /** Mean over recorded points k &gt;= from of values[k][mu]. */
    static double timeMean(double[][] values, int from, int mu) {
        double s = 0;
        for (int k = from; k < values.length; k++) {
            s += values[k][mu];
        }
        return s / (values.length - from);
    }
}
