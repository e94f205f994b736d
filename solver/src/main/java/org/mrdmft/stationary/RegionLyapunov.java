package org.mrdmft.stationary;

/**
 * The maximal Lyapunov exponent of one region's stationary state from the DMFT (docs/MODEL.md section 10),
 * with what its discretisation left.
 *
 * @param exponent lambda = -1 + sqrt(1 - E0)
 * @param groundEnergy E0, the lowest eigenvalue of H = -d^2/dtau^2 + 1 - g^2 C'(tau) on even functions
 * @param translationEnergy the lowest eigenvalue on odd functions, 0 exactly for a chaotic state (Delta'(tau)
 *     solves H psi = 0); its distance from 0 measures the discretisation and the Delta(tau) it was given.
 *     NaN for a static state
 * @param discretisationError |E0(h) - E0(h/2)| / 3 carried to lambda: the size of the Richardson correction,
 *     a bound on the error of the unextrapolated fine-grid value (0 for a static state: closed form)
 * @param lagStep the coarse lag step h used (0 for a static state)
 * @param window the lag window L used (0 for a static state)
 * @param windowCapped whether L stopped at its maximum before the ground state had decayed
 */
public record RegionLyapunov(double exponent, double groundEnergy, double translationEnergy,
                             double discretisationError, double lagStep, double window, boolean windowCapped) {

    /** lambda from E0: the largest growth rate whose tangent autocorrelation e^{lambda (t + s)} psi(t - s) fits. */
    public static double exponentOf(double groundEnergy) {
        return Math.sqrt(1.0 - groundEnergy) - 1.0;
    }
}
