package org.mrdmft.config;

import org.mrdmft.failure.InvalidInputException;
import org.mrdmft.model.MemoryEstimate;

/**
 * The check of {@code regions} against the heap, made right after the key is read and before any R x R x R
 * tensor is built or read: the network's interaction and overlap tensors ({@link MemoryEstimate#ofNetwork})
 * and their resolved config tree (a JSON node per number) must fit. A tensor given inline is bounded by the
 * file itself; a {@code random} or {@code reciprocal} one of {@code regions: 5000} is not.
 */
final class RegionsLimit {
    /** Bytes per entry of a resolved tensor in the config tree: a DoubleNode and its reference in a list. */
    static final double TREE_BYTES_PER_ENTRY = 32.0;

    private RegionsLimit() {
    }

    /** The estimate of a network of {@code regions} regions read from a config. */
    static MemoryEstimate estimate(int regions) {
        MemoryEstimate network = MemoryEstimate.ofNetwork(regions);
        double r = regions;
        return new MemoryEstimate(network.input(), network.request(),
                network.bytes() + 2 * TREE_BYTES_PER_ENTRY * r * r * r,
                network.dominant() + " and their resolved config", network.remedy());
    }

    /** @throws ConfigException naming {@code regions} when its tensors would not fit into {@code heap} */
    static void require(int regions, long heap) {
        try {
            estimate(regions).requireFits(heap);
        } catch (InvalidInputException e) {
            throw new ConfigException(e.input(), e.problem());
        }
    }
}
