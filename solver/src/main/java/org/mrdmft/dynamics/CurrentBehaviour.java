package org.mrdmft.dynamics;

/** What a region's incoming currents S^{mu nu}(t) do late in a transient solve. */
public enum CurrentBehaviour {
    /** Every incoming current is (numerically) zero. */
    ABSENT("absent"),
    /** The currents have settled to constants (or are still settling, exponentially). */
    STATIC("static"),
    /** The currents repeat with a measured period. */
    PERIODIC("periodic"),
    /**
     * The currents drift without settling, too slowly to show whether they repeat: no current crosses its
     * mean more than three times in the analysis window (a period longer than the run can resolve). Labelled
     * like static currents, as the paper's rule reads them; a longer run resolves them.
     */
    SLOW("slow"),
    /** The currents move without settling or repeating: chaotic (or quasi-periodic) current dynamics. */
    IRREGULAR("irregular");

    private final String configName;

    CurrentBehaviour(String configName) {
        this.configName = configName;
    }

    /** The spelling in output files. */
    public String configName() {
        return configName;
    }

    @Override
    public String toString() {
        return configName;
    }
}
