package org.mrdmft.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every example in {@code examples/api/} as a user does (Java's single-file source launch, on this test's
 * class path, which holds the classes of the shaded jar) and checks what it prints against facts of the model
 * that do not come from the code (docs/MODEL.md section 3, reciprocal case): a region pinned at psi = 1/b has
 * D0 = c (b^2 - 1), c = 2/pi, structured variance A = D0 - g^2 c asin(D0 / (D0 + c)) on the static branch, which
 * loses stability at g_c = (2 b^2 - 1)^(1/4). An example fails on a non-zero exit and when it has no checks here.
 */
class ApiExamplesTest {
    private static final double C = 2 / Math.PI;
    private static final Map<String, Consumer<List<String>>> CHECKS = Map.of(
            "QuickStart.java", ApiExamplesTest::quickStart,
            "PhaseScan.java", ApiExamplesTest::phaseScan,
            "TheoryVsSimulation.java", ApiExamplesTest::theoryVsSimulation,
            "FigureData.java", ApiExamplesTest::figureData);

    @TestFactory
    Stream<DynamicTest> everyExampleRunsAndPrintsTheModelsNumbers(@TempDir Path outputs) throws IOException {
        Path dir = repositoryRoot().resolve("examples/api");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        // the examples are independent processes: all start now and run side by side, each test waits for its own
        Map<Path, Process> started = new LinkedHashMap<>();
        for (Path f : files) {
            started.put(f, start(f, outputs.resolve(f.getFileName() + ".out")));
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Consumer<List<String>> check = CHECKS.get(f.getFileName().toString());
            if (check == null) {
                started.get(f).destroyForcibly();
                fail("examples/api/" + f.getFileName() + " has no checks in ApiExamplesTest");
            }
            check.accept(output(f, started.get(f), outputs.resolve(f.getFileName() + ".out")));
        }));
    }

    /** Static routing at g = 1 below g_c: psi = 1/b, Delta = D0, |S^{12}| = |S^{21}| = sqrt(A), a = 0 so S^{mu mu} = 0. */
    private static void quickStart(List<String> out) {
        double b = 2.0;
        double g = 1.0;
        double d0 = C * (b * b - 1);
        double rootA = Math.sqrt(staticA(d0, g));
        assertThat(numbers(line(out, "gain psi:"))).containsExactly(new double[] {1 / b, 1 / b}, within(1e-5));
        assertThat(numbers(line(out, "variance Delta:"))).containsExactly(new double[] {d0, d0}, within(1e-5));
        int header = out.indexOf("final currents S[mu][nu] (nu -> mu):");
        assertThat(header).isNotNegative();
        double[] row1 = numbers(out.get(header + 1));
        double[] row2 = numbers(out.get(header + 2));
        assertThat(Math.abs(row1[1])).isCloseTo(rootA, within(1e-5));
        assertThat(Math.abs(row2[0])).isCloseTo(rootA, within(1e-5));
        assertThat(row1[0]).isCloseTo(0.0, within(1e-5));
        assertThat(row2[1]).isCloseTo(0.0, within(1e-5));
        assertThat(line(out, "dynamics:")).isEqualTo("dynamics:          fixed-point fixed-point");
    }

    /** The static branch below g_c pinned at D0 = c (b^2 - 1) with A closed-form, pure chaos D0 = 2.06408 at g = 2. */
    private static void phaseScan(List<String> out) {
        double b = 2.0;
        double d0 = C * (b * b - 1);
        double gc = Math.pow(2 * b * b - 1, 0.25);
        int rows = 0;
        for (String l : out) {
            if (!l.matches("^\\s*\\d+\\.\\d+\\s+\\S+.*")) {
                continue;
            }
            String[] f = l.trim().split("\\s+");
            double g = Double.parseDouble(f[0]);
            String branch = f[1];
            double[] v = {Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])};
            rows++;
            if (g < gc) {
                assertThat(branch).as("g = " + g).isEqualTo("chaos-suppressed");
                assertThat(v[0]).isCloseTo(d0, within(1e-5));
                assertThat(v[1]).isCloseTo(d0, within(1e-5));
                assertThat(v[2]).isCloseTo(Math.sqrt(staticA(d0, g)), within(1e-5));
            } else {
                assertThat(branch).as("g = " + g).isIn("chaos-with-structure", "chaos");
                assertThat(v[1]).isLessThan(v[0]);
            }
            if (g == 2.0) { // SCS at g = 2: the exact late variance 2.06408 (docs/MODEL.md section 7)
                assertThat(branch).isEqualTo("chaos");
                assertThat(v[0]).isCloseTo(2.06408, within(1e-5));
                assertThat(v[2]).isZero();
            }
        }
        assertThat(rows).isEqualTo(15);
        assertThat(numbers(line(out, "chaos onset from the scan:"))[0]).isCloseTo(gc, within(2e-4));
    }

    /** The theory at the pinned static point; the simulation at the largest N within 10 % plus 3 standard errors. */
    private static void theoryVsSimulation(List<String> out) {
        double b = 2.0;
        double g = 0.5;
        double d0 = C * (b * b - 1);
        double[] expected = {Math.sqrt(staticA(d0, g)), 1 / b, d0};
        List<String> observables = List.of("rowNorm", "gain", "variance");
        int checked = 0;
        int largest = 0;
        for (String l : out) {
            String[] f = l.trim().split("\\s+");
            if (f.length == 6 && f[2].matches("\\d+")) {
                largest = Math.max(largest, Integer.parseInt(f[2]));
            }
        }
        for (String l : out) {
            String[] f = l.trim().split("\\s+");
            int k = observables.indexOf(f[0]);
            if (k < 0 || f.length != 6) {
                continue;
            }
            double theory = Double.parseDouble(f[3]);
            double simulation = Double.parseDouble(f[4]);
            double se = Double.parseDouble(f[5]);
            assertThat(theory).as(l).isCloseTo(expected[k], within(1e-4));
            if (Integer.parseInt(f[2]) == largest) {
                assertThat(simulation).as(l).isCloseTo(theory, within(0.1 * theory + 3 * se));
            }
            checked++;
        }
        assertThat(checked).isEqualTo(12); // 3 observables x 2 regions x 2 sizes
        assertThat(line(out, "dynamics, theory:")).endsWith("[fixed-point, fixed-point]");
        assertThat(line(out, "verdict:")).isIn("verdict: pass", "verdict: inconclusive", "verdict: fail");
    }

    /**
     * fig4a per b: D0 = c (b^2 - 1), g_c = (2 b^2 - 1)^(1/4), sqrt(A) at g_c from the closed form, and the disorder
     * where the chaotic branch reaches A = 0 (known values 1.479073, 1.944662, 2.407901 for b = 1.5, 2, 2.5,
     * docs/FIGURES.md (fig4a)); then the two tables with their row counts.
     */
    private static void figureData(List<String> out) {
        double[] loops = {1.5, 2.0, 2.5};
        double[] pureChaos = {1.479073, 1.944662, 2.407901};
        int header = out.indexOf("    b        D0       g_c   sqrtA(g_c)  pure chaos from g");
        assertThat(header).isNotNegative();
        for (int k = 0; k < loops.length; k++) {
            double[] row = Arrays.stream(out.get(header + 1 + k).trim().split("\\s+"))
                    .mapToDouble(Double::parseDouble).toArray();
            double b = loops[k];
            double d0 = C * (b * b - 1);
            double gc = Math.pow(2 * b * b - 1, 0.25);
            assertThat(row[0]).isEqualTo(b);
            assertThat(row[1]).isCloseTo(d0, within(1e-6));
            assertThat(row[2]).isCloseTo(gc, within(1e-6));
            assertThat(row[3]).isCloseTo(Math.sqrt(staticA(d0, gc)), within(1e-6));
            assertThat(row[4]).isCloseTo(pureChaos[k], within(2e-6));
        }
        assertThat(line(out, "table fig4a:")).startsWith("table fig4a: 2500 rows, columns g, sqrtA_static_b1.5,");
        assertThat(line(out, "table fig4a-onsets:"))
                .isEqualTo("table fig4a-onsets: 3 rows, columns b, chaosOnset, sqrtA_at_onset");
    }

    /** The static branch's structured variance A = D0 - g^2 C(D0, D0, D0) for erf. */
    private static double staticA(double d0, double g) {
        return d0 - g * g * C * Math.asin(d0 / (d0 + C));
    }

    /** Starts {@code example} with stdout and stderr into {@code out}. */
    private static Process start(Path example, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                example.toString());
        pb.redirectErrorStream(true).redirectOutput(out.toFile());
        return pb.start();
    }

    /** The lines {@code p} printed, once it ended with exit 0. */
    private static List<String> output(Path example, Process p, Path out) throws IOException, InterruptedException {
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(example.getFileName() + " did not finish within 5 minutes");
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(example.getFileName() + " exit code; output:\n" + text).isZero();
        return new ArrayList<>(text.lines().toList());
    }

    private static String line(List<String> out, String prefix) {
        return out.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in\n"
                        + String.join("\n", out)));
    }

    /** The numbers after the line's label (the text up to its last ':'). */
    private static double[] numbers(String line) {
        String values = line.substring(line.lastIndexOf(':') + 1).trim();
        if (values.contains("=")) {
            values = values.substring(values.lastIndexOf('=') + 1).trim();
        }
        return Arrays.stream(values.split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    private static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/api"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new AssertionError("examples/api not found above " + System.getProperty("user.dir"));
        }
        return dir;
    }
}
