package org.mrdmft.stationary;

/**
 * The solved stationary two-time function Delta(tau) of one region on the half period
 * tau_k = k dtau, k = 0..M/2 (Delta is even and L-periodic, so this half determines it).
 *
 * @param tau lags 0 .. L/2
 * @param delta Delta(tau_k)
 * @param delta0 D0 = Delta(0), the total variance
 * @param deltaInf Dinf, read at the far lag L/2
 * @param iterations evaluations of the fixed-point map F (the FFT cost), including rejected trial steps
 * @param residual max_k |F(Delta)_k - Delta_k|, the discretised equation's residual after the inverse
 *     operator (1 - d^2)^{-1}
 * @param converged whether residual fell below the tolerance
 * @param method "damped" or "anderson"
 */
public record StationaryCorrelation(double[] tau, double[] delta, double delta0, double deltaInf,
                                    int iterations, double residual, boolean converged, String method) {
}
