// Run after `mvn -B package -DskipTests` (or `mvn -B verify`) from the repository root:
//     java -cp app/target/mrdmft.jar examples/api/PhaseScan.java
// What it prints is described in solver/README.md (section "Examples").

import java.util.Locale;
import org.mrdmft.api.Mrdmft;
import org.mrdmft.api.Network;
import org.mrdmft.stationary.RegionState;
import org.mrdmft.stationary.StationaryBranch;
import org.mrdmft.stationary.StationaryResult;
import org.mrdmft.stationary.StationarySettings;

/**
 * The stationary phases of one region whose currents loop back with strength b = 2 (T = b), scanned over its
 * disorder g: the static branch (chaos suppressed, gain pinned at psi = 1/b) up to the chaos onset
 * g_c = (2 b^2 - 1)^(1/4), chaos with structure beyond it, and pure chaos (A = 0) once the chaotic gain falls
 * below 1/b. The onset is then located by bisection on the branch of the stable state.
 */
public class PhaseScan {
    static final double B = 2.0;
    static final StationarySettings SETTINGS = StationarySettings.defaults().withStarts(8).withMaxLag(400.0, 0.1);

    public static void main(String[] args) {
        Network region = Network.regions(1).reciprocal(new double[] {B}, new double[] {B});
        System.out.printf(Locale.ROOT, "one region, loop b = %.1f: stationary state against the disorder g%n", B);
        System.out.println("    g  branch                     D0        Dinf      sqrt(A)");
        for (int k = 1; k <= 15; k++) {
            double g = 0.2 * k;
            RegionState s = state(region, g);
            System.out.printf(Locale.ROOT, "%5.2f  %-22s %9.6f %9.6f %9.6f%n", g, s.branch().label(), s.delta0(),
                    s.deltaInf(), Math.sqrt(Math.max(0.0, s.structuredVariance())));
        }
        double lo = 0.2;
        double hi = 3.0;
        while (hi - lo > 1e-4) {
            double mid = 0.5 * (lo + hi);
            if (state(region, mid).branch() == StationaryBranch.STATIC) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        System.out.printf(Locale.ROOT, "chaos onset from the scan:  g_c = %.4f%n", 0.5 * (lo + hi));
        System.out.printf(Locale.ROOT, "closed form (2 b^2 - 1)^(1/4) = %.4f%n", Math.pow(2 * B * B - 1, 0.25));
    }

    /** The state of the region at the network's representative (stable) fixed point. */
    static RegionState state(Network region, double g) {
        StationaryResult result = Mrdmft.solveStationary(region.disorder(g).build(), SETTINGS);
        return result.representative().regions().get(0);
    }
}
