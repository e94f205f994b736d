package org.mrdmft.plot.style;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;

/**
 * Tick steps of 1, 2, 2.5 and 5 times a power of ten, each with a label format that shows exactly the digits the
 * step needs (step 0.25 labels 0.25, 0.50, 0.75; step 0.5 labels 0.5, 1.0; step 2 labels 2, 4), a true minus sign
 * and never "−0". {@link NiceAxis} picks among them by the axis length and the label widths.
 */
public final class NiceTicks implements TickUnitSource {
    private static final double[] MANTISSAS = {1.0, 2.0, 2.5, 5.0};

    /** The smallest nice step at least {@code size} (positive; non-finite or non-positive sizes give 1). */
    public static double ceiling(double size) {
        if (!(size > 0) || Double.isInfinite(size)) {
            return 1.0;
        }
        int exponent = (int) Math.floor(Math.log10(size));
        for (int e = exponent - 1; e <= exponent + 1; e++) {
            double power = Math.pow(10, e);
            for (double m : MANTISSAS) {
                double step = m * power;
                if (step >= size * (1 - 1e-12)) {
                    return clean(step);
                }
            }
        }
        return clean(Math.pow(10, exponent + 2));
    }

    /** The next nice step after {@code step}. */
    public static double larger(double step) {
        return ceiling(step * (1 + 1e-9));
    }

    /** Decimals the labels of multiples of {@code step} need: 0 for 1, 2, 5, 25; 1 for 0.5 and 2.5; 2 for 0.25. */
    public static int decimals(double step) {
        int exponent = (int) Math.floor(Math.log10(step) + 1e-12);
        double mantissa = step / Math.pow(10, exponent);
        boolean quarter = Math.abs(mantissa - 2.5) < 1e-9;
        return Math.max(0, -exponent + (quarter ? 1 : 0));
    }

    /** The label format for multiples of {@code step}. */
    public static NumberFormat format(double step) {
        return new TickFormat(decimals(step), step);
    }

    /** The tick unit of {@code step}. */
    public static NumberTickUnit unit(double step) {
        return new NumberTickUnit(step, format(step));
    }

    @Override
    public TickUnit getLargerTickUnit(TickUnit unit) {
        return unit(larger(unit.getSize()));
    }

    @Override
    public TickUnit getCeilingTickUnit(TickUnit unit) {
        return unit(ceiling(unit.getSize()));
    }

    @Override
    public TickUnit getCeilingTickUnit(double size) {
        return unit(ceiling(size));
    }

    /** Rounds away the binary noise of m * 10^e (0.30000000000000004 -> 0.3). */
    private static double clean(double step) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.12g", step));
    }

    /** Fixed decimals, U+2212 for minus, and values within a billionth of a step of zero written as 0. */
    private static final class TickFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final DecimalFormat decimal;
        private final double step;

        TickFormat(int decimals, double step) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
            symbols.setMinusSign('\u2212');
            this.decimal = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals), symbols);
            this.step = step;
        }

        @Override
        public StringBuffer format(double value, StringBuffer to, FieldPosition pos) {
            return decimal.format(Math.abs(value) < step * 1e-9 ? 0.0 : value, to, pos);
        }

        @Override
        public StringBuffer format(long value, StringBuffer to, FieldPosition pos) {
            return decimal.format(value, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return decimal.parse(source.replace('\u2212', '-'), pos);
        }
    }
}
