package org.mrdmft.figures;

import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.simulation.LyapunovSummary;
import org.mrdmft.simulation.NetworkSimulator;
import org.mrdmft.simulation.SimulationSettings;

/**
 * The maximal Lyapunov exponent of one network as {@code simulate} measures it: tangent propagation on every
 * draw (docs/NUMERICS.md section 9), the mean over draws and its standard error.
 *
 * @param exponent the mean of the draws' exponents
 * @param standardError its standard error (NaN with one draw)
 * @param exponents each draw's exponent
 */
public record SimulatedExponent(double exponent, double standardError, double[] exponents) {
    public SimulatedExponent {
        exponents = exponents.clone();
    }

    @Override
    public double[] exponents() {
        return exponents.clone();
    }

    /** Simulates every draw of {@code settings} with the tangent switched on. */
    public static SimulatedExponent of(NetworkModel model, SimulationSettings settings) {
        SimulationSettings s = settings.withLyapunov(true, settings.lyapunovInterval());
        LyapunovSummary summary = LyapunovSummary.of(new NetworkSimulator(model, s).run(ProgressListener.NONE));
        return new SimulatedExponent(summary.exponent(), summary.standardError(), summary.exponents());
    }
}
