package org.mrdmft.stationary;

/**
 * Discretisation of the stationary tangent operator H = -d^2/dtau^2 + 1 - g^2 C'(tau) (docs/MODEL.md
 * section 10, docs/NUMERICS.md section 8).
 *
 * @param lagStep the coarse lag step h; the operator is also solved at h/2 and the two lowest eigenvalues are
 *     Richardson-extrapolated (fourth order)
 * @param minWindow the shortest lag window [0, L] (L is raised until the ground state has decayed)
 * @param decayLengths L is raised until kappa L reaches this, kappa = sqrt(V(L) - E0) the ground state's
 *     decay rate beyond the well (the Dirichlet end then moves E0 by about e^(-2 decayLengths))
 * @param maxWindow the longest window tried; reaching it is reported in the result
 */
public record LyapunovSettings(double lagStep, double minWindow, double decayLengths, double maxWindow) {
    public LyapunovSettings {
        if (!(lagStep > 0 && minWindow > lagStep && decayLengths > 0 && maxWindow >= minWindow)) {
            throw new IllegalArgumentException("need 0 < lagStep < minWindow <= maxWindow and decayLengths > 0");
        }
    }

    /** h = 0.04 (and 0.02), L &gt;= 20, kappa L &gt;= 20, L &lt;= 2000 (docs/NUMERICS.md section 8). */
    public static LyapunovSettings defaults() {
        return new LyapunovSettings(0.04, 20.0, 20.0, 2000.0);
    }

    /** A copy with another coarse lag step. */
    public LyapunovSettings withLagStep(double h) {
        return new LyapunovSettings(h, minWindow, decayLengths, maxWindow);
    }

    /** A copy with a fixed window L (min = max = L, no adaptation). */
    public LyapunovSettings withFixedWindow(double l) {
        return new LyapunovSettings(lagStep, l, decayLengths, l);
    }
}
