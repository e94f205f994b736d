package org.mrdmft.validation;

import org.mrdmft.model.NetworkModel;

/**
 * The theory's maximal Lyapunov exponent of a network, against which {@link ValidationRun} compares the
 * exponent measured by tangent propagation. The stationary DMFT gives each region's exponent; the network's
 * maximal exponent is the largest of them. The validation module does not compute it itself: the caller
 * connects the theory (see {@link ValidationProblem#withLyapunovTheory}).
 */
@FunctionalInterface
public interface LyapunovTheory {
    /** No theory connected: the simulated exponent is reported, not judged. */
    LyapunovTheory NONE = model -> Double.NaN;

    /**
     * @param model the network (the N -&gt; infinity one, or the finite-N one with measured overlaps)
     * @return the maximal Lyapunov exponent, NaN when unknown
     */
    double exponent(NetworkModel model);
}
