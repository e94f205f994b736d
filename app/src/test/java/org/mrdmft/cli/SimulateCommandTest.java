package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jhdf.HdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mrdmft.io.CurrentsCsvWriter;

/** {@code mrdmft simulate} end to end on a small network, in process. */
class SimulateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YAML = TinyConfig.YAML + """
            simulation: {neurons: 300, dt: 0.1, duration: 4, draws: 2, seed: 5, recordEvery: 2, burnIn: 1,
                         threads: 2}
            """;
    private static final int RECORDS = 21;

    @TempDir
    Path tmp;
    private Path config;
    private Path out;

    @BeforeEach
    void setUp() throws IOException {
        config = Files.writeString(tmp.resolve("tiny.yaml"), YAML);
        out = tmp.resolve("results").resolve("tiny");
    }

    private CliRun simulate(String... extra) {
        List<String> args = new ArrayList<>(List.of("simulate", config.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void writesSummaryCsvAndH5() throws IOException {
        CliRun run = simulate();
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("N = 300, 2 draws", "participation ratio");
        JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(s.path("command").asText()).isEqualTo("simulate");
        assertThat(s.path("mode").asText()).isEqualTo("simulation");
        assertThat(s.path("draws")).hasSize(2);
        // final.currents is the mean over draws of |S|, never of the signed currents
        double mean = (Math.abs(s.path("draws").get(0).path("currents").get(0).get(1).asDouble())
                + Math.abs(s.path("draws").get(1).path("currents").get(0).get(1).asDouble())) / 2;
        assertThat(s.path("final").path("currents").get(0).get(1).asDouble()).isCloseTo(mean,
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(s.path("final").path("currentsAggregate").asText()).startsWith("mean over draws of |S|");
        // T^{2 1 2} = 2 with U = 1 needs sigma_n^2 > 4: raised, and reported on stderr
        assertThat(s.path("draws").get(0).path("readOutVariance").get(0).asDouble()).isBetween(4.0, 4.2);
        assertThat(run.err()).contains("sigma_n^2 raised to 4.1");
        assertThat(s.path("diagnostics").path("warnings").get(0).asText()).contains("sigma_n^2 raised to 4.1");
        assertThat(s.path("config").path("simulation").path("scheme").asText()).isEqualTo("rk4");

        List<String> lines = Files.readAllLines(out.resolve("currents.csv"));
        assertThat(lines.get(0)).isEqualTo(CurrentsCsvWriter.header(2, CurrentsCsvWriter.MEAN_ABS));
        assertThat(lines).hasSize(RECORDS + 1);
        assertThat(lines.get(2)).startsWith("0.2,");

        try (HdfFile h5 = new HdfFile(out.resolve("result.h5"))) {
            assertThat(h5.getDatasetByPath("currents").getDimensions()).containsExactly(RECORDS, 2, 2);
            assertThat(h5.getDatasetByPath("gain").getDimensions()).containsExactly(RECORDS, 2);
            assertThat(h5.getDatasetByPath("traces").getDimensions()).containsExactly(RECORDS, 2, 20);
            assertThat(h5.getDatasetByPath("autocorrelation").getDimensions()).containsExactly(9, 2);
            assertThat(h5.getDatasetByPath("draws/1/currents").getDimensions()).containsExactly(RECORDS, 2, 2);
            assertThat(h5.getAttribute("scheme").getData()).isEqualTo("rk4");
        }
    }

    @Test
    void badSimulationSettingsAreOneLineUserErrors() {
        for (String bad : List.of("simulation.neurons=1", "simulation.duration=0.05", "simulation.neurons=300000",
                "simulation.scheme=midpoint")) {
            CliRun run = simulate("--set", bad);
            assertThat(run.code()).as(bad + ": " + run.err()).isEqualTo(2);
            assertThat(run.errLines()).as(bad).hasSize(1);
            assertThat(run.errLines()[0]).startsWith("mrdmft: error: ").doesNotContain("Exception");
        }
        assertThat(simulate("--set", "simulation.neurons=300000").err()).contains("GiB");
    }
}
