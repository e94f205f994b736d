package org.mrdmft.config;

import org.mrdmft.model.MemoryEstimate;

/**
 * The check of {@code regions} against the heap, made right after the key is read and before any R x R x R
 * tensor is built or read: the interaction and overlap tensors (R^3 numbers each, held by the network and
 * copied once) and their resolved config tree (a JSON node per number) must fit. A tensor given inline is
 * bounded by the file itself; a {@code random} or {@code reciprocal} one of {@code regions: 5000} is not.
 */
final class RegionsLimit {
    /** Bytes per tensor entry: two tensors, each held twice as double[][][] and once as a JSON node tree. */
    static final double BYTES_PER_ENTRY = 2 * (2 * 8.0 + 32.0);

    private RegionsLimit() {
    }

    /** The estimate of a network of {@code regions} regions. */
    static MemoryEstimate estimate(int regions) {
        double r = regions;
        return new MemoryEstimate("regions", "R = " + regions + " regions", BYTES_PER_ENTRY * r * r * r,
                "interaction and overlap tensors of R^3 numbers", "fewer regions");
    }

    /** @throws ConfigException naming {@code regions} when its tensors would not fit into the heap */
    static void require(int regions, long heap) {
        MemoryEstimate e = estimate(regions);
        if (!e.fits(heap)) {
            try {
                e.requireFits(heap);
            } catch (org.mrdmft.failure.InvalidInputException x) {
                throw new ConfigException(x.input(), x.problem());
            }
        }
    }
}
