// Run after `mvn -B package -DskipTests` (or `mvn -B verify`) from the repository root:
//     java -cp app/target/mrdmft.jar examples/api/TheoryVsSimulation.java
// What it prints is described in solver/README.md (section "Examples").

import java.util.Locale;
import org.mrdmft.api.Mrdmft;
import org.mrdmft.api.Network;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.validation.ObservableComparison;
import org.mrdmft.validation.ValidationProblem;
import org.mrdmft.validation.ValidationReport;
import org.mrdmft.validation.ValidationSettings;

/**
 * The DMFT (N -> infinity) against finite networks of N = 100 and 300 neurons per region: the two-region routing
 * network with weak disorder g = 0.5, simulated for 3 draws of 40 time units; compared after a burn-in of 20 are
 * the current row norms, gains, variances, Delta(tau) at lags 0 and 2 and the Lyapunov exponent. The check's
 * tolerances are meant for large N; at these sizes the numbers show the trend, the verdict may well be "fail"
 * or "inconclusive".
 */
public class TheoryVsSimulation {
    public static void main(String[] args) {
        NetworkModel network = Network.regions(2)
                .disorder(0.5)
                .reciprocal(new double[] {0, 0}, new double[] {2, 2})
                .build();
        ValidationProblem problem = ValidationProblem.of(network,
                DmftSettings.defaults().withSteps(801),
                SimulationSettings.defaults().withDuration(40.0, 20.0).withSeed(4),
                ValidationSettings.defaults().withNeurons(100, 300).withLags(0, 2).withSpectrumNeurons(0)
                        .withDraws(3));
        ValidationReport report = Mrdmft.validate(problem);

        System.out.println("two-region routing, g = 0.5, b = 2: theory against simulation (3 draws)");
        System.out.println("observable          region     N      theory  simulation  +- s.e.");
        for (ObservableComparison c : report.comparisons()) {
            System.out.printf(Locale.ROOT, "%-19s %6d %5d %11.6f %11.6f %8.6f%n", c.observable(), c.region() + 1,
                    c.neurons(), c.theory(), c.simulation(), c.standardError());
        }
        System.out.println("dynamics, theory:     " + report.theoryLabels());
        System.out.println("dynamics, simulation: " + report.simulatedLabels());
        System.out.println("verdict: " + report.verdict());
    }
}
