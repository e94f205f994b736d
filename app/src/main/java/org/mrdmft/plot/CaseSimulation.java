package org.mrdmft.plot;

import java.util.ArrayList;
import java.util.List;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.simulation.LateAverages;
import org.mrdmft.simulation.NetworkSimulator;
import org.mrdmft.simulation.SimulationResult;

/**
 * The finite-N simulations of one network (fig3, fig4c): every draw of {@code settings} with
 * {@link NetworkSimulator}, and per draw the current row norms ||S^{mu .}|| averaged after the burn-in
 * (sign-free, as the theory's sqrt(A^mu)).
 *
 * @param settings the simulation settings (N, dt, duration, draws, seed, scheme, burn-in)
 * @param draws one result per draw
 * @param rowNorms [draw][R] late-time row norms
 */
record CaseSimulation(SimulationSettings settings, List<SimulationResult> draws, double[][] rowNorms) {
    CaseSimulation {
        draws = List.copyOf(draws);
    }

    /** Simulates every draw of the settings. */
    static CaseSimulation run(NetworkModel model, SimulationSettings settings) {
        List<SimulationResult> draws = new NetworkSimulator(model, settings).run(ProgressListener.NONE);
        List<double[]> norms = new ArrayList<>();
        for (SimulationResult r : draws) {
            norms.add(LateAverages.of(r.currents(), r.gain(), r.variance(), r.recordStep(), settings.burnIn())
                    .rowNorms());
        }
        return new CaseSimulation(settings, draws, norms.toArray(new double[0][]));
    }

    /** The recorded currents of the first draw at its last recorded time. */
    double[][] finalCurrents() {
        SimulationResult first = draws.get(0);
        return first.currents()[first.steps() - 1];
    }
}
