package org.mrdmft.plot.style;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The boxes of every string drawn on one canvas (filled by {@link PaperGraphics}) and the two checks a figure must
 * pass: no two strings overlap, and all text lies inside the canvas. Boxes are ink boxes, so two labels that merely
 * touch do not count; overlaps smaller than {@link #TOLERANCE} points (anti-aliasing, rounding) are ignored.
 */
public final class TextBoxes {
    /** Overlap (in points, in both directions) below which two boxes are taken to touch, not overlap. */
    public static final double TOLERANCE = 0.25;

    private final List<TextBox> boxes = new ArrayList<>();

    /** Adds one box. */
    public void add(TextBox box) {
        boxes.add(box);
    }

    /** The boxes in drawing order. */
    public List<TextBox> boxes() {
        return List.copyOf(boxes);
    }

    /**
     * What is wrong with the text on {@code canvas}: one line per overlapping pair and per box outside the canvas;
     * empty when the text is fine.
     */
    public List<String> problems(Rectangle2D canvas) {
        List<String> out = new ArrayList<>();
        for (TextBox b : boxes) {
            Rectangle2D r = b.bounds();
            if (r.getMinX() < canvas.getMinX() - TOLERANCE || r.getMinY() < canvas.getMinY() - TOLERANCE
                    || r.getMaxX() > canvas.getMaxX() + TOLERANCE || r.getMaxY() > canvas.getMaxY() + TOLERANCE) {
                out.add("outside the canvas " + describe(canvas) + ": '" + b.text() + "' at " + describe(r));
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Rectangle2D a = boxes.get(i).bounds();
                Rectangle2D c = boxes.get(j).bounds();
                double w = Math.min(a.getMaxX(), c.getMaxX()) - Math.max(a.getMinX(), c.getMinX());
                double h = Math.min(a.getMaxY(), c.getMaxY()) - Math.max(a.getMinY(), c.getMinY());
                if (w > TOLERANCE && h > TOLERANCE) {
                    out.add("overlap: '" + boxes.get(i).text() + "' at " + describe(a) + " and '"
                            + boxes.get(j).text() + "' at " + describe(c));
                }
            }
        }
        return out;
    }

    private static String describe(Rectangle2D r) {
        return String.format(Locale.ROOT, "[%.1f, %.1f; %.1f x %.1f pt]", r.getX(), r.getY(), r.getWidth(),
                r.getHeight());
    }
}
