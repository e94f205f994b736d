package org.mrdmft.dmft;

import org.mrdmft.failure.DivergenceException;

/**
 * Stops a transient solve at the first time point whose equal-time values (currents S, instantaneous
 * currents J, variance Delta) are not finite, instead of returning NaN as a result. It reads R^2 + R numbers
 * per step, nothing of the two-time loop, so it costs nothing measurable; a non-finite two-time value reaches
 * the diagonal (and so Delta) within a step.
 */
final class DivergenceCheck {
    /** What to try when a transient solve diverges. */
    static final String SUGGESTION = "a smaller dmft.dt, or disorder and interaction strengths of order 1";

    private DivergenceCheck() {
    }

    /** Throws a {@link DivergenceException} naming the first non-finite value at time index n. */
    static void step(Trajectory traj, int n, double dt) {
        double[] variance = traj.variance[n];
        double[][] s = traj.currents[n];
        double[][] j = traj.drives[n];
        double sum = 0.0;
        for (int mu = 0; mu < variance.length; mu++) {
            sum += variance[mu];
            for (int nu = 0; nu < variance.length; nu++) {
                sum += s[mu][nu] + j[mu][nu];
            }
        }
        if (Double.isFinite(sum)) {
            return; // a sum of finite numbers can only overflow if one is huge; look closer only then
        }
        for (int mu = 0; mu < variance.length; mu++) {
            for (int nu = 0; nu < variance.length; nu++) {
                if (!Double.isFinite(s[mu][nu])) {
                    throw diverged("current S^{" + (mu + 1) + (nu + 1) + "}", mu, n, dt, s[mu][nu]);
                }
            }
        }
        for (int mu = 0; mu < variance.length; mu++) {
            if (!Double.isFinite(variance[mu])) {
                throw diverged("variance Delta", mu, n, dt, variance[mu]);
            }
        }
        for (int mu = 0; mu < variance.length; mu++) {
            for (int nu = 0; nu < variance.length; nu++) {
                if (!Double.isFinite(j[mu][nu])) {
                    throw diverged("instantaneous current J^{" + (mu + 1) + (nu + 1) + "}", mu, n, dt, j[mu][nu]);
                }
            }
        }
        // finite values whose sum overflows: huge but not (yet) divergent
    }

    private static DivergenceException diverged(String quantity, int mu, int n, double dt, double value) {
        return new DivergenceException("the DMFT's " + quantity, mu + 1, n * dt, value, SUGGESTION);
    }
}
