package org.mrdmft.dynamics;

/**
 * The dynamics of one region of a transient solve: its label and the measurements behind it.
 *
 * @param label the label of the classifier in use
 * @param currents what the region's incoming currents S^{mu nu}(t) do late in the run
 * @param period the currents' period when {@code currents} is periodic, else NaN
 * @param amplitude half the largest peak-to-peak excursion of an incoming current late in the run (the last
 *                  third of the analysis window, at least 1.2 periods of periodic currents)
 * @param settlingRate when the currents are still settling, their exponential rate (1/time), else NaN
 * @param decay the fraction of the region's variance that decorrelates at long lags,
 *              1 - max Dhat(t0, t0 + tau) over the long-lag window: 0 without chaos, up to 1 for pure chaos
 */
public record RegionDynamics(DynamicsLabel label, CurrentBehaviour currents, double period, double amplitude,
                             double settlingRate, double decay) {
    /** The same measurements under another label (the paper's rule, say). */
    public RegionDynamics withLabel(DynamicsLabel other) {
        return new RegionDynamics(other, currents, period, amplitude, settlingRate, decay);
    }
}
