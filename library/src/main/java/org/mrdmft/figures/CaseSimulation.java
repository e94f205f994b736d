package org.mrdmft.figures;

import java.util.ArrayList;
import java.util.List;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.simulation.LateAverages;
import org.mrdmft.simulation.NetworkSimulator;
import org.mrdmft.simulation.SimulationResult;
import org.mrdmft.simulation.SimulationSettings;

/**
 * The finite-N simulations of one network (fig3, fig4c): every draw of {@code settings} with
 * {@link NetworkSimulator}, and per draw the current row norms ||S^{mu .}|| averaged after the burn-in
 * (sign-free, as the theory's sqrt(A^mu)).
 *
 * @param settings the simulation settings (N, dt, duration, draws, seed, scheme, burn-in)
 * @param draws one result per draw
 * @param rowNorms [draw][R] late-time row norms
 */
public record CaseSimulation(SimulationSettings settings, List<SimulationResult> draws, double[][] rowNorms) {
    public CaseSimulation {
        draws = List.copyOf(draws);
        rowNorms = copy(rowNorms);
    }

    /** Simulates every draw of the settings. */
    public static CaseSimulation run(NetworkModel model, SimulationSettings settings, ProgressListener progress) {
        List<SimulationResult> draws = new NetworkSimulator(model, settings).run(progress);
        List<double[]> norms = new ArrayList<>();
        for (SimulationResult r : draws) {
            norms.add(LateAverages.of(r.currents(), r.gain(), r.variance(), r.recordStep(), settings.burnIn())
                    .rowNorms());
        }
        return new CaseSimulation(settings, draws, norms.toArray(new double[0][]));
    }

    /** The recorded currents of the first draw at its last recorded time. */
    public double[][] finalCurrents() {
        SimulationResult first = draws.get(0);
        return copy(first.currents()[first.steps() - 1]);
    }

    @Override
    public double[][] rowNorms() {
        return copy(rowNorms);
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }
}
