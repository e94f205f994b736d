package org.mrdmft.simulation;

/**
 * Finite-N simulation settings ({@code simulation:} in the config).
 *
 * @param neurons N per region
 * @param dt time step
 * @param duration simulated time
 * @param draws independent network draws
 * @param seed seed of the network draws
 * @param scheme time stepping (RK4 or forward Euler)
 * @param recordEvery record every this many steps (&gt;= 1)
 * @param burnIn time discarded before the autocorrelation and the dimension are measured (&lt; duration)
 * @param threads worker threads of the dense mat-vec; 0 means all available cores
 * @param sharedMatrix share one N x N random matrix across regions (per-region index permutations; saves
 *                     memory but correlates the regions' disorder)
 */
public record SimulationSettings(int neurons, double dt, double duration, int draws, long seed,
                                 SimulationScheme scheme, int recordEvery, double burnIn, int threads,
                                 boolean sharedMatrix) {
    /** Defaults (docs/CONFIG.md (simulation)); burn-in a quarter of the duration, all cores, independent matrices. */
    public static SimulationSettings defaults() {
        return new SimulationSettings(2000, 0.05, 200.0, 1, 1L, SimulationScheme.RK4, 1, 50.0, 0, false);
    }

    /** The number of time steps, round(duration / dt). */
    public int steps() {
        return (int) Math.round(duration / dt);
    }
}
