package org.mrdmft.stationary;

/**
 * The stationary state a region takes for a given structured variance A (the static branch when it is
 * stable, else the chaotic one), with dD0/dA for Jacobians. Implemented by the per-region theory; the
 * fixed-point solver only needs this view of it.
 */
@FunctionalInterface
public interface RegionStateSelector {
    /** The state of region {@code region} at structured variance {@code structuredVariance} &gt;= 0. */
    RegionState select(int region, double structuredVariance);
}
