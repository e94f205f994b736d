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
 * @param lyapunov measure the maximal Lyapunov exponent by tangent propagation ({@link TangentPropagation})
 * @param lyapunovInterval time between renormalisations of the tangent vector (rounded to whole steps)
 * @param precision how the dense random couplings are stored (the same draw either way; sums in double)
 */
public record SimulationSettings(int neurons, double dt, double duration, int draws, long seed,
                                 SimulationScheme scheme, int recordEvery, double burnIn, int threads,
                                 boolean sharedMatrix, boolean lyapunov, double lyapunovInterval,
                                 CouplingPrecision precision) {
    /** Default time between renormalisations of the tangent vector. */
    public static final double DEFAULT_LYAPUNOV_INTERVAL = 1.0;

    public SimulationSettings {
        java.util.Objects.requireNonNull(precision, "precision");
    }

    /** Settings with couplings in double precision. */
    public SimulationSettings(int neurons, double dt, double duration, int draws, long seed,
                              SimulationScheme scheme, int recordEvery, double burnIn, int threads,
                              boolean sharedMatrix, boolean lyapunov, double lyapunovInterval) {
        this(neurons, dt, duration, draws, seed, scheme, recordEvery, burnIn, threads, sharedMatrix, lyapunov,
                lyapunovInterval, CouplingPrecision.DOUBLE);
    }

    /** Settings that measure the Lyapunov exponent at the default renormalisation interval, as the config does. */
    public SimulationSettings(int neurons, double dt, double duration, int draws, long seed,
                              SimulationScheme scheme, int recordEvery, double burnIn, int threads,
                              boolean sharedMatrix) {
        this(neurons, dt, duration, draws, seed, scheme, recordEvery, burnIn, threads, sharedMatrix, true,
                DEFAULT_LYAPUNOV_INTERVAL);
    }

    /**
     * Defaults (docs/CONFIG.md (simulation)); burn-in a quarter of the duration, all cores, independent matrices
     * in double precision.
     */
    public static SimulationSettings defaults() {
        return new SimulationSettings(2000, 0.05, 200.0, 1, 1L, SimulationScheme.RK4, 1, 50.0, 0, false, true,
                DEFAULT_LYAPUNOV_INTERVAL, CouplingPrecision.DOUBLE);
    }

    /** A copy that measures the Lyapunov exponent (or not) with renormalisations every {@code interval}. */
    public SimulationSettings withLyapunov(boolean on, double interval) {
        return new SimulationSettings(neurons, dt, duration, draws, seed, scheme, recordEvery, burnIn, threads,
                sharedMatrix, on, interval, precision);
    }

    /** Steps between renormalisations of the tangent vector, round(lyapunovInterval / dt), at least 1. */
    public int lyapunovSteps() {
        return Math.max(1, (int) Math.round(lyapunovInterval / dt));
    }

    /** A copy with another number of neurons N per region. */
    public SimulationSettings withNeurons(int n) {
        return new SimulationSettings(n, dt, duration, draws, seed, scheme, recordEvery, burnIn, threads,
                sharedMatrix, lyapunov, lyapunovInterval, precision);
    }

    /** A copy with another simulated time and burn-in (the part discarded before averages are taken). */
    public SimulationSettings withDuration(double newDuration, double newBurnIn) {
        return new SimulationSettings(neurons, dt, newDuration, draws, seed, scheme, recordEvery, newBurnIn, threads,
                sharedMatrix, lyapunov, lyapunovInterval, precision);
    }

    /** A copy with another number of network draws. */
    public SimulationSettings withDraws(int n) {
        return new SimulationSettings(neurons, dt, duration, n, seed, scheme, recordEvery, burnIn, threads,
                sharedMatrix, lyapunov, lyapunovInterval, precision);
    }

    /** A copy with another seed of the network draws. */
    public SimulationSettings withSeed(long s) {
        return new SimulationSettings(neurons, dt, duration, draws, s, scheme, recordEvery, burnIn, threads,
                sharedMatrix, lyapunov, lyapunovInterval, precision);
    }

    /** A copy with another time step. */
    public SimulationSettings withDt(double newDt) {
        return new SimulationSettings(neurons, newDt, duration, draws, seed, scheme, recordEvery, burnIn, threads,
                sharedMatrix, lyapunov, lyapunovInterval, precision);
    }

    /** A copy with another number of worker threads (0 = all cores). */
    public SimulationSettings withThreads(int n) {
        return new SimulationSettings(neurons, dt, duration, draws, seed, scheme, recordEvery, burnIn, n,
                sharedMatrix, lyapunov, lyapunovInterval, precision);
    }

    /** A copy that stores the dense couplings in {@code p} (the same draw, rounded to floats for single). */
    public SimulationSettings withPrecision(CouplingPrecision p) {
        return new SimulationSettings(neurons, dt, duration, draws, seed, scheme, recordEvery, burnIn, threads,
                sharedMatrix, lyapunov, lyapunovInterval, p);
    }

    /** The number of time steps, round(duration / dt). */
    public int steps() {
        return (int) Math.round(duration / dt);
    }
}
