package org.mrdmft.plot;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.PdfboxGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Saves a chart as PNG (300 dpi), SVG (VectorGraphics2D) and PDF (pdfbox-graphics2d) side by side:
 * {@code base.png}, {@code base.svg}, {@code base.pdf}.
 */
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
        Path svg = Path.of(b + ".svg");
        Path pdf = Path.of(b + ".pdf");
        saveSvg(chart, svg);
        savePdf(chart, pdf);
        return List.of(Path.of(b + ".png"), svg, pdf);
    }

    /** PDF through pdfbox-graphics2d (deprecated in XChart 4.0.3 awaiting a unified encoder; no alternative). */
    @SuppressWarnings("deprecation")
    private static void savePdf(Chart<?, ?> chart, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            PdfboxGraphicsEncoder.savePdfboxGraphics(chart, out);
        }
    }

    /** SVG through VectorGraphics2D (deprecated in XChart 4.0.3, which has no other SVG encoder). */
    @SuppressWarnings("deprecation")
    private static void saveSvg(Chart<?, ?> chart, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
        }
    }
}
