package org.mrdmft.simulation;

/**
 * The maximal Lyapunov exponent measured on one simulated network by {@link TangentPropagation}.
 *
 * @param exponent lambda, the mean log growth of the tangent vector per unit time after the transient
 *                 (NaN when nothing was measured)
 * @param shares [R] time-averaged share ||v^mu||^2 / ||v||^2 of each region in the tangent vector (sum 1)
 * @param measuredTime time over which the growth was averaged
 * @param renormalisations renormalisations counted after the transient
 */
public record LyapunovEstimate(double exponent, double[] shares, double measuredTime, int renormalisations) {
    public LyapunovEstimate {
        shares = shares.clone();
    }

    @Override
    public double[] shares() {
        return shares.clone();
    }
}
