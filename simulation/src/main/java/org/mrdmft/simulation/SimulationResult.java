package org.mrdmft.simulation;

import java.util.List;
import org.mrdmft.simulation.SimulationScheme;

/**
 * One simulated network draw on the recorded grid t_k = k * recordStep, shaped like the DMFT's
 * {@code TransientResult}. Arrays are handed over, not copied.
 *
 * @param scheme time stepping used
 * @param dt integration step
 * @param recordStep time between recorded samples (dt * recordEvery)
 * @param currents filtered currents S^{mu nu}(t_k) as [Nt][R][R] (nu -&gt; mu), (1 + d/dt) S = J
 * @param drives instantaneous currents J^{mu nu}(t_k) = (1/N) n^{mu nu} . phi(x^nu) as [Nt][R][R]
 * @param gain empirical gain &lt;phi'(x^mu)&gt; as [Nt][R]
 * @param variance empirical &lt;(x^mu)^2&gt; as [Nt][R]
 * @param autocorrelation [R][lags] neuron-averaged &lt;x(t) x(t + l recordStep)&gt; after the burn-in
 * @param burnIn time discarded before the autocorrelation and the dimension
 * @param participationRatio [R] participation-ratio dimension after the burn-in
 * @param traces [R][neurons][Nt] the first neurons' x (input included)
 * @param readOutVariance sigma_n^2 used per region
 * @param warnings notes for the user (raised sigma_n^2)
 * @param wallSeconds wall time of the draw (sampling included)
 * @param lyapunov the maximal Lyapunov exponent and region shares, or null when not measured
 */
public record SimulationResult(SimulationScheme scheme, double dt, double recordStep, double[][][] currents,
                               double[][][] drives, double[][] gain, double[][] variance,
                               double[][] autocorrelation, double burnIn, double[] participationRatio,
                               double[][][] traces, double[] readOutVariance, List<String> warnings,
                               double wallSeconds, LyapunovEstimate lyapunov) {
    public SimulationResult {
        warnings = List.copyOf(warnings);
    }

    /** A draw without a Lyapunov measurement. */
    public SimulationResult(SimulationScheme scheme, double dt, double recordStep, double[][][] currents,
                            double[][][] drives, double[][] gain, double[][] variance,
                            double[][] autocorrelation, double burnIn, double[] participationRatio,
                            double[][][] traces, double[] readOutVariance, List<String> warnings,
                            double wallSeconds) {
        this(scheme, dt, recordStep, currents, drives, gain, variance, autocorrelation, burnIn, participationRatio,
                traces, readOutVariance, warnings, wallSeconds, null);
    }

    /** The draw's diagnostics: sigma_n^2 per region and the warnings (the same for every draw of a network). */
    public SimulationDiagnostics diagnostics() {
        return new SimulationDiagnostics(readOutVariance, warnings);
    }

    /** Number of recorded time points. */
    public int steps() {
        return gain.length;
    }

    /** Number of regions R. */
    public int regions() {
        return gain[0].length;
    }

    /** t_k. */
    public double time(int k) {
        return k * recordStep;
    }
}
