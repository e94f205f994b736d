package org.mrdmft.stationary;

/** The kind of stationary state of one region (docs/MODEL.md section 3). */
public enum StationaryBranch {
    /** Static: Delta(tau) = D0 for all lags, the structured input suppresses chaos. */
    STATIC("chaos-suppressed"),
    /** Chaotic with structure: A &gt; 0 and Delta(tau) decays from D0 to Dinf &lt; D0. */
    CHAOTIC("chaos-with-structure"),
    /** Pure chaos (Sompolinsky-Crisanti-Sommers): A = 0, Dinf = 0. */
    SCS("chaos");

    private final String label;

    StationaryBranch(String label) {
        this.label = label;
    }

    /** The spelling in summary.json. */
    public String label() {
        return label;
    }
}
