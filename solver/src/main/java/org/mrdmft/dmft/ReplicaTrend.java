package org.mrdmft.dmft;

/** What the replica distance of a region does over a run (docs/MODEL.md section 11). */
public enum ReplicaTrend {
    /** It grows at a rate above the margin and is still small at the end: chaos. */
    GROWS("grows"),
    /** It grew out of the small regime (the replicas decorrelate): chaos. */
    SATURATES("saturates"),
    /** It shrinks at a rate beyond the margin: the replicas converge. */
    DECAYS("decays"),
    /**
     * Its rate lies within the margin of 0, or within the difference between the rates over the fit window's two
     * halves: neither growth nor decay is resolved by this run (a longer one decides it).
     */
    MARGINAL("marginal");

    private final String configName;

    ReplicaTrend(String configName) {
        this.configName = configName;
    }

    /** The spelling in output files. */
    public String configName() {
        return configName;
    }

    /** Whether nearby trajectories separate: the distance grows or has saturated. */
    public boolean chaotic() {
        return this == GROWS || this == SATURATES;
    }

    @Override
    public String toString() {
        return configName;
    }
}
