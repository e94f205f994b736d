package org.mrdmft.dmft;

/**
 * One region's maximal Lyapunov exponent from the replica DMFT: half the growth rate of the squared replica
 * distance d(t) = 2 (Delta - Delta^{12})(t, t) while it is small (docs/MODEL.md section 11).
 *
 * @param exponent lambda = (1/2) d ln d / dt, least squares over the fit window (1/time): a straight line through ln d,
 *     or, for a decaying distance that follows it, ln d = 2 lambda t - a ln t + b / t + c (the power-law prefactor
 *     of a continuum edge, docs/NUMERICS.md section 10)
 * @param trend what the distance does: grows, saturates (the replicas decorrelate), decays or marginal (decided by
 *     the straight line's rate and halves)
 * @param fitStart first time of the fit window
 * @param fitEnd last time of the fit window: the end of the run, or the time the distance left the small regime
 * @param halvesSpread |lambda over the window's second half - lambda over its first half| (straight lines): how far
 *     ln d is from a straight line (transients not yet gone, a periodic modulation, or a power-law prefactor)
 * @param finalRelativeDistance d / (2 Delta(t, t)) at the end of the run: about 0 while the replicas stay close,
 *     of order (Delta(t, t) - Delta(t, t - infinity)) / Delta(t, t) once they have decorrelated
 */
public record ReplicaExponent(double exponent, ReplicaTrend trend, double fitStart, double fitEnd,
                              double halvesSpread, double finalRelativeDistance) {
}
