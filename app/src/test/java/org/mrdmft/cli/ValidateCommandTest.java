package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mrdmft validate} end to end: a matched pair does not fail, a mismatched pair fails, bad sizes exit 2. */
class ValidateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YAML = """
            name: val
            regions: 2
            disorder: 0.0
            interactions:
              reciprocal: {a: [0, 0], b: [2, 2], signs: [1, 1]}
            simulation: {dt: 0.1, duration: 40, burnIn: 20, seed: 4}
            validation: {neurons: [400, 1600], lags: [0, 2], spectrumNeurons: 100, draws: 4}
            """;

    @TempDir
    Path tmp;

    @Test
    void matchedPassesAndMismatchedFails() throws IOException {
        Path config = Files.writeString(tmp.resolve("val.yaml"), YAML);
        Path good = tmp.resolve("good");
        CliRun run = CliRun.of("validate", config.toString(), "--out", good.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode s = JSON.readTree(good.resolve("summary.json").toFile());
        assertThat(s.path("command").asText()).isEqualTo("validate");
        // four short draws decide the row norms; Delta's draws may scatter too much to decide (inconclusive)
        assertThat(s.path("verdict").asText()).as(s.path("verdictReasons").toString()).isIn("pass", "inconclusive");
        for (String key : new String[] {"theory", "simulation", "error", "tolerance", "pass", "closure", "trend",
                "reason"}) {
            assertThat(s.path("comparison").path("rowNorm").has(key)).as(key).isTrue();
        }
        // 5 observables x 2 regions x 2 sizes, and the network's Lyapunov exponent at each size
        assertThat(Files.readAllLines(good.resolve("comparison.csv"))).hasSize(1 + 5 * 2 * 2 + 2);
        assertThat(s.path("comparison").path("rowNorm").path("verdict").get(0).asText()).isEqualTo("pass");
        assertThat(good.resolve("validate-errors.png")).isNotEmptyFile();
        assertThat(s.path("spectrum").path("outliers").size()).isEqualTo(2);

        Path bad = tmp.resolve("bad");
        // (without the exponent, which the matched run covers: the row norms alone must fail it)
        CliRun mismatched = CliRun.of("validate", config.toString(), "--out", bad.toString(),
                "--theory-set", "interactions.reciprocal.b=[2.5,2.5]", "--set", "simulation.lyapunov=false");
        assertThat(mismatched.code()).as(mismatched.err()).isZero();
        JsonNode f = JSON.readTree(bad.resolve("summary.json").toFile());
        assertThat(f.path("verdict").asText()).isEqualTo("fail");
        assertThat(f.path("theoryOverrides").get(0).asText()).isEqualTo("interactions.reciprocal.b=[2.5,2.5]");
    }

    @Test
    void badNetworkSizesAreUserErrors() throws IOException {
        Path config = Files.writeString(tmp.resolve("val.yaml"), YAML);
        for (String bad : new String[] {"validation.neurons=[1]", "validation.neurons=[]"}) {
            CliRun run = CliRun.of("validate", config.toString(), "--set", bad, "--out", tmp.resolve("x").toString());
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.errLines()).hasSize(1);
            assertThat(run.errLines()[0]).startsWith("mrdmft: error: validation.neurons");
        }
    }
}
