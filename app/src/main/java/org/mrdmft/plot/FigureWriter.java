package org.mrdmft.plot;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.mrdmft.plot.style.PaperFonts;
import org.mrdmft.plot.style.PaperGraphics;
import org.mrdmft.plot.style.PaperSize;
import org.mrdmft.plot.style.Panel;
import org.mrdmft.plot.style.TextBoxes;

/**
 * Saves a figure as PNG (300 dpi), SVG and PDF side by side ({@code base.png}, {@code base.svg}, {@code base.pdf}),
 * all three drawn from one {@link Panel} at its printed {@link PaperSize} through {@link PaperGraphics}: PNG by
 * Java2D, SVG by VectorGraphics2D, PDF by pdfbox-graphics2d with DejaVu Sans embedded so that its text stays text.
 * An {@link Inspector} sees the text boxes of every figure written (the figure tests check them).
 */
public final class FigureWriter {
    /** Resolution of the bitmap. */
    public static final int DPI = 300;
    private static final FigureWriter STANDARD = new FigureWriter((base, size, boxes) -> { });

    /** Receives the text boxes of each figure as it is written. */
    @FunctionalInterface
    public interface Inspector {
        /** The figure {@code base} of {@code size} drew the strings in {@code boxes}. */
        void inspect(Path base, PaperSize size, TextBoxes boxes);
    }

    private final Inspector inspector;

    /** A writer that shows each figure's text boxes to {@code inspector}. */
    public FigureWriter(Inspector inspector) {
        this.inspector = inspector;
    }

    /** The writer without an inspector. */
    public static FigureWriter standard() {
        return STANDARD;
    }

    /** {@link #write} with the standard writer. */
    public static List<Path> save(Panel panel, Path base, PaperSize size) throws IOException {
        return STANDARD.write(panel, base, size);
    }

    /**
     * Writes the three files next to each other.
     *
     * @param panel what to draw
     * @param base the path without extension, e.g. {@code out/demo/currents}
     * @param size the printed size
     * @return the files written
     */
    public List<Path> write(Panel panel, Path base, PaperSize size) throws IOException {
        String b = base.toString();
        Path png = Path.of(b + ".png");
        Path svg = Path.of(b + ".svg");
        Path pdf = Path.of(b + ".pdf");
        TextBoxes boxes = new TextBoxes();
        writePng(panel, size, png, boxes);
        writeSvg(panel, size, svg);
        writePdf(panel, size, pdf);
        inspector.inspect(base, size, boxes);
        return List.of(png, svg, pdf);
    }

    /** The text boxes of {@code panel} drawn at {@code size}, without writing anything. */
    public static TextBoxes textBoxes(Panel panel, PaperSize size) {
        TextBoxes boxes = new TextBoxes();
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        hints(g);
        draw(panel, size, new PaperGraphics(g, boxes));
        g.dispose();
        return boxes;
    }

    private static void draw(Panel panel, PaperSize size, Graphics2D g) {
        g.setPaint(Color.WHITE);
        g.fill(size.canvas());
        panel.draw(g, size.canvas());
        g.dispose();
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    private static void writePng(Panel panel, PaperSize size, Path file, TextBoxes boxes) throws IOException {
        BufferedImage image = new BufferedImage(size.widthPixels(DPI), size.heightPixels(DPI),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        hints(g);
        g.scale(DPI / PaperSize.POINTS_PER_INCH, DPI / PaperSize.POINTS_PER_INCH);
        draw(panel, size, new PaperGraphics(g, boxes));
        g.dispose();
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            resolution(metadata);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** Records 300 dpi in the PNG (pHYs, pixels per metre) so that programs place it at its printed size. */
    private static void resolution(IIOMetadata metadata) throws IOException {
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        String perMetre = Integer.toString((int) Math.round(DPI / 0.0254));
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        try {
            metadata.mergeTree("javax_imageio_png_1.0", root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("cannot record the resolution in the PNG", e);
        }
    }

    private static void writeSvg(Panel panel, PaperSize size, Path file) throws IOException {
        VectorGraphics2D g = new VectorGraphics2D();
        draw(panel, size, new PaperGraphics(g, new TextBoxes()));
        PageSize page = new PageSize(0, 0, size.widthPoints(), size.heightPoints());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            new SVGProcessor().getDocument(g.getCommands(), page).writeTo(out);
        }
    }

    private static void writePdf(Panel panel, PaperSize size, Path file) throws IOException {
        float w = (float) size.widthPoints();
        float h = (float) size.heightPoints();
        try (PDDocument document = new PDDocument();
                PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            register(fonts, PaperFonts.regular(1).getFontName(), PaperFonts.REGULAR_RESOURCE);
            register(fonts, PaperFonts.bold(1).getFontName(), PaperFonts.BOLD_RESOURCE);
            PDPage page = new PDPage(new PDRectangle(w, h));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
            g.setFontTextDrawer(fonts);
            draw(panel, size, new PaperGraphics(g, new TextBoxes()));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            document.getDocumentInformation().setCreator("mrdmft");
            document.save(file.toFile());
        }
    }

    private static void register(PdfBoxGraphics2DFontTextDrawer fonts, String name, String resource)
            throws IOException {
        try (InputStream in = PaperFonts.open(resource)) {
            fonts.registerFont(name, in);
        }
    }
}
