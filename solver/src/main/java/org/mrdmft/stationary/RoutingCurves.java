package org.mrdmft.stationary;

/**
 * Fig4a data for one routing region pinned at gain psi = 1/b: sqrt(A) against g on the static and the
 * chaotic branch. Entries are NaN where a branch has no state with A &gt;= 0.
 *
 * @param pairLoop b
 * @param delta0 the pinned total variance D0 (= (2/pi)(b^2 - 1) for erf)
 * @param chaosOnset g_c where the static branch loses stability (= (2 b^2 - 1)^(1/4) for erf)
 * @param pureChaosOnset the g where A reaches 0 on the chaotic branch (the SCS gain there equals 1/b)
 * @param disorder the g grid
 * @param staticRootA sqrt(A) of the static state, NaN where A &lt; 0
 * @param staticStable whether that static state is stable (false where it is absent)
 * @param chaoticRootA sqrt(A) of the chaotic state, NaN where it does not exist
 * @param chaoticDeltaInf Dinf of the chaotic state, NaN where it does not exist
 */
public record RoutingCurves(double pairLoop, double delta0, double chaosOnset, double pureChaosOnset,
                            double[] disorder, double[] staticRootA, boolean[] staticStable,
                            double[] chaoticRootA, double[] chaoticDeltaInf) {
}
