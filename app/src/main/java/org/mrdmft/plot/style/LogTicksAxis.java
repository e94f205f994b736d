package org.mrdmft.plot.style;

import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A base-10 logarithmic axis in the paper style with a {@link MathText} label. Ticks sit at powers of ten, labelled
 * 10^k (a real superscript), when the range spans two decades or more (every second or fifth decade when they would
 * crowd); on a shorter range at 1, 2 and 5 times a power of ten (or every integer mantissa), labelled as numbers.
 * Labels keep at least an em apart along a horizontal axis and a line and a half on a vertical one.
 */
public class LogTicksAxis extends LogAxis {
    private static final long serialVersionUID = 1L;
    private final transient MathText label;

    /** An axis labelled {@code markup}. */
    public LogTicksAxis(String markup) {
        super(null);
        this.label = MathText.of(markup);
        PaperStyle.style(this);
        setMinorTickMarksVisible(false);
        if (!label.plain().isEmpty()) {
            setAttributedLabel(label.attributed(getLabelFont()));
        }
    }

    @Override
    protected AttributedString createTickLabel(double value) {
        return label(value, true);
    }

    private AttributedString label(double value, boolean powers) {
        return MathText.of(text(value, powers)).attributed(getTickLabelFont());
    }

    /**
     * With {@code powers}, "10^{k}" for a power of ten (1 and 10 as numbers); otherwise, and for other values, the
     * number with its significant digits.
     */
    static String text(double value, boolean powers) {
        double log = Math.log10(value);
        long exponent = Math.round(log);
        if (powers && Math.abs(log - exponent) < 1e-9) {
            if (exponent == 0) {
                return "1";
            }
            if (exponent == 1) {
                return "10";
            }
            return "10^{" + (exponent < 0 ? "\u2212" + (-exponent) : String.valueOf(exponent)) + "}";
        }
        int decimals = Math.max(0, -(int) Math.floor(log + 1e-9));
        return NiceTicks.format(Math.pow(10, -decimals)).format(value);
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(g2, dataArea, edge, true);
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(g2, dataArea, edge, false);
    }

    private List<LogTick> ticks(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge, boolean horizontal) {
        double lower = getLowerBound();
        double upper = getUpperBound();
        List<List<Double>> candidates = new ArrayList<>();
        int low = (int) Math.floor(Math.log10(lower));
        int high = (int) Math.ceil(Math.log10(upper));
        for (int every : new int[] {1, 2, 5, 10, 20}) {
            candidates.add(decades(low, high, every, lower, upper));
        }
        for (double[] mantissas : new double[][] {{1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 5}, {1, 3}}) {
            candidates.add(mantissas(low, high, mantissas, lower, upper));
        }
        // decades when there are two or more; otherwise mantissas, the densest that fits
        List<List<Double>> order = new ArrayList<>();
        if (candidates.get(0).size() >= 2) {
            order.addAll(candidates.subList(0, 5));
        } else {
            order.addAll(candidates.subList(5, 8));
            order.add(candidates.get(0));
        }
        List<Double> chosen = order.get(order.size() - 1);
        boolean powers = candidates.get(0).size() >= 2;
        for (List<Double> c : order) {
            if (c.size() >= 2 && fits(g2, c, dataArea, edge, horizontal, powers)) {
                chosen = c;
                break;
            }
        }
        TextAnchor anchor = horizontal
                ? (edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER)
                : (edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
        List<LogTick> ticks = new ArrayList<>();
        for (double v : chosen) {
            ticks.add(new LogTick(TickType.MAJOR, v, label(v, powers), anchor));
        }
        return ticks;
    }

    private boolean fits(Graphics2D g2, List<Double> values, Rectangle2D area, RectangleEdge edge,
                         boolean horizontal, boolean powers) {
        double em = getTickLabelFont().getSize2D();
        double previous = Double.NaN;
        double previousHalf = 0;
        for (double v : values) {
            AttributedString s = label(v, powers);
            TextLayout layout = new TextLayout(s.getIterator(), g2.getFontRenderContext());
            double half = horizontal ? layout.getAdvance() / 2 : (layout.getAscent() + layout.getDescent()) * 0.9;
            double at = valueToJava2D(v, area, edge);
            if (!Double.isNaN(previous) && Math.abs(at - previous) < previousHalf + half + em * 0.8) {
                return false;
            }
            previous = at;
            previousHalf = half;
        }
        return true;
    }

    private static List<Double> decades(int low, int high, int every, double lower, double upper) {
        List<Double> out = new ArrayList<>();
        for (int e = low; e <= high; e++) {
            double v = Math.pow(10, e);
            if (Math.floorMod(e, every) == 0 && v >= lower * (1 - 1e-9) && v <= upper * (1 + 1e-9)) {
                out.add(v);
            }
        }
        return out;
    }

    private static List<Double> mantissas(int low, int high, double[] mantissas, double lower, double upper) {
        List<Double> out = new ArrayList<>();
        for (int e = low; e <= high; e++) {
            for (double m : mantissas) {
                double v = Double.parseDouble(m + "e" + e);
                if (v >= lower * (1 - 1e-9) && v <= upper * (1 + 1e-9)) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
