package org.mrdmft.plot.style;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one font family of every figure, DejaVu Sans (regular and bold), shipped in the jar as TrueType resources
 * (Bitstream Vera licence, which allows redistribution with software; its text is in fonts/LICENSE-DejaVu.txt
 * next to the fonts). Shipping it makes figures look the same on every machine and lets the PDF writer embed it,
 * so text in PDFs stays text. DejaVu Sans covers Greek, ‖, √, ←, the combining circumflex and the minus sign.
 */
public final class PaperFonts {
    /** Family name as the fonts report it. */
    public static final String FAMILY = "DejaVu Sans";
    /** Resource of the regular face. */
    public static final String REGULAR_RESOURCE = "fonts/DejaVuSans.ttf";
    /** Resource of the bold face. */
    public static final String BOLD_RESOURCE = "fonts/DejaVuSans-Bold.ttf";

    private PaperFonts() {
    }

    /** The regular face at {@code points}. */
    public static Font regular(double points) {
        return Holder.REGULAR.deriveFont((float) points);
    }

    /** The bold face at {@code points}. */
    public static Font bold(double points) {
        return Holder.BOLD.deriveFont((float) points);
    }

    /** Opens a font resource (the caller closes it); used by the PDF writer to embed the same faces. */
    public static InputStream open(String resource) {
        InputStream in = PaperFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("font resource missing from the jar: " + resource);
        }
        return in;
    }

    /** Loaded once, on first use; immutable afterwards. */
    private static final class Holder {
        static final Font REGULAR = load(REGULAR_RESOURCE);
        static final Font BOLD = load(BOLD_RESOURCE);

        private static Font load(String resource) {
            try (InputStream in = open(resource)) {
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                // lets Java2D resolve the family by name too (false when the system already has it: fine)
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + resource, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("bad font " + resource, e);
            }
        }
    }
}
