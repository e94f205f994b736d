package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of output (transient and stationary solve, simulate, validate, sweep), produced in process from
 * small configs, read as its users read it: by Debian's Python with h5py (the script check_outputs.py beside
 * this test: every dataset has description, units and axes, one axis name per dimension, time first, time and
 * lag axes present and increasing in units of the neuronal time constant, lists as arrays, labels from 1, one
 * name per quantity in CSV, JSON and HDF5, no float noise in the written config) and by jhdf (the same
 * attributes, without Python). README.md's section Outputs carries the layout these files describe, generated
 * from their own attributes: rewrite it with {@code mvn -B -o -q -pl app -am test -Dtest=OutputFilesTest
 * -Dmrdmft.rewriteDocs=true}.
 */
class OutputFilesTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path README = Path.of("..").resolve("README.md");
    private static final String BEGIN = "<!-- generated: HDF5 layout -->";
    private static final String END = "<!-- end of generated HDF5 layout -->";
    private static final String CONFIG = """
            name: files
            regions: 2
            disorder: [0.5, 0.5]
            interactions:
              reciprocal: {a: [0.0, 0.0], b: [2.0, 2.0], signs: [1, 1]}
            dmft: {dt: 0.05, steps: 200}
            stationary: {starts: 8, maxLag: 10}
            simulation: {neurons: 100, dt: 0.1, duration: 10, burnIn: 5, draws: 2, seed: 4}
            validation: {neurons: [50, 100], lags: [0, 2], spectrumNeurons: 0}
            """;
    private static final String SWEEP = """
            name: files-grid
            base: files.yaml
            axes:
              - {key: disorder, values: [0.5]}
              - {key: interactions.reciprocal.b.0, values: [1.5, 2.0]}
            draws: 1
            """;

    @TempDir
    static Path tmp;
    /** Output directory per kind, in the order of the README. */
    private static final Map<String, Path> OUTPUTS = new LinkedHashMap<>();

    @BeforeAll
    static void produceEveryKind() throws IOException {
        Path config = Files.writeString(tmp.resolve("files.yaml"), CONFIG);
        Path sweep = Files.writeString(tmp.resolve("grid.yaml"), SWEEP);
        run("solve", "solve", config.toString(), "--set", "dmft.lyapunov=true");
        run("stationary", "solve", config.toString(), "--set", "dmft.mode=stationary");
        run("simulate", "simulate", config.toString());
        run("validate", "validate", config.toString());
        run("sweep", "sweep", sweep.toString(), "--threads", "1");
    }

    private static void run(String kind, String... args) {
        Path out = tmp.resolve(kind);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--out", out.toString()));
        CliRun r = CliRun.of(all.toArray(String[]::new));
        assertThat(r.code()).as(kind + ": " + r.err()).isZero();
        OUTPUTS.put(kind, out);
    }

    @Test
    void pythonReadsEveryOutputAsDocumented() throws Exception {
        Assumptions.assumeTrue(hasH5py(), "skipped: /usr/bin/python3 with h5py is missing (apt-get install "
                + "python3-h5py)");
        Path script = tmp.resolve("check_outputs.py");
        try (InputStream in = OutputFilesTest.class.getResourceAsStream("check_outputs.py")) {
            Files.copy(in, script);
        }
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), script.toString()));
        OUTPUTS.forEach((kind, dir) -> cmd.add(kind + "=" + dir));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).startsWith("ok ");
    }

    @Test
    void everyDatasetCarriesDescriptionUnitsAndOneAxisNamePerDimension() {
        int datasets = 0;
        for (Path dir : OUTPUTS.values()) {
            for (Path file : h5Files(dir)) {
                try (HdfFile h5 = new HdfFile(file)) {
                    assertThat(h5.getAttribute("conventions")).as(file.toString()).isNotNull();
                    for (Dataset d : datasets(h5)) {
                        datasets++;
                        String where = file.getFileName() + ":" + d.getPath();
                        assertThat((String) d.getAttribute("description").getData()).as(where).isNotBlank();
                        assertThat((String) d.getAttribute("units").getData()).as(where).isNotBlank();
                        assertThat((String[]) d.getAttribute("axes").getData()).as(where)
                                .hasSize(d.getDimensions().length);
                    }
                }
            }
        }
        assertThat(datasets).isGreaterThan(60);
    }

    @Test
    void readmeDocumentsTheLayoutTheFilesDescribe() throws IOException {
        String generated = layout();
        String readme = Files.readString(README);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("README.md lacks " + BEGIN).isNotNegative();
        assertThat(end).as("README.md lacks " + END).isGreaterThan(begin);
        String current = readme.substring(begin + BEGIN.length(), end);
        if (Boolean.getBoolean("mrdmft.rewriteDocs")) {
            Files.writeString(README, readme.substring(0, begin + BEGIN.length()) + generated + readme.substring(end));
            return;
        }
        assertThat(current).as("README.md's HDF5 layout is stale (rewrite it with -Dmrdmft.rewriteDocs=true)")
                .isEqualTo(generated);
    }

    /** The Markdown tables of every kind's HDF5 datasets, from their own attributes. */
    private static String layout() {
        StringBuilder md = new StringBuilder("\n");
        OUTPUTS.forEach((kind, dir) -> {
            for (Path file : h5Files(dir)) {
                try (HdfFile h5 = new HdfFile(file)) {
                    TreeSet<String> roots = new TreeSet<>(h5.getAttributes().keySet());
                    roots.remove("_jHDF");
                    md.append("\n`").append(kind).append("` writes `").append(file.getFileName())
                            .append("`; root attributes: ").append(String.join(", ", roots.stream()
                                    .map(a -> "`" + a + "`").toList())).append(".\n\n")
                            .append("| dataset | axes | units | description |\n| --- | --- | --- | --- |\n");
                    List<String> rows = new ArrayList<>();
                    for (Dataset d : datasets(h5)) {
                        String row = "| `" + generic(d.getPath().substring(1), d) + "` | "
                                + String.join(", ", (String[]) d.getAttribute("axes").getData()) + " | "
                                + d.getAttribute("units").getData() + " | "
                                + generic((String) d.getAttribute("description").getData()) + " |\n";
                        if (!rows.contains(row)) {
                            rows.add(row);
                        }
                    }
                    rows.stream().sorted(OutputFilesTest::byGroupThenName).forEach(md::append);
                }
            }
        });
        return md.toString();
    }

    /** Root datasets first, then each group's, each by name. */
    private static int byGroupThenName(String a, String b) {
        int depth = Long.compare(a.chars().filter(c -> c == '/').count(), b.chars().filter(c -> c == '/').count());
        return depth != 0 ? depth : a.compareTo(b);
    }

    /** A dataset path with its numbered groups and per-region or per-axis column names made generic. */
    private static String generic(String path, Dataset d) {
        String p = path.replaceAll("^fixedPoints/\\d+/", "fixedPoints/<k>/")
                .replaceAll("^draws/\\d+/", "draws/<d>/")
                .replaceAll("^lagSlices/\\d+/", "lagSlices/<s>/")
                .replaceAll("_\\d+$", "_<mu>");
        return ((String) d.getAttribute("description").getData()).startsWith("grid coordinate ") ? "<axis key>" : p;
    }

    private static String generic(String description) {
        return description.replaceAll("region \\d+", "region mu").replaceAll("draw \\d+", "draw d")
                .replaceAll("grid coordinate \\S+", "grid coordinate <axis key>").replace("|", "\\|");
    }

    private static List<Dataset> datasets(Group g) {
        List<Dataset> out = new ArrayList<>();
        for (Node n : g.getChildren().values()) {
            if (n instanceof Dataset d) {
                out.add(d);
            } else if (n instanceof Group child) {
                out.addAll(datasets(child));
            }
        }
        return out;
    }

    private static List<Path> h5Files(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".h5")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean hasH5py() {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import h5py, numpy").redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
