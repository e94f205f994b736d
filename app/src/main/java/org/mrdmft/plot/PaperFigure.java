package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.mrdmft.dmft.ProgressListener;

/**
 * One figure of the paper or of mrdmft's own: computes its data, writes every chart as PNG
 * (300 dpi), SVG and PDF, and the CSV of every plotted number (docs/FIGURES.md catalogues them). The numbers
 * come from the figure's data class in org.mrdmft.figures; the figure only draws them and writes its tables.
 */
public interface PaperFigure {
    /** The name users type: {@code mrdmft figure NAME}. */
    String name();

    /** One line for {@code mrdmft figure --list}. */
    String description();

    /**
     * Computes and writes the figure into {@code dir} (which exists and is empty).
     *
     * @param full the published resolution where the quick default is coarser
     * @return the files written
     */
    List<Path> render(Path dir, boolean full) throws IOException;

    /**
     * The same, reporting progress of its long part (a figure that runs a sweep reports its rows); figures
     * that finish in seconds report nothing.
     */
    default List<Path> render(Path dir, boolean full, ProgressListener progress) throws IOException {
        return render(dir, full);
    }
}
