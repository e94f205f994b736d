package org.mrdmft.stationary;

/**
 * A stationary state of one region with disorder g: the particle in the potential
 * V(Delta) = -Delta^2/2 + g^2 Phi(D0, Delta) + A Delta starts at rest at D0 and comes to rest at Dinf.
 *
 * @param branch static, chaotic or pure chaos
 * @param disorder g
 * @param delta0 D0 = Delta(0), the total variance
 * @param deltaInf Dinf = Delta(infinity) (= D0 on the static branch, 0 for SCS)
 * @param structuredVariance A, the static (structured) part of the input variance
 * @param stable for the static branch: g^2 &lt;phi'^2&gt;(D0) &lt; 1; the chaotic branches are reported stable
 * @param delta0SlopeInA dD0/dA along this branch at fixed g (for Jacobians of the full self-consistency);
 *     NaN where the branch ends
 */
public record RegionState(StationaryBranch branch, double disorder, double delta0, double deltaInf,
                          double structuredVariance, boolean stable, double delta0SlopeInA) {
}
