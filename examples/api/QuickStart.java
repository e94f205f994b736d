// Run after `mvn -B package -DskipTests` (or `mvn -B verify`) from the repository root:
//     java -cp app/target/mrdmft.jar examples/api/QuickStart.java
// What it prints is described in solver/README.md (section "Quick start").

import java.util.List;
import java.util.Locale;
import org.mrdmft.api.Mrdmft;
import org.mrdmft.api.Network;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.DynamicsClassifier;
import org.mrdmft.dynamics.RegionDynamics;
import org.mrdmft.model.NetworkModel;

/**
 * Two regions that route currents to each other (as examples/two-region-routing.yaml): reciprocal interactions
 * with no self-loops (a = 0) and pair loops b = 2, disorder g = 1 in both. The transient DMFT runs to the fixed
 * point, where each region's gain is pinned at psi = 1/b and the currents flow along the pair loop.
 */
public class QuickStart {
    public static void main(String[] args) {
        NetworkModel network = Network.regions(2)
                .disorder(1.0)
                .reciprocal(new double[] {0, 0}, new double[] {2, 2})
                .build();
        DmftSettings settings = DmftSettings.defaults(); // dt = 0.05, 2500 steps, seed 0
        TransientResult result = Mrdmft.solve(network, settings);
        List<RegionDynamics> dynamics = Mrdmft.classify(result, network, DynamicsClassifier.CURRENTS);

        int last = result.steps() - 1;
        System.out.printf(Locale.ROOT, "two-region routing: R = 2, g = 1, a = 0, b = 2; transient DMFT to t = %.1f%n",
                result.time(last));
        System.out.println("final currents S[mu][nu] (nu -> mu):");
        for (double[] row : result.finalCurrents()) {
            System.out.printf(Locale.ROOT, "  %10.6f %10.6f%n", row[0], row[1]);
        }
        System.out.printf(Locale.ROOT, "gain psi:          %.6f %.6f%n", result.gain()[last][0], result.gain()[last][1]);
        System.out.printf(Locale.ROOT, "variance Delta:    %.6f %.6f%n", result.variance()[last][0],
                result.variance()[last][1]);
        System.out.printf(Locale.ROOT, "dynamics:          %s %s%n", dynamics.get(0).label(), dynamics.get(1).label());
    }
}
