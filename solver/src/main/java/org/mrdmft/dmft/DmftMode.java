package org.mrdmft.dmft;

/** What `mrdmft solve` computes. */
public enum DmftMode {
    /** Integrate the causal two-time DMFT forward in time. */
    TRANSIENT,
    /** Solve for stationary states directly (fixed currents, stationary Delta(tau)). */
    STATIONARY;

    /** The spelling used in config files. */
    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
