package org.mrdmft.bench;

import java.util.Arrays;
import java.util.Locale;
import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.figures.PaperNetworks;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.simulation.LateAverages;
import org.mrdmft.simulation.NetworkSimulator;
import org.mrdmft.simulation.SimulationResult;

/**
 * fig4c case 3 over N: region 1 (g = 2.65) is purely chaotic in theory and carries no current, so its
 * simulated row norm should fall toward 0 as N grows while regions 2-5 keep routing. Prints the row norms
 * averaged after the burn-in for N = 500, 1000, 2000, 3000 (one draw each, RK4, dt = 0.1, T = 150).
 * Run: {@code java -XX:LoopUnrollLimit=400 -cp benchmarks/target/benchmarks.jar org.mrdmft.bench.Fig4cTrend}.
 */
public final class Fig4cTrend {
    private Fig4cTrend() {
    }

    public static void main(String[] args) {
        NetworkModel model = PaperNetworks.fig4c().get(2).withSigns(new double[] {1, -1, 1, 1, -1}).model();
        for (int n : new int[] {500, 1000, 2000, 3000}) {
            long start = System.nanoTime();
            SimulationSettings s = new SimulationSettings(n, 0.1, 150, 1, 5L, SimulationScheme.RK4, 1, 75, 0, false);
            SimulationResult r = new NetworkSimulator(model, s).run(ProgressListener.NONE).get(0);
            LateAverages late = LateAverages.of(r.currents(), r.gain(), r.variance(), r.recordStep(), 75);
            System.out.printf(Locale.ROOT, "N = %d: row norms %s (%.0f s)%n", n,
                    Arrays.toString(Arrays.stream(late.rowNorms()).map(x -> Math.round(x * 1000) / 1000.0).toArray()),
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
