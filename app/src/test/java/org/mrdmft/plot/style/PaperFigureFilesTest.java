package org.mrdmft.plot.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mrdmft.plot.FigureWriter;

/**
 * The three files of one line plot: PNG at 300 dpi and its printed size, a compact SVG although the curve has
 * 20 000 points, a PDF whose text is text in the embedded DejaVu Sans (extractable, Greek included), and text boxes
 * that neither overlap nor leave the canvas.
 */
class PaperFigureFilesTest {
    static Panel sineWaves() {
        int n = 20_000;
        double[] t = new double[n];
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 40.0 * i / (n - 1);
            a[i] = Math.sin(t[i]) * Math.exp(-t[i] / 20);
            b[i] = 0.5 * Math.cos(0.7 * t[i]);
        }
        return new LinePlot("time t", "\\Delta^{12}(\\tau), ‖S^{\\mu\\cdot}‖")
                .line("S^{12}", t, a, 0, 0).line("\\hat{T}_{\\psi}", t, b, 1, 1).horizontalLine(0).panel();
    }

    @Test
    void writesCompactFilesWithRealTextAtPrintSize(@TempDir Path dir) throws IOException {
        List<TextBoxes> seen = new ArrayList<>();
        FigureWriter writer = new FigureWriter((base, size, boxes) -> seen.add(boxes));
        List<Path> files = writer.write(sineWaves(), dir.resolve("waves"), PaperSize.COLUMN);

        BufferedImage png = ImageIO.read(files.get(0).toFile());
        assertThat(png.getWidth()).isEqualTo(1020);
        assertThat(png.getHeight()).isEqualTo(780);

        long svgBytes = Files.size(files.get(1));
        assertThat(svgBytes).as("SVG bytes").isLessThan(200_000);
        assertThat(Files.readString(files.get(1))).contains("<text").contains("DejaVu Sans");

        try (PDDocument pdf = Loader.loadPDF(files.get(2).toFile())) {
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(244.8f, org.assertj.core.data.Offset.offset(0.01f));
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("time t").contains("Δ").contains("‖").contains("S");
            List<String> fonts = fonts(page.getResources());
            assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("DejaVuSans"));
        }

        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).boxes()).extracting(TextBox::text).contains("time t", "0", "10", "20");
        assertThat(seen.get(0).problems(PaperSize.COLUMN.canvas())).isEmpty();
    }

    /** Names of the embedded fonts, following form XObjects (pdfbox-graphics2d draws into a form). */
    private static List<String> fonts(PDResources resources) throws IOException {
        List<String> out = new ArrayList<>();
        if (resources == null) {
            return out;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            out.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                out.addAll(fonts(form.getResources()));
            }
        }
        return out;
    }
}
