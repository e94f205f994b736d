package org.mrdmft.plot.style;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * A Graphics2D in front of the real one (bitmap, SVG or PDF) that does three things. It draws an attributed
 * string (a {@link MathText} label: sub- and superscripts are fonts with a baseline offset) as plain strings, one
 * per run, each in its own font at its own baseline, so every encoder writes real text instead of outlines or
 * dropping the attributes. And it records the box of every string drawn, in canvas coordinates, into a
 * {@link TextBoxes} so that a test can check that no two labels overlap and that all lie inside the canvas. And it
 * thins long polylines ({@link PathThinning}) so that vector files stay small.
 */
public final class PaperGraphics extends Graphics2D {
    /** Tolerance of {@link PathThinning} in canvas points: a twelfth of a pixel at 300 dpi. */
    public static final double THINNING = 0.02;

    private final Graphics2D g;
    private final TextBoxes boxes;
    private final AffineTransform canvas;
    private final GlyphText glyphText;

    /**
     * @param g the real Graphics2D, with the transform that maps points of the canvas to its device already set
     * @param boxes where the boxes of the strings go
     */
    public PaperGraphics(Graphics2D g, TextBoxes boxes) {
        this(g, boxes, g.getTransform(), new GlyphText());
    }

    private PaperGraphics(Graphics2D g, TextBoxes boxes, AffineTransform canvas, GlyphText glyphText) {
        this.g = g;
        this.boxes = boxes;
        this.canvas = canvas;
        this.glyphText = glyphText;
    }

    @Override
    public Graphics create() {
        return new PaperGraphics((Graphics2D) g.create(), boxes, canvas, glyphText);
    }

    @Override
    public void dispose() {
        g.dispose();
    }

    @Override
    public void drawString(String text, int x, int y) {
        drawString(text, (float) x, (float) y);
    }

