package org.mrdmft.failure;

/**
 * A computation on valid inputs that failed numerically: something diverged ({@link DivergenceException}) or
 * did not converge ({@link ConvergenceException}). The message says what failed; {@link #suggestion()} says
 * which settings to try.
 */
public abstract class NumericalFailureException extends MrdmftException {
    private static final long serialVersionUID = 1L;

    private final String suggestion;

    /**
     * @param what what failed, one line
     * @param suggestion the settings to try, e.g. {@code "a smaller dmft.dt"}
     */
    protected NumericalFailureException(String what, String suggestion) {
        super(what);
        this.suggestion = suggestion;
    }

    /** The settings to try, e.g. {@code "a smaller dmft.dt"}. */
    public String suggestion() {
        return suggestion;
    }
}
