package org.mrdmft.dmft;

import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.model.MemoryEstimate;
import org.mrdmft.model.NetworkModel;

/**
 * A transient DMFT problem: a network and the numerical settings to integrate its mean-field
 * equations forward from the initial currents.
 */
public record TransientProblem(NetworkModel model, DmftSettings settings) {

    /**
     * The memory a solve of this problem allocates (every engine checks it against the heap before it
     * allocates anything that grows with the steps or regions), naming the key to blame in this JVM's heap;
     * with {@code dmft.lyapunov} on, the replica's arrays are counted too ({@link ReplicaSolver} checks them).
     */
    public MemoryEstimate memoryEstimate() {
        return TransientMemory.of(this, MemoryEstimate.heap());
    }
}
