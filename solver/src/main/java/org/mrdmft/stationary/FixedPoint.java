package org.mrdmft.stationary;

import java.util.List;
import org.hipparchus.complex.Complex;

/**
 * One stationary state of the whole network: constant currents and each region's stationary two-time
 * statistics.
 *
 * @param currents S^{mu nu} (nu -&gt; mu)
 * @param gain psi^mu = psi(D0^mu)
 * @param regions each region's stationary state (branch, D0, Dinf, A)
 * @param eigenvalues of the Jacobian of dS/dt = -S + J at this point (gain feedback included)
 * @param stable whether no eigenvalue has a real part above {@link FixedPointSolver#MARGINAL} and every
 *     region's state is stable (nothing grows; zero modes of a fixed-point manifold do not count as growth, and
 *     {@link #stability()} tells stable from marginal)
 * @param residual max |-S + J| at the returned point
 * @param starts how many of the random starts converged here
 * @param iterations Levenberg-Marquardt iterations of the first start that reached it
 */
public record FixedPoint(double[][] currents, double[] gain, List<RegionState> regions, Complex[] eigenvalues,
                         boolean stable, double residual, int starts, int iterations) {

    /** The largest real part among the eigenvalues (the growth rate of the least stable direction). */
    public double growthRate() {
        double m = Double.NEGATIVE_INFINITY;
        for (Complex c : eigenvalues) {
            m = Math.max(m, c.getReal());
        }
        return m;
    }

    /** Stable, marginal (a growth rate within {@link FixedPointStability#TOLERANCE} of 0) or unstable. */
    public FixedPointStability stability() {
        return FixedPointStability.of(this);
    }

    FixedPoint withStarts(int n) {
        return new FixedPoint(currents, gain, regions, eigenvalues, stable, residual, n, iterations);
    }
}
