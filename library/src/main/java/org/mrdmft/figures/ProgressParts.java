package org.mrdmft.figures;

import org.mrdmft.dmft.ProgressListener;

/**
 * Splits one progress report over several equal parts run one after the other (the simulations of a figure's
 * cases): part {@code k} of {@code n} reporting {@code done} of {@code total} is reported as {@code k total + done}
 * of {@code n total}, so a figure's progress moves within each simulation instead of once per case.
 */
final class ProgressParts {
    private ProgressParts() {
    }

    /** The listener for part {@code k} (0-based) of {@code n}. */
    static ProgressListener part(ProgressListener progress, int k, int n) {
        if (progress == ProgressListener.NONE) {
            return ProgressListener.NONE;
        }
        return (done, total) -> progress.onProgress(k * total + Math.min(done, total), n * total);
    }
}
