package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jhdf.HdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * simulate and solve of examples/two-region-routing.yaml report the same sign-free quantities: the row norms of
 * several finite-N draws agree with the DMFT's on stdout, in summary.json, currents.csv and result.h5, whatever
 * sign each draw's routes took (a mean of signed currents would be near 0); and both summaries share one layout.
 * Each draw settles on its own finite-N fixed point: at N = 1000 the row norms of single draws spread by about
 * 10 % (0.999 to 1.235 for seed 3 against 1.1705), so agreement within a few percent needs N = 2000 and
 * eight draws (the slow test); the default test checks the files against each other at N = 500.
 */
class SignFreeSimulateTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void simulatedRowNormsMatchSolveEverywhere() throws IOException {
        check(500, 3, 0.15);
    }

    @Test
    @org.junit.jupiter.api.Tag("slow")
    void rowNormsOfEightDrawsAtTwoThousandNeuronsAgreeWithinAFewPercent() throws IOException {
        check(2000, 8, 0.03);
    }

    /**
     * Simulates {@code draws} draws of N = {@code neurons} and requires the mean row norms within {@code relative}
     * of solve's, and within 3 standard errors plus 1 % (finite-N bias).
     */
    private void check(int neurons, int draws, double relative) throws IOException {
        Path example = Path.of("..", "examples", "two-region-routing.yaml");
        Path solveDir = tmp.resolve("solve");
        Path simDir = tmp.resolve("simulate");
        CliRun solve = CliRun.of("solve", example.toString(), "--out", solveDir.toString(),
                "--set", "dmft.steps=1001");
        assertThat(solve.code()).as(solve.err()).isZero();
        CliRun sim = CliRun.of("simulate", example.toString(), "--out", simDir.toString(),
                "--set", "simulation.neurons=" + neurons, "--set", "simulation.duration=30",
                "--set", "simulation.dt=0.1", "--set", "simulation.draws=" + draws, "--set", "simulation.seed=3",
                "--set", "simulation.burnIn=20");
        assertThat(sim.code()).as(sim.err()).isZero();

        double[] theory = numbers(JSON.readTree(solveDir.resolve("summary.json").toFile()).path("final")
                .path("rowNorms"));
        // the fixed point of the pair loop (a = 0, b = 2, g = 1): both row norms sqrt(A) > 1
        assertThat(theory).hasSize(2);
        assertThat(theory[0]).isGreaterThan(1.0);

        JsonNode s = JSON.readTree(simDir.resolve("summary.json").toFile());
        JsonNode fin = s.path("final");
        double[] json = numbers(fin.path("rowNorms"));
        double[] se = numbers(fin.path("standardErrors").path("rowNorms"));
        for (int mu = 0; mu < 2; mu++) {
            assertThat(json[mu]).as("summary.json rowNorms[%d]", mu).isCloseTo(theory[mu],
                    within(relative * theory[mu]));
            assertThat(Math.abs(json[mu] - theory[mu])).isLessThan(3 * se[mu] + 0.01 * theory[mu]);
            assertThat(se[mu]).isPositive();
            // the route into mu is nearly the whole row (S^{mu mu} = 0 at a = 0, small at finite N)
            assertThat(fin.path("currents").get(mu).get(1 - mu).asDouble()).isCloseTo(theory[mu],
                    within(relative * theory[mu] + 0.01));
        }
        assertThat(fin.path("currentsAggregate").asText()).startsWith("mean over draws of |S|");
        assertThat(fin.path("draws").asInt()).isEqualTo(draws);
        // each draw keeps its signed currents, and its own row norms agree with them
        for (JsonNode d : s.path("draws")) {
            double s11 = d.path("currents").get(0).get(0).asDouble();
            double s12 = d.path("currents").get(0).get(1).asDouble();
            assertThat(d.path("rowNorms").get(0).asDouble()).isCloseTo(Math.hypot(s11, s12), within(1e-12));
        }

        try (HdfFile h5 = new HdfFile(simDir.resolve("result.h5"))) {
            double[][] norms = (double[][]) h5.getDatasetByPath("rowNorms").getData();
            double[] last = norms[norms.length - 1];
            assertThat(last).containsExactly(json, within(1e-12));
            double[][][] abs = (double[][][]) h5.getDatasetByPath("currents").getData();
            assertThat(abs[abs.length - 1][0][1]).isCloseTo(fin.path("currents").get(0).get(1).asDouble(),
                    within(1e-12));
            assertThat(h5.getDatasetByPath("currents").getAttribute("description").getData().toString())
                    .contains("|S");
        }
        try (HdfFile h5 = new HdfFile(solveDir.resolve("result.h5"))) {
            double[][] norms = (double[][]) h5.getDatasetByPath("rowNorms").getData();
            assertThat(norms[norms.length - 1]).containsExactly(theory, within(1e-12));
        }
        List<String> csv = Files.readAllLines(simDir.resolve("currents.csv"));
        List<String> header = List.of(csv.get(0).split(","));
        String[] lastRow = csv.get(csv.size() - 1).split(",");
        assertThat(Double.parseDouble(lastRow[header.indexOf("rowNorm_1")])).isCloseTo(json[0], within(1e-12));
        assertThat(header).contains("absS_1_2").doesNotContain("S_1_2");

        // on screen: the same table header in both, and the same row norms
        List<String> solveColumns = List.of(line(solve.out(), "  region ").trim().split("  +"));
        List<String> simColumns = List.of(line(sim.out(), "  region ").trim().split("  +"));
        assertThat(solveColumns).containsExactly("region", "gain psi", "variance Delta", "row norm ||S||");
        assertThat(simColumns).startsWith(solveColumns.toArray(String[]::new));
        for (int mu = 0; mu < 2; mu++) {
            String row = line(sim.out(), "  " + (mu + 1) + " ");
            assertThat(row).contains(ResultLayout.number(json[mu]) + " +- ");
            assertThat(line(solve.out(), "  " + (mu + 1) + " ")).contains(ResultLayout.number(theory[mu]));
        }
        assertThat(sim.out()).contains("1<-2", "mean over draws of |S|");
        assertThat(solve.out()).contains("1<-2");
    }

    private static String line(String out, String prefix) {
        return Arrays.stream(out.split("\n")).filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in\n" + out));
    }

    private static double[] numbers(JsonNode array) {
        double[] out = new double[array.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = array.get(k).asDouble();
        }
        return out;
    }
}
