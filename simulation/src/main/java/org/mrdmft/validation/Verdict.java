package org.mrdmft.validation;

import java.util.Collection;

/**
 * The outcome of one test of the theory against simulation. An error is compared with its tolerance allowing
 * {@link #STANDARD_ERRORS} standard errors of the draws either way: {@link #PASS} when even the upper end is
 * within tolerance, {@link #FAIL} when even the lower end exceeds it, {@link #INCONCLUSIVE} when the standard
 * errors cannot decide (and always with a single draw, whose standard error is unknown).
 */
public enum Verdict {
    PASS, INCONCLUSIVE, FAIL;

    /** Standard errors of the mean over draws allowed either way (about 95 % two-sided). */
    public static final double STANDARD_ERRORS = 2.0;

    /**
     * The verdict on {@code error} (&gt;= 0) with the standard error of its draws' mean.
     *
     * @param standardError NaN when unknown (one draw)
     */
    public static Verdict of(double error, double standardError, double tolerance) {
        if (Double.isNaN(error) || Double.isNaN(standardError)) {
            return INCONCLUSIVE;
        }
        if (error + STANDARD_ERRORS * standardError <= tolerance) {
            return PASS;
        }
        if (error - STANDARD_ERRORS * standardError > tolerance) {
            return FAIL;
        }
        return INCONCLUSIVE;
    }

    /** FAIL if any fails, else INCONCLUSIVE if any is inconclusive, else PASS (PASS when empty). */
    public static Verdict combine(Collection<Verdict> verdicts) {
        Verdict worst = PASS;
        for (Verdict v : verdicts) {
            if (v.ordinal() > worst.ordinal()) {
                worst = v;
            }
        }
        return worst;
    }

    /** "pass", "inconclusive" or "fail". */
    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
