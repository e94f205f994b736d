package org.mrdmft.plot.style;

import java.awt.geom.Rectangle2D;

/**
 * The printed size of a figure in inches: a journal column is 3.4 in wide, a full page 7 in. Figures are drawn in
 * points (1/72 in) at exactly this size, so the font sizes of {@link PaperStyle} are the sizes a reader sees in
 * print; the PNG is the same drawing scaled to {@code dpi}.
 *
 * @param widthInches printed width
 * @param heightInches printed height
 */
public record PaperSize(double widthInches, double heightInches) {
    /** Width of one journal column. */
    public static final double COLUMN_WIDTH = 3.4;
    /** Width of a full page (two columns). */
    public static final double PAGE_WIDTH = 7.0;
    /** Points per inch. */
    public static final double POINTS_PER_INCH = 72.0;

    /** The usual single-panel figure: one column, 2.6 in high. */
    public static final PaperSize COLUMN = column(2.6);
    /** A square single-column panel (matrices, complex planes). */
    public static final PaperSize COLUMN_SQUARE = column(3.2);

    public PaperSize {
        if (!(widthInches > 0 && heightInches > 0) || widthInches > 20 || heightInches > 20) {
            throw new IllegalArgumentException("paper size must be positive and at most 20 in, got "
                    + widthInches + " x " + heightInches);
        }
    }

    /** One column wide, {@code heightInches} high. */
    public static PaperSize column(double heightInches) {
        return new PaperSize(COLUMN_WIDTH, heightInches);
    }

    /** One page wide, {@code heightInches} high. */
    public static PaperSize page(double heightInches) {
        return new PaperSize(PAGE_WIDTH, heightInches);
    }

    /** Width in points. */
    public double widthPoints() {
        return widthInches * POINTS_PER_INCH;
    }

    /** Height in points. */
    public double heightPoints() {
        return heightInches * POINTS_PER_INCH;
    }

    /** The drawing area in points, origin at the top left. */
    public Rectangle2D canvas() {
        return new Rectangle2D.Double(0, 0, widthPoints(), heightPoints());
    }

    /** Width in pixels at {@code dpi}. */
    public int widthPixels(int dpi) {
        return (int) Math.round(widthInches * dpi);
    }

    /** Height in pixels at {@code dpi}. */
    public int heightPixels(int dpi) {
        return (int) Math.round(heightInches * dpi);
    }
}
