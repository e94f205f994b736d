package org.mrdmft.plot.style;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A numeric axis with a {@link MathText} label and {@link NiceTicks}: the step is the smallest nice one whose labels,
 * measured in the tick font, leave at least {@link #GAP_EM} em between neighbours along the axis (and a line and a
 * half of height on a vertical axis), so tick labels never run together at any printed size.
 */
public class NiceAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    /** Free space between neighbouring horizontal tick labels, in ems of the tick font. */
    public static final double GAP_EM = 1.0;
    /** Spacing of vertical tick labels, in multiples of the tick label height. */
    public static final double VERTICAL_SPACING = 1.8;
    /** Most ticks an axis gets, however long it is. */
    public static final int MAX_TICKS = 7;

    private final transient MathText label;

    /** An axis labelled {@code markup} ({@link MathText}); empty for no label. */
    public NiceAxis(String markup) {
        super(null);
        this.label = MathText.of(markup);
        setStandardTickUnits(new NiceTicks());
        setAutoRangeIncludesZero(false);
        PaperStyle.style(this);
        relabel();
    }

    /** The label. */
    public MathText math() {
        return label;
    }

    @Override
    public void setLabelFont(java.awt.Font font) {
        super.setLabelFont(font);
        relabel();
    }

    private void relabel() {
        if (label != null && !label.plain().isEmpty()) {
            setAttributedLabel(label.attributed(getLabelFont()));
        }
    }

    @Override
    protected void selectHorizontalAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        double length = dataArea.getWidth();
        FontMetrics metrics = g2.getFontMetrics(getTickLabelFont());
        double gap = GAP_EM * getTickLabelFont().getSize2D();
        double step = first();
        for (int k = 0; k < 60; k++) {
            double spacing = step / getRange().getLength() * length;
            if (spacing >= widest(metrics, step) + gap) {
                break;
            }
            step = NiceTicks.larger(step);
        }
        setTickUnit(NiceTicks.unit(step), false, false);
    }

    @Override
    protected void selectVerticalAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        double length = dataArea.getHeight();
        FontMetrics metrics = g2.getFontMetrics(getTickLabelFont());
        double need = VERTICAL_SPACING * (metrics.getAscent() + metrics.getDescent());
        double step = first();
        for (int k = 0; k < 60; k++) {
            if (step / getRange().getLength() * length >= need) {
                break;
            }
            step = NiceTicks.larger(step);
        }
        setTickUnit(NiceTicks.unit(step), false, false);
    }

    /** The smallest step that gives at most {@link #MAX_TICKS} ticks. */
    private double first() {
        double range = getRange().getLength();
        return NiceTicks.ceiling(range / MAX_TICKS);
    }

    /** Width of the widest label of multiples of {@code step} on the current range. */
    private double widest(FontMetrics metrics, double step) {
        NumberFormat format = NiceTicks.format(step);
        double lower = Math.ceil(getLowerBound() / step) * step;
        double widest = 0;
        int count = 0;
        for (double v = lower; v <= getUpperBound() + step * 1e-9 && count < 200; v += step, count++) {
            widest = Math.max(widest, metrics.stringWidth(format.format(v)));
        }
        return widest;
    }
}
