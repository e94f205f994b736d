package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mrdmft demo}: the built-in two-region routing example. */
class DemoCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesFilesAndFigureAndReplacesItsOwnOutput() throws IOException {
        Path out = tmp.resolve("demo");
        CliRun run = CliRun.of("demo", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        for (String f : new String[] {"summary.json", "currents.csv", "result.h5", "currents.png",
            "currents.svg", "currents.pdf"}) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
        var summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.path("command").asText()).isEqualTo("demo");
        assertThat(summary.path("regions").asInt()).isEqualTo(2);
        assertThat(summary.path("timePoints").asInt()).isEqualTo(2500);
        assertThat(run.out()).contains("routed currents", "1/b = 0.5000", "dynamics", out.toString());
        assertThat(CliRun.of("demo", "--out", out.toString()).code()).isZero();
    }

    @Test
    void refusesToReplaceResultsOfSolve() throws IOException {
        Path config = TinyConfig.write(tmp);
        Path out = tmp.resolve("shared");
        assertThat(CliRun.of("solve", config.toString(), "--out", out.toString()).code()).isZero();
        CliRun demo = CliRun.of("demo", "--out", out.toString());
        assertThat(demo.code()).isEqualTo(2);
        assertThat(demo.errLines()).hasSize(1);
    }

    @Test
    void exampleFileMatchesTheBuiltInDemo() throws IOException {
        Path example = Path.of("..", "examples", "two-region-routing.yaml");
        assertThat(Files.readString(example)).isEqualTo(DemoCommand.exampleText());
    }
}
