package org.mrdmft.io.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Draws the label maps of a finished two-axis sweep into its directory. The plot package implements it and the
 * command line hands it in, so that io.sweep writes the tables and never draws (plot depends on io.sweep, not
 * the other way round).
 */
@FunctionalInterface
public interface LabelMapCharts {
    /** Draws nothing: the sweep directory gets its tables only. */
    LabelMapCharts NONE = (maps, dir) -> List.of();

    /**
     * Draws the maps into {@code dir}.
     *
     * @return the files written, in order
     */
    List<Path> write(LabelMaps maps, Path dir) throws IOException;
}
