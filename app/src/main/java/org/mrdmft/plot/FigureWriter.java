package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/** Saves a chart as PNG (300 dpi), SVG and PDF side by side: {@code base.png}, {@code base.svg}, {@code base.pdf}. */
public final class FigureWriter {
    /** Resolution of the bitmap. */
    public static final int DPI = 300;

    private FigureWriter() {
    }

    /**
     * Writes the three files next to each other.
     *
     * @param chart the chart
     * @param base the path without extension, e.g. {@code out/demo/currents}
     * @return the files written
     */
    public static List<Path> save(Chart<?, ?> chart, Path base) throws IOException {
        String b = base.toString();
        BitmapEncoder.saveBitmapWithDPI(chart, b, BitmapEncoder.BitmapFormat.PNG, DPI);
        VectorGraphicsEncoder.saveVectorGraphic(chart, b, VectorGraphicsFormat.SVG);
        VectorGraphicsEncoder.saveVectorGraphic(chart, b, VectorGraphicsFormat.PDF);
        return List.of(Path.of(b + ".png"), Path.of(b + ".svg"), Path.of(b + ".pdf"));
    }
}
