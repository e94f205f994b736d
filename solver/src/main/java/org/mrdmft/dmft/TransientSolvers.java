package org.mrdmft.dmft;

/** Picks the transient engine for a problem: the scheme from the settings, the g = 0 fast path when it applies. */
public final class TransientSolvers {
    private TransientSolvers() {
    }

    /**
     * The engine for the problem's settings: reference-euler as asked, otherwise the default
     * exponential-trapezoidal scheme, replaced by the exact-equivalent {@link NoDisorderSolver} when the
     * network has no disorder at all.
     */
    public static TransientSolver forProblem(TransientProblem problem) {
        switch (problem.settings().scheme()) {
            case REFERENCE_EULER:
                return new ReferenceEulerSolver();
            case EXP_TRAPEZOID:
                return problem.model().isDisorderFree() ? new NoDisorderSolver() : new ExponentialTrapezoidSolver();
            default:
                throw new IllegalArgumentException("unknown scheme " + problem.settings().scheme());
        }
    }
}
