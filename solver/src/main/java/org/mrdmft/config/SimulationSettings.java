package org.mrdmft.config;

/**
 * Finite-N simulation settings ({@code simulation:} in the config).
 *
 * @param neurons N per region
 * @param dt time step
 * @param duration simulated time
 * @param draws independent network draws
 * @param seed seed of the network draws
 */
public record SimulationSettings(int neurons, double dt, double duration, int draws, long seed) {
    /** Defaults of INTERFACE.md. */
    public static SimulationSettings defaults() {
        return new SimulationSettings(2000, 0.05, 200.0, 1, 1L);
    }
}
