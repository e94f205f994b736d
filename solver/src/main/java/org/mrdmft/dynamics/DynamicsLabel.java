package org.mrdmft.dynamics;

/** The kind of dynamics of one region, as in the paper's fig5 phase diagram. */
public enum DynamicsLabel {
    /** Static currents, no fluctuations. */
    FIXED_POINT("fixed-point"),
    /** Periodic currents. */
    LIMIT_CYCLE("limit-cycle"),
    /** Chaotic fluctuations without lasting structure. */
    CHAOS("chaos"),
    /** Static currents on top of chaotic fluctuations. */
    FIXED_POINT_CHAOS("fixed-point+chaos"),
    /** Periodic currents on top of chaotic fluctuations. */
    LIMIT_CYCLE_CHAOS("limit-cycle+chaos");

    private final String configName;

    DynamicsLabel(String configName) {
        this.configName = configName;
    }

    /** The spelling used in output files ("fixed-point", "limit-cycle+chaos", ...). */
    public String configName() {
        return configName;
    }

    @Override
    public String toString() {
        return configName;
    }
}
