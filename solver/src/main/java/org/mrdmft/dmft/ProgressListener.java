package org.mrdmft.dmft;

/** Receives progress of a long computation; called from the computing thread. */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    /** {@code done} of {@code total} units are finished. */
    void onProgress(long done, long total);
}
