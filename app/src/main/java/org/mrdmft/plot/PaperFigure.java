package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.mrdmft.dmft.ProgressListener;

/**
 * One figure of the paper or of mrdmft's own: computes its data, writes every chart as PNG
 * (300 dpi), SVG and PDF, and the CSV of every plotted number (docs/FIGURES.md catalogues them). The numbers
 * come from the figure's data class in org.mrdmft.figures; the figure only draws them and writes its tables.
 * A figure implements {@link #render(FigureJob)} (figures not yet on the paper style implement one of the two
 * older methods instead; the defaults route between them).
 */
public interface PaperFigure {
    /** The name users type: {@code mrdmft figure NAME}. */
    String name();

    /** One line for {@code mrdmft figure --list}. */
    String description();

    /**
     * Computes and writes the figure.
     *
     * @return the files written
     */
    default List<Path> render(FigureJob job) throws IOException {
        return render(job.dir(), job.full(), job.progress());
    }

    /** Computes and writes the figure into {@code dir} (which exists and is empty), without progress. */
    default List<Path> render(Path dir, boolean full) throws IOException {
        return render(FigureJob.of(dir, full));
    }

    /** Computes and writes the figure into {@code dir}, reporting progress of its long part. */
    default List<Path> render(Path dir, boolean full, ProgressListener progress) throws IOException {
        return render(dir, full);
    }
}
