package org.mrdmft.plot;

import java.nio.file.Path;
import org.mrdmft.dmft.ProgressListener;

/**
 * What a figure is asked to do: write into {@code dir} (which exists and is empty), at the published resolution when
 * {@code full}, reporting the progress of its long part, saving every chart through {@code writer}.
 *
 * @param dir output directory
 * @param full the published resolution where the quick default is coarser
 * @param progress receives progress (never null; {@link ProgressListener#NONE} to ignore)
 * @param writer saves the charts
 */
public record FigureJob(Path dir, boolean full, ProgressListener progress, FigureWriter writer) {
    /** A quick or full job with no progress and the standard writer. */
    public static FigureJob of(Path dir, boolean full) {
        return new FigureJob(dir, full, ProgressListener.NONE, FigureWriter.standard());
    }
}
