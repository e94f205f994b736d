package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jhdf.HdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mrdmft.io.CurrentsCsvWriter;

/** {@code mrdmft solve} end to end on a tiny config, in process. */
class SolveCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LABELS = List.of("fixed-point", "limit-cycle", "chaos",
            "fixed-point+chaos", "limit-cycle+chaos");

    @TempDir
    Path tmp;
    private Path config;
    private Path out;

    @BeforeEach
    void setUp() throws IOException {
        config = TinyConfig.write(tmp);
        out = tmp.resolve("results").resolve("tiny");
    }

    private CliRun solve(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("solve", config.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private JsonNode summary() throws IOException {
        return JSON.readTree(out.resolve("summary.json").toFile());
    }

    private void assertNoTemporaryDirectory() throws IOException {
        try (Stream<Path> s = Files.list(out.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("tiny");
        }
    }

    @Test
    void lyapunovClassifierRunsTheReplicaAndReportsEachRegionsExponent() throws IOException {
        // g = 0.5 below the routing region's chaos onset: the replicas converge, the state is a fixed point
        CliRun run = solve("--set", "dmft.classifier=lyapunov");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode s = summary();
        assertThat(s.path("classifier").asText()).isEqualTo("lyapunov");
        assertThat(s.path("lyapunovExponent").size()).isEqualTo(2);
        s.path("lyapunovExponent").forEach(l -> assertThat(l.asDouble()).isNegative());
        JsonNode regions = s.path("lyapunov").path("regions");
        assertThat(regions.size()).isEqualTo(2);
        regions.forEach(r -> assertThat(r.path("trend").asText()).isEqualTo("decays"));
        s.path("dynamics").forEach(d -> assertThat(d.asText()).isEqualTo("fixed-point"));
        assertThat(run.out()).contains("Lyapunov exponent", "replicas:", "distance decays");
    }

    @Test
    void writesSummaryJson() throws IOException {
        CliRun run = solve();
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode s = summary();
        assertThat(s.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(s.path("command").asText()).isEqualTo("solve");
        assertThat(s.path("mode").asText()).isEqualTo("transient");
        assertThat(s.path("regions").asInt()).isEqualTo(2);
        assertThat(s.path("config").isObject()).isTrue();
        assertThat(s.path("config").path("regions").asInt()).isEqualTo(2);
        JsonNode fin = s.path("final");
        assertThat(fin.path("currents").size()).isEqualTo(2);
        assertThat(fin.path("currents").get(0).size()).isEqualTo(2);
        assertThat(fin.path("currents").get(1).get(0).isNumber()).isTrue();
        assertThat(fin.path("gain").size()).isEqualTo(2);
        assertThat(fin.path("variance").size()).isEqualTo(2);
        assertThat(s.path("dynamics").size()).isEqualTo(2);
        s.path("dynamics").forEach(d -> assertThat(d.asText()).isIn(LABELS));
        assertThat(s.path("runtimeSeconds").isNumber()).isTrue();
        assertThat(s.path("version").asText()).isEqualTo("0.1.0");
        assertThat(s.path("gitCommit").asText()).isNotBlank();
        assertThat(s.path("configFingerprint").asText()).isNotBlank();
        assertThat(s.path("timePoints").asInt()).isEqualTo(TinyConfig.STEPS);
        assertThat(s.path("dt").asDouble()).isEqualTo(0.05);
        assertThat(s.path("scheme").asText()).isNotBlank();
        assertThat(s.has("cellsEvaluated")).isTrue();
        JsonNode diagnostics = s.path("diagnostics");
        assertThat(diagnostics.path("converged").asBoolean()).isTrue();
        assertThat(diagnostics.path("diagonalPassCap").asInt()).isEqualTo(50);
        assertThat(diagnostics.path("maxDiagonalPasses").asInt()).isBetween(1, 49);
        assertThat(diagnostics.path("cappedSteps").asInt()).isZero();
        assertThat(diagnostics.path("warnings").size()).isZero();
        assertThat(run.err()).doesNotContain("cap of");
    }

    @Test
    void printsAHumanSummaryOnStdout() {
        CliRun run = solve();
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("final state", "currents S", "gain", "variance", "row norm", "dynamics", "runtime",
                out.toAbsolutePath().toString());
    }

    @Test
    void writesCurrentsCsv() throws IOException {
        assertThat(solve().code()).isZero();
        List<String> lines = Files.readAllLines(out.resolve("currents.csv"));
        assertThat(lines.get(0)).isEqualTo("time,S_1_1,S_1_2,S_2_1,S_2_2,gain_1,gain_2,variance_1,variance_2,rowNorm_1,rowNorm_2");
        assertThat(lines).hasSize(1 + TinyConfig.STEPS);
        assertThat(lines.get(1).split(",")).hasSize(11);
        assertThat(Double.parseDouble(lines.get(TinyConfig.STEPS).split(",")[0]))
                .isCloseTo((TinyConfig.STEPS - 1) * 0.05, org.assertj.core.data.Offset.offset(1e-9));
        JsonNode fin = summary().path("final");
        String[] last = lines.get(TinyConfig.STEPS).split(",");
        assertThat(Double.parseDouble(last[2])).isEqualTo(fin.path("currents").get(0).get(1).asDouble());
        assertThat(Double.parseDouble(last[9])).isEqualTo(fin.path("rowNorms").get(0).asDouble());
        assertThat(fin.path("rowNorms").get(0).asDouble()).isEqualTo(Math.hypot(
                fin.path("currents").get(0).get(0).asDouble(), fin.path("currents").get(0).get(1).asDouble()));
        assertThat(CurrentsCsvWriter.header(2)).isEqualTo(lines.get(0));
    }

    @Test
    void writesResultH5ReadableBack() throws IOException {
        assertThat(solve().code()).isZero();
        JsonNode fin = summary().path("final");
        try (HdfFile h5 = new HdfFile(out.resolve("result.h5"))) {
            assertThat(h5.getDatasetByPath("time").getDimensions()).containsExactly(TinyConfig.STEPS);
            assertThat(h5.getDatasetByPath("currents").getDimensions()).containsExactly(TinyConfig.STEPS, 2, 2);
            assertThat(h5.getDatasetByPath("drives").getDimensions()).containsExactly(TinyConfig.STEPS, 2, 2);
            assertThat(h5.getDatasetByPath("gain").getDimensions()).containsExactly(TinyConfig.STEPS, 2);
            assertThat(h5.getDatasetByPath("variance").getDimensions()).containsExactly(TinyConfig.STEPS, 2);
            double[][][] s = (double[][][]) h5.getDatasetByPath("currents").getData();
            assertThat(s[TinyConfig.STEPS - 1][1][0]).isEqualTo(fin.path("currents").get(1).get(0).asDouble());
            String config = (String) h5.getAttribute("config").getData();
            assertThat(JSON.readTree(config).path("regions").asInt()).isEqualTo(2);
            assertThat(h5.getAttribute("version").getData()).isEqualTo("0.1.0");
            assertThat(((Number) h5.getAttribute("schemaVersion").getData()).intValue()).isEqualTo(1);
            assertThat(h5.getAttribute("gitCommit")).isNotNull();
        }
    }

    @Test
    void leavesNoTemporaryDirectory() throws IOException {
        assertThat(solve().code()).isZero();
        assertNoTemporaryDirectory();
        assertThat(solve("--set", "dmft.steps=150").code()).isEqualTo(2);
        assertNoTemporaryDirectory();
    }

    @Test
    void rerunWithTheSameConfigReplacesTheResults() throws IOException {
        assertThat(solve().code()).isZero();
        String fingerprint = summary().path("configFingerprint").asText();
        CliRun again = solve();
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(summary().path("configFingerprint").asText()).isEqualTo(fingerprint);
        assertNoTemporaryDirectory();
    }

    @Test
    void differentConfigRefusesToOverwrite() throws IOException {
        assertThat(solve().code()).isZero();
        byte[] before = Files.readAllBytes(out.resolve("currents.csv"));
        CliRun conflict = solve("--set", "dmft.steps=150");
        assertThat(conflict.code()).isEqualTo(2);
        assertThat(conflict.errLines()).hasSize(1);
        assertThat(conflict.err()).startsWith("mrdmft: error: ").contains(out.toString(), "--out", "--force");
        assertThat(Files.readAllBytes(out.resolve("currents.csv"))).isEqualTo(before);
        assertThat(summary().path("timePoints").asInt()).isEqualTo(TinyConfig.STEPS);
    }

    @Test
    void forceOverwritesResultsOfAnotherConfig() throws IOException {
        assertThat(solve().code()).isZero();
        CliRun forced = solve("--set", "dmft.steps=150", "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(summary().path("timePoints").asInt()).isEqualTo(150);
        assertThat(Files.readAllLines(out.resolve("currents.csv"))).hasSize(151);
        assertNoTemporaryDirectory();
    }
}
