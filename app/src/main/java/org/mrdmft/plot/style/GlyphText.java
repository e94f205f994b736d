package org.mrdmft.plot.style;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the glyphs of a GlyphVector back into characters. Java's TextLayout (which JFreeChart uses for attributed
 * axis labels) draws through {@code drawGlyphVector}, which PDF and SVG encoders can only write as outlines;
 * {@link PaperGraphics} recovers the characters here and draws them as text. Only the characters figures use are
 * mapped (Latin, Greek, punctuation, arrows, mathematical operators, combining marks); a glyph outside them makes
 * the whole vector stay a drawing.
 */
final class GlyphText {
    private static final int[][] BLOCKS = {{0x20, 0x7E}, {0xA0, 0xFF}, {0x300, 0x36F}, {0x370, 0x3FF},
        {0x2000, 0x206F}, {0x2070, 0x209F}, {0x2100, 0x214F}, {0x2190, 0x21FF}, {0x2200, 0x22FF}, {0x2300, 0x23FF},
        {0x27E8, 0x27EB}};

    private final Map<String, Map<Integer, Character>> byFont = new HashMap<>();

    /** The characters of {@code glyphs}, or null when one is not known. */
    String text(GlyphVector glyphs) {
        Map<Integer, Character> map = byFont.computeIfAbsent(glyphs.getFont().getFontName(),
                name -> reverse(glyphs.getFont(), glyphs.getFontRenderContext()));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            Character c = map.get(glyphs.getGlyphCode(i));
            if (c == null) {
                return null;
            }
            b.append(c.charValue());
        }
        return b.toString();
    }

    private static Map<Integer, Character> reverse(Font font, FontRenderContext frc) {
        StringBuilder all = new StringBuilder();
        for (int[] block : BLOCKS) {
            for (int c = block[0]; c <= block[1]; c++) {
                if (font.canDisplay(c)) {
                    all.append((char) c);
                }
            }
        }
        char[] chars = all.toString().toCharArray();
        GlyphVector v = font.deriveFont(new java.awt.geom.AffineTransform()).createGlyphVector(frc, chars);
        Map<Integer, Character> map = new HashMap<>();
        for (int i = 0; i < v.getNumGlyphs() && i < chars.length; i++) {
            map.putIfAbsent(v.getGlyphCode(i), chars[i]);
        }
        return map;
    }
}
