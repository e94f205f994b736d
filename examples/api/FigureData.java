// Run after `mvn -B package -DskipTests` (or `mvn -B verify`) from the repository root:
//     java -cp app/target/mrdmft.jar examples/api/FigureData.java
// What it prints is described in solver/README.md (section "Examples").

import java.util.Locale;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.Fig4a;
import org.mrdmft.stationary.RoutingCurves;

/**
 * The data of the paper's fig4a computed in process, without files: for a routing region pinned at gain
 * 1/b, the structured variance A on the static branch up to the chaos onset g_c and on the chaotic branch down
 * to A = 0. Prints, per pair loop b, the pinned variance D0, g_c, sqrt(A) at g_c and the disorder where the
 * chaotic branch loses its structure (pure chaos from there on), then the tables a renderer would draw.
 */
public class FigureData {
    public static void main(String[] args) {
        Fig4a.Data data = Fig4a.compute();
        double[] g = data.disorder();
        System.out.printf(Locale.ROOT, "fig4a: %d values of g from %.1f to %.1f%n", g.length, g[0], g[g.length - 1]);
        System.out.println("    b        D0       g_c   sqrtA(g_c)  pure chaos from g");
        double[] rootA = data.rootAAtOnset();
        for (int k = 0; k < data.curves().size(); k++) {
            RoutingCurves c = data.curves().get(k);
            System.out.printf(Locale.ROOT, "%5.2f  %8.6f  %8.6f  %8.6f  %8.6f%n", c.pairLoop(), c.delta0(),
                    c.chaosOnset(), rootA[k], c.pureChaosOnset());
        }
        for (DataTable t : data.tables()) {
            System.out.printf(Locale.ROOT, "table %s: %d rows, columns %s%n", t.name(), t.rows(),
                    String.join(", ", t.columnNames()));
        }
    }
}
