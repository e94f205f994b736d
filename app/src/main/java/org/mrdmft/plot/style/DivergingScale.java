package org.mrdmft.plot.style;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A diverging colour scale from blue (at -limit) through white (0) to red (+limit), clamped outside; the end colours
 * are those of ColorBrewer's RdBu, which stays readable for colour-blind readers and in grey.
 *
 * @param limit the magnitude mapped to full colour
 */
public record DivergingScale(double limit) implements PaintScale {
    private static final Color NEGATIVE = new Color(33, 102, 172);
    private static final Color POSITIVE = new Color(178, 24, 43);

    public DivergingScale {
        if (!(limit > 0) || Double.isInfinite(limit)) {
            throw new IllegalArgumentException("colour scale limit must be positive and finite, got " + limit);
        }
    }

    @Override
    public double getLowerBound() {
        return -limit;
    }

    @Override
    public double getUpperBound() {
        return limit;
    }

    @Override
    public Paint getPaint(double value) {
        double f = Double.isNaN(value) ? 0 : Math.max(-1, Math.min(1, value / limit));
        Color end = f < 0 ? NEGATIVE : POSITIVE;
        double w = Math.abs(f);
        return new Color(mix(255, end.getRed(), w), mix(255, end.getGreen(), w), mix(255, end.getBlue(), w));
    }

    private static int mix(int from, int to, double w) {
        return (int) Math.round(from + (to - from) * w);
    }
}
