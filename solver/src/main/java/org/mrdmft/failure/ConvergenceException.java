package org.mrdmft.failure;

import java.util.Locale;

/**
 * An iteration that did not reach its tolerance: what did not converge, after how many iterations, with what
 * residual left, and the settings to try. The message reads e.g. {@code "the fixed-point search did not
 * converge after 64 starts (smallest residual 3.20e-05, tolerance 1.0E-12)"}.
 */
public class ConvergenceException extends NumericalFailureException {
    private static final long serialVersionUID = 1L;

    private final String what;
    private final long iterations;
    private final double residual;

    /**
     * @param what what did not converge, e.g. {@code "the fixed-point search"}
     * @param iterations how many iterations (or starts, as {@code unit} says) were spent
     * @param unit what one iteration is, e.g. {@code "iterations"} or {@code "starts"}
     * @param residual the smallest residual reached (NaN when unknown)
     * @param tolerance the residual that would have counted as converged (NaN when not applicable)
     * @param suggestion the settings to try
     */
    public ConvergenceException(String what, long iterations, String unit, double residual, double tolerance,
                                String suggestion) {
        super(describe(what, iterations, unit, residual, tolerance), suggestion);
        this.what = what;
        this.iterations = iterations;
        this.residual = residual;
    }

    private static String describe(String what, long iterations, String unit, double residual, double tolerance) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s did not converge after %d %s", what,
                iterations, unit));
        if (!Double.isNaN(residual) || !Double.isNaN(tolerance)) {
            s.append(" (");
            if (!Double.isNaN(residual)) {
                s.append(String.format(Locale.ROOT, "smallest residual %.3g", residual));
            }
            if (!Double.isNaN(tolerance)) {
                s.append(Double.isNaN(residual) ? "" : ", ").append("tolerance ").append(tolerance);
            }
            s.append(')');
        }
        return s.toString();
    }

    /** What did not converge. */
    public String what() {
        return what;
    }

    /** How many iterations (or starts) were spent. */
    public long iterations() {
        return iterations;
    }

    /** The smallest residual reached (NaN when unknown). */
    public double residual() {
        return residual;
    }
}
