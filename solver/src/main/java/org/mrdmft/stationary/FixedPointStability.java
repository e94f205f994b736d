package org.mrdmft.stationary;

import org.hipparchus.complex.Complex;

/**
 * How a fixed point responds to small perturbations, read off the eigenvalues of the Jacobian of
 * dS/dt = -S + J and each region's own stability. A growth rate within {@link #TOLERANCE} of zero is neither
 * growth nor decay: such a direction is marginal (for instance a direction along a continuum of fixed points),
 * so a point whose least stable direction is marginal is reported as marginal, not as stable.
 */
public enum FixedPointStability {
    /** Every direction decays (growth rates below -{@link #TOLERANCE}) and every region's state is stable. */
    STABLE("stable"),
    /** Nothing grows, but at least one growth rate lies within {@link #TOLERANCE} of zero. */
    MARGINAL("marginal"),
    /** Some direction grows faster than {@link #TOLERANCE}, or a region's stationary state is unstable. */
    UNSTABLE("unstable");

    /** Growth rates with |Re| up to this are zero (the solver's {@link FixedPointSolver#MARGINAL}). */
    public static final double TOLERANCE = FixedPointSolver.MARGINAL;

    private final String label;

    FixedPointStability(String label) {
        this.label = label;
    }

    /** The spelling in summaries: "stable", "marginal", "unstable". */
    public String label() {
        return label;
    }

    /** The stability of {@code fp}: unstable unless {@link FixedPoint#stable()}, else marginal or stable. */
    public static FixedPointStability of(FixedPoint fp) {
        if (!fp.stable()) {
            return UNSTABLE;
        }
        for (Complex c : fp.eigenvalues()) {
            if (Math.abs(c.getReal()) <= TOLERANCE) {
                return MARGINAL;
            }
        }
        return STABLE;
    }

    /**
     * The number of zero modes: eigenvalues within {@link #TOLERANCE} of 0 (real and imaginary part). At a
     * point of a continuum of fixed points it is at least the continuum's local dimension.
     */
    public static int zeroModes(FixedPoint fp) {
        int n = 0;
        for (Complex c : fp.eigenvalues()) {
            if (Math.abs(c.getReal()) <= TOLERANCE && Math.abs(c.getImaginary()) <= TOLERANCE) {
                n++;
            }
        }
        return n;
    }
}
