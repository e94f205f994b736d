package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.figures.Fig5;
import org.mrdmft.io.sweep.LabelMaps;
import org.mrdmft.plot.style.Panel;
import org.mrdmft.plot.style.PaperSize;

/**
 * The label maps of a two-axis sweep: per region the modal label (one colour per label, named in a legend) and
 * the entropy of the labels (a colour bar in bits), axes labelled with the swept symbols ({@link SweepAxisSymbol}).
 * {@link #labelMaps} draws a sweep directory's maps (the command line's {@link org.mrdmft.io.sweep.LabelMapCharts}).
 */
public final class SweepHeatmap {
    /** Printed size of one map: a column wide. */
    static final PaperSize SIZE = PaperSize.column(3.0);

    private SweepHeatmap() {
    }

    /** The short label names in {@link DynamicsLabel} order (codes 0..4 in points.csv). */
    static List<String> labelNames() {
        return Fig5.SHORT;
    }

    /**
     * Per region the maps {@code modal-label-<mu>} and {@code label-entropy-<mu>} (PNG, SVG, PDF) of a sweep's label
     * maps, into {@code dir}.
     */
    public static List<Path> labelMaps(LabelMaps maps, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        String x = SweepAxisSymbol.of(maps.xName());
        String y = SweepAxisSymbol.of(maps.yName());
        for (LabelMaps.Region r : maps.regions()) {
            int mu = r.region();
            files.addAll(FigureWriter.save(modal("region " + mu, x, maps.x(), y, maps.y(), r.modal(), true),
                    dir.resolve("modal-label-" + mu), SIZE));
            files.addAll(FigureWriter.save(entropy("region " + mu, x, maps.x(), y, maps.y(), r.entropyBits(),
                    maps.draws()), dir.resolve("label-entropy-" + mu), SIZE));
        }
        return files;
    }

    /** The modal label map ({@code modal[i][j]} a label code at (x_i, y_j)). */
    static Panel modal(String title, String xMarkup, double[] x, String yMarkup, double[] y, double[][] modal,
                       boolean legend) {
        return GridMap.categories(title, xMarkup, x, yMarkup, y, modal, labelNames(), legend);
    }

    /** The entropy map on a scale from 0 to the largest entropy {@code samples} labels can have. */
    static Panel entropy(String title, String xMarkup, double[] x, String yMarkup, double[] y, double[][] bits,
                         int samples) {
        int labels = DynamicsLabel.values().length;
        double max = Math.log(Math.min(labels, Math.max(samples, 2))) / Math.log(2.0);
        return GridMap.continuous(title, xMarkup, x, yMarkup, y, bits, 0, max, "label entropy (bits)");
    }
}