    @Override
    public void drawString(String text, float x, float y) {
        if (text.isEmpty()) {
            return;
        }
        record(text, new TextLayout(text, g.getFont(), g.getFontRenderContext()), x, y);
        g.drawString(text, x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator text, int x, int y) {
        drawString(text, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator text, float x, float y) {
        if (text.getEndIndex() <= text.getBeginIndex()) {
            return;
        }
        record(plain(text), new TextLayout(text, g.getFontRenderContext()), x, y);
        Font font = g.getFont();
        Paint paint = g.getPaint();
        float cursor = x;
        int index = text.getBeginIndex();
        while (index < text.getEndIndex()) {
            text.setIndex(index);
            int end = text.getRunLimit();
            Map<AttributedCharacterIterator.Attribute, Object> attributes = text.getAttributes();
            StringBuilder run = new StringBuilder();
            for (int i = index; i < end; i++) {
                run.append(text.setIndex(i));
            }
            Font runFont = attributes.get(TextAttribute.FONT) instanceof Font f ? f
                    : attributes.isEmpty() ? font : font.deriveFont(attributes);
            String s = run.toString();
            float advance = new TextLayout(s, runFont, g.getFontRenderContext()).getAdvance();
            // a sub- or superscript is a smaller font shifted by its transform: draw it upright at the shifted baseline
            AffineTransform t = runFont.getTransform();
            Font upright = runFont.deriveFont(new AffineTransform())
                    .deriveFont((float) (runFont.getSize2D() * Math.abs(t.getScaleY())));
            g.setFont(upright);
            g.setPaint(attributes.get(TextAttribute.FOREGROUND) instanceof Paint p ? p : paint);
            g.drawString(s, (float) (cursor + t.getTranslateX()), (float) (y + t.getTranslateY()));
            cursor += advance;
            index = end;
        }
        g.setFont(font);
        g.setPaint(paint);
    }

    /**
     * Glyphs (TextLayout draws attributed strings this way) go out as text where their characters are known: runs of
     * glyphs at their natural spacing become one string each, drawn upright at the glyph positions.
     */
    @Override
    public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
        Rectangle2D ink = glyphs.getVisualBounds();
        ink.setRect(ink.getX() + x, ink.getY() + y, ink.getWidth(), ink.getHeight());
        String text = glyphText.text(glyphs);
        boxes.add(new TextBox(text == null ? "(glyphs)" : text, toCanvas(ink)));
        if (text == null || glyphs.getNumGlyphs() != text.length()) {
            g.drawGlyphVector(glyphs, x, y);
            return;
        }
        Font font = g.getFont();
        Font runFont = glyphs.getFont();
        AffineTransform t = runFont.getTransform();
        g.setFont(runFont.deriveFont(new AffineTransform())
                .deriveFont((float) (runFont.getSize2D() * Math.abs(t.getScaleY()))));
        int start = 0;
        while (start < text.length()) {
            java.awt.geom.Point2D origin = glyphs.getGlyphPosition(start);
            int end = start + 1;
            while (end < text.length() && Character.getType(text.charAt(end)) != Character.NON_SPACING_MARK
                    && Math.abs(glyphs.getGlyphPosition(end).getY() - origin.getY()) < 1e-3) {
                end++;
            }
            // a combining mark is drawn with the glyph before it, as the font places it
            while (end < text.length() && Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK) {
                end++;
            }
            g.drawString(text.substring(start, end), (float) (x + origin.getX() + t.getTranslateX()),
                    (float) (y + origin.getY() + t.getTranslateY()));
            start = end;
        }
        g.setFont(font);
    }

    private void record(String text, TextLayout layout, float x, float y) {
        if (text.isBlank()) {
            return;
        }
        Rectangle2D ink = layout.getBounds();
        ink.setRect(ink.getX() + x, ink.getY() + y, ink.getWidth(), ink.getHeight());
        boxes.add(new TextBox(text, toCanvas(ink)));
    }

    /** The box in canvas points: through the current transform to the device, then back by the canvas transform. */
    private Rectangle2D toCanvas(Rectangle2D user) {
        try {
            AffineTransform t = canvas.createInverse();
            t.concatenate(g.getTransform());
            return t.createTransformedShape(user).getBounds2D();
        } catch (NoninvertibleTransformException e) {
            return user;
        }
    }

    /** Canvas points per user unit under the current transform. */
    private double canvasScale() {
        try {
            AffineTransform t = canvas.createInverse();
            t.concatenate(g.getTransform());
            return Math.sqrt(Math.abs(t.getDeterminant()));
        } catch (NoninvertibleTransformException e) {
            return 1.0;
        }
    }

    private static String plain(AttributedCharacterIterator text) {
        StringBuilder b = new StringBuilder();
        for (char c = text.first(); c != AttributedCharacterIterator.DONE; c = text.next()) {
            b.append(c);
        }
        text.first();
        return b.toString();
    }

    @Override
    public void drawChars(char[] data, int offset, int length, int x, int y) {
        drawString(new String(data, offset, length), x, y);
    }

    @Override
    public void drawBytes(byte[] data, int offset, int length, int x, int y) {
        drawString(new String(data, offset, length, java.nio.charset.StandardCharsets.ISO_8859_1), x, y);
    }

    // everything else goes straight to the real Graphics2D

    @Override
    public void addRenderingHints(Map<?, ?> a0) {
        g.addRenderingHints(a0);
    }

    @Override
    public void clearRect(int a0, int a1, int a2, int a3) {
        g.clearRect(a0, a1, a2, a3);
    }

    @Override
    public void clipRect(int a0, int a1, int a2, int a3) {
        g.clipRect(a0, a1, a2, a3);
    }

    @Override
    public void clip(Shape a0) {
        g.clip(a0);
    }

    @Override
    public void copyArea(int a0, int a1, int a2, int a3, int a4, int a5) {
        g.copyArea(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void draw3DRect(int a0, int a1, int a2, int a3, boolean a4) {
        g.draw3DRect(a0, a1, a2, a3, a4);
    }

    @Override
    public void drawArc(int a0, int a1, int a2, int a3, int a4, int a5) {
        g.drawArc(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public boolean drawImage(Image a0, AffineTransform a1, ImageObserver a2) {
        return g.drawImage(a0, a1, a2);
    }

    @Override
    public boolean drawImage(Image a0, int a1, int a2, Color a3, ImageObserver a4) {
        return g.drawImage(a0, a1, a2, a3, a4);
    }

    @Override
    public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, Color a5, ImageObserver a6) {
        return g.drawImage(a0, a1, a2, a3, a4, a5, a6);
    }

    @Override
    public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, Color a9, ImageObserver a10) {
        return g.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
    }

    @Override
    public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, ImageObserver a9) {
        return g.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9);
    }

    @Override
    public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, ImageObserver a5) {
        return g.drawImage(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public boolean drawImage(Image a0, int a1, int a2, ImageObserver a3) {
        return g.drawImage(a0, a1, a2, a3);
    }

    @Override
    public void drawImage(BufferedImage a0, BufferedImageOp a1, int a2, int a3) {
        g.drawImage(a0, a1, a2, a3);
    }

    @Override
    public void drawLine(int a0, int a1, int a2, int a3) {
        g.drawLine(a0, a1, a2, a3);
    }

    @Override
    public void drawOval(int a0, int a1, int a2, int a3) {
        g.drawOval(a0, a1, a2, a3);
    }

    @Override
    public void drawPolygon(int[] a0, int[] a1, int a2) {
        g.drawPolygon(a0, a1, a2);
    }

    @Override
    public void drawPolygon(Polygon a0) {
        g.drawPolygon(a0);
    }

    @Override
    public void drawPolyline(int[] a0, int[] a1, int a2) {
        g.drawPolyline(a0, a1, a2);
    }

    @Override
    public void drawRect(int a0, int a1, int a2, int a3) {
        g.drawRect(a0, a1, a2, a3);
    }

    @Override
    public void drawRenderableImage(RenderableImage a0, AffineTransform a1) {
        g.drawRenderableImage(a0, a1);
    }

    @Override
    public void drawRenderedImage(RenderedImage a0, AffineTransform a1) {
        g.drawRenderedImage(a0, a1);
    }

    @Override
    public void drawRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) {
        g.drawRoundRect(a0, a1, a2, a3, a4, a5);
    }

    /** Lines are thinned to {@link #THINNING} points on the canvas before they reach the encoder. */
    @Override
    public void draw(Shape shape) {
        g.draw(PathThinning.thin(shape, THINNING / canvasScale()));
    }

    @Override
    public void fill3DRect(int a0, int a1, int a2, int a3, boolean a4) {
        g.fill3DRect(a0, a1, a2, a3, a4);
    }

    @Override
    public void fillArc(int a0, int a1, int a2, int a3, int a4, int a5) {
        g.fillArc(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void fillOval(int a0, int a1, int a2, int a3) {
        g.fillOval(a0, a1, a2, a3);
    }

    @Override
    public void fillPolygon(int[] a0, int[] a1, int a2) {
        g.fillPolygon(a0, a1, a2);
    }

    @Override
    public void fillPolygon(Polygon a0) {
        g.fillPolygon(a0);
    }

    @Override
    public void fillRect(int a0, int a1, int a2, int a3) {
        g.fillRect(a0, a1, a2, a3);
    }

    @Override
    public void fillRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) {
        g.fillRoundRect(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void fill(Shape a0) {
        g.fill(a0);
    }

    @Override
    public Color getBackground() {
        return g.getBackground();
    }

    @Override
    public Rectangle getClipBounds() {
        return g.getClipBounds();
    }

    @Override
    public Rectangle getClipBounds(Rectangle a0) {
        return g.getClipBounds(a0);
    }

    @Override
    public Shape getClip() {
        return g.getClip();
    }

    @Override
    public Color getColor() {
        return g.getColor();
    }

    @Override
    public Composite getComposite() {
        return g.getComposite();
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return g.getDeviceConfiguration();
    }

    @Override
    public FontMetrics getFontMetrics() {
        return g.getFontMetrics();
    }

    @Override
    public FontMetrics getFontMetrics(Font a0) {
        return g.getFontMetrics(a0);
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return g.getFontRenderContext();
    }

    @Override
    public Font getFont() {
        return g.getFont();
    }

    @Override
    public Paint getPaint() {
        return g.getPaint();
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key a0) {
        return g.getRenderingHint(a0);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return g.getRenderingHints();
    }

    @Override
    public Stroke getStroke() {
        return g.getStroke();
    }

    @Override
    public AffineTransform getTransform() {
        return g.getTransform();
    }

    @Override
    public boolean hitClip(int a0, int a1, int a2, int a3) {
        return g.hitClip(a0, a1, a2, a3);
    }

    @Override
    public boolean hit(Rectangle a0, Shape a1, boolean a2) {
        return g.hit(a0, a1, a2);
    }

    @Override
    public void rotate(double a0, double a1, double a2) {
        g.rotate(a0, a1, a2);
    }

    @Override
    public void rotate(double a0) {
        g.rotate(a0);
    }

    @Override
    public void scale(double a0, double a1) {
        g.scale(a0, a1);
    }

    @Override
    public void setBackground(Color a0) {
        g.setBackground(a0);
    }

    @Override
    public void setClip(int a0, int a1, int a2, int a3) {
        g.setClip(a0, a1, a2, a3);
    }

    @Override
    public void setClip(Shape a0) {
        g.setClip(a0);
    }

    @Override
    public void setColor(Color a0) {
        g.setColor(a0);
    }

    @Override
    public void setComposite(Composite a0) {
        g.setComposite(a0);
    }

    @Override
    public void setFont(Font a0) {
        g.setFont(a0);
    }

    @Override
    public void setPaintMode() {
        g.setPaintMode();
    }

    @Override
    public void setPaint(Paint a0) {
        g.setPaint(a0);
    }

    @Override
    public void setRenderingHint(RenderingHints.Key a0, Object a1) {
        g.setRenderingHint(a0, a1);
    }

    @Override
    public void setRenderingHints(Map<?, ?> a0) {
        g.setRenderingHints(a0);
    }

    @Override
    public void setStroke(Stroke a0) {
        g.setStroke(a0);
    }

    @Override
    public void setTransform(AffineTransform a0) {
        g.setTransform(a0);
    }

    @Override
    public void setXORMode(Color a0) {
        g.setXORMode(a0);
    }

    @Override
    public void shear(double a0, double a1) {
        g.shear(a0, a1);
    }

    @Override
    public void transform(AffineTransform a0) {
        g.transform(a0);
    }

    @Override
    public void translate(double a0, double a1) {
        g.translate(a0, a1);
    }

    @Override
    public void translate(int a0, int a1) {
        g.translate(a0, a1);
    }
}
