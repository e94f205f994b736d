package org.mrdmft.plot.style;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;

/**
 * A legend whose entries are {@link MathText} labels (JFreeChart's own legend draws plain strings only): each entry a
 * short line sample and/or marker and its label, flowing in rows across the width it is given, rows centred. Put it
 * above the plot ({@code chart.addSubtitle}) or inside it (JFreeChart's XYTitleAnnotation).
 */
public final class MathLegend extends Title {
    private static final long serialVersionUID = 1L;
    /** Length of the line sample, points. */
    static final double SAMPLE = 16.0;
    /** Space between sample and label, and between entries (in ems of the legend font). */
    static final double GAP = 0.35;
    static final double SPACING = 1.0;

    /**
     * One legend entry.
     *
     * @param label the text
     * @param paint colour of the sample
     * @param stroke the line sample, or null for a marker only
     * @param marker the marker drawn on the sample centred at (0, 0), or null for a line only
     */
    public record Entry(MathText label, Paint paint, Stroke stroke, Shape marker) {
        /** A line entry. */
        public static Entry line(String markup, Paint paint, Stroke stroke) {
            return new Entry(MathText.of(markup), paint, stroke, null);
        }

        /** A marker entry. */
        public static Entry marker(String markup, Paint paint, Shape marker) {
            return new Entry(MathText.of(markup), paint, null, marker);
        }
    }

    private final transient List<Entry> entries;
    private final transient Font font;
    private transient Paint background;

    /** A legend of {@code entries} in the legend font. */
    public MathLegend(List<Entry> entries) {
        this(entries, PaperStyle.legendFont());
    }

    /** A legend of {@code entries} in {@code font}. */
    public MathLegend(List<Entry> entries, Font font) {
        super(RectangleEdge.TOP, org.jfree.chart.ui.HorizontalAlignment.CENTER,
                org.jfree.chart.ui.VerticalAlignment.CENTER);
        this.entries = List.copyOf(entries);
        this.font = font;
        setPadding(1, 2, 3, 2);
    }

    /** Fills the legend's box with {@code paint} before drawing (null: transparent, the default). */
    public void setBackground(Paint paint) {
        this.background = paint;
    }

    /** The entries. */
    public List<Entry> entries() {
        return entries;
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        double available = constraint.getWidthRange() == null ? Double.POSITIVE_INFINITY
                : constraint.getWidthRange().getUpperBound();
        if (!(available > 0)) {
            available = Double.POSITIVE_INFINITY;
        }
        List<List<Integer>> rows = rows(g2, available - horizontalPadding());
        double widest = 0;
        for (List<Integer> row : rows) {
            widest = Math.max(widest, rowWidth(g2, row));
        }
        return new Size2D(widest + horizontalPadding(), rows.size() * rowHeight() + verticalPadding());
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        draw(g2, area);
        return null;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        if (background != null) {
            Paint before = g2.getPaint();
            g2.setPaint(background);
            g2.fill(area);
            g2.setPaint(before);
        }
        Rectangle2D inner = trimPadding(area);
        List<List<Integer>> rows = rows(g2, inner.getWidth());
        double em = font.getSize2D();
        double y = inner.getY();
        Paint paint = g2.getPaint();
        Stroke stroke = g2.getStroke();
        Font old = g2.getFont();
        for (List<Integer> row : rows) {
            double x = inner.getCenterX() - rowWidth(g2, row) / 2;
            double baseline = y + 0.5 * rowHeight() + 0.35 * em;
            double middle = baseline - 0.3 * em;
            for (int k : row) {
                Entry e = entries.get(k);
                g2.setPaint(e.paint());
                if (e.stroke() != null) {
                    g2.setStroke(e.stroke());
                    g2.draw(new Line2D.Double(x, middle, x + SAMPLE, middle));
                }
                if (e.marker() != null) {
                    g2.fill(AffineTransform.getTranslateInstance(x + SAMPLE / 2, middle)
                            .createTransformedShape(e.marker()));
                }
                g2.setPaint(Color.BLACK);
                g2.setFont(font);
                g2.drawString(e.label().attributed(font).getIterator(), (float) (x + SAMPLE + GAP * em),
                        (float) baseline);
                x += entryWidth(g2, e) + SPACING * em;
            }
            y += rowHeight();
        }
        g2.setPaint(paint);
        g2.setStroke(stroke);
        g2.setFont(old);
    }

    private double rowHeight() {
        return 1.45 * font.getSize2D();
    }

    private double horizontalPadding() {
        return getPadding().getLeft() + getPadding().getRight();
    }

    private double verticalPadding() {
        return getPadding().getTop() + getPadding().getBottom();
    }

    private double entryWidth(Graphics2D g2, Entry e) {
        String text = e.label().plain();
        double label = text.isEmpty() ? 0
                : new TextLayout(e.label().attributed(font).getIterator(), g2.getFontRenderContext()).getAdvance();
        return SAMPLE + GAP * font.getSize2D() + label;
    }

    private double rowWidth(Graphics2D g2, List<Integer> row) {
        double w = 0;
        for (int k : row) {
            w += entryWidth(g2, entries.get(k));
        }
        return w + Math.max(0, row.size() - 1) * SPACING * font.getSize2D();
    }

    /** Greedy rows: entries in order, a new row when the next would not fit in {@code width}. */
    private List<List<Integer>> rows(Graphics2D g2, double width) {
        List<List<Integer>> rows = new ArrayList<>();
        List<Integer> row = new ArrayList<>();
        double used = 0;
        for (int k = 0; k < entries.size(); k++) {
            double w = entryWidth(g2, entries.get(k));
            double need = row.isEmpty() ? w : used + SPACING * font.getSize2D() + w;
            if (!row.isEmpty() && need > width) {
                rows.add(row);
                row = new ArrayList<>();
                need = w;
            }
            row.add(k);
            used = need;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }
}
