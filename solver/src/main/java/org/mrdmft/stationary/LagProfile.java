package org.mrdmft.stationary;

/**
 * The stationary two-time function Delta(tau) of one region sampled on a lag grid (fig4b).
 *
 * @param lag tau, increasing from 0
 * @param delta Delta(tau): D0 at tau = 0, tending to Dinf
 */
public record LagProfile(double[] lag, double[] delta) {
}
