package org.mrdmft.simulation;

import java.util.Locale;

/** Time stepping of the finite-N network simulation ({@code simulation.scheme}). */
public enum SimulationScheme {
    /** Classical fourth-order Runge-Kutta (default). */
    RK4("rk4"),
    /** Forward Euler, first order in dt (the authors' simulations). */
    EULER("euler");

    private final String configName;

    SimulationScheme(String configName) {
        this.configName = configName;
    }

    /** The spelling used in config files. */
    public String configName() {
        return configName;
    }

    /** Parses a config spelling; null if unknown. */
    public static SimulationScheme fromConfig(String s) {
        for (SimulationScheme v : values()) {
            if (v.configName.equals(s.toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        return null;
    }
}
