package org.mrdmft.failure;

import java.util.Locale;

/**
 * A quantity that became non-finite (NaN or infinite) during a computation: which quantity, in which region,
 * at what time, and the settings to try. The message reads e.g. {@code "variance Delta of region 2 became
 * infinite at t = 3.25"}.
 */
public class DivergenceException extends NumericalFailureException {
    private static final long serialVersionUID = 1L;

    private final String quantity;
    private final int region;
    private final double time;
    private final double value;

    /**
     * @param quantity what diverged, e.g. {@code "variance Delta"}
     * @param region the region, 1-based, or 0 when the quantity belongs to no single region
     * @param time the time at which it was first seen non-finite
     * @param value the value seen (NaN or an infinity)
     * @param suggestion the settings to try
     */
    public DivergenceException(String quantity, int region, double time, double value, String suggestion) {
        super(describe(quantity, region, time, value), suggestion);
        this.quantity = quantity;
        this.region = region;
        this.time = time;
        this.value = value;
    }

    private static String describe(String quantity, int region, double time, double value) {
        return String.format(Locale.ROOT, "%s%s became %s at t = %.6g", quantity,
                region > 0 ? " of region " + region : "", Double.isNaN(value) ? "NaN" : "infinite", time);
    }

    /** What diverged, e.g. {@code "variance Delta"}. */
    public String quantity() {
        return quantity;
    }

    /** The region, 1-based, or 0 when the quantity belongs to no single region. */
    public int region() {
        return region;
    }

    /** The time at which the quantity was first seen non-finite. */
    public double time() {
        return time;
    }

    /** The value seen: NaN or an infinity. */
    public double value() {
        return value;
    }
}
