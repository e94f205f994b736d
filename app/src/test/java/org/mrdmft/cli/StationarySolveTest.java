package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jhdf.HdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mrdmft solve} with {@code dmft.mode: stationary}, end to end in process. */
class StationarySolveTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void writesFixedPointsDeltaAndSpectra() throws IOException {
        Path config = TinyConfig.write(tmp);
        Path out = tmp.resolve("st");
        CliRun run = CliRun.of("solve", config.toString(), "--set", "dmft.mode=stationary",
                "--set", "stationary.starts=12", "--set", "stationary.maxLag=20", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("stationary:").contains("representative fixed point");

        JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(s.path("mode").asText()).isEqualTo("stationary");
        assertThat(s.path("search").path("starts").asInt()).isEqualTo(12);
        JsonNode diagnostics = s.path("diagnostics");
        assertThat(diagnostics.path("iterations").size()).isEqualTo(s.path("fixedPoints").size());
        assertThat(diagnostics.path("residuals").get(0).asDouble()).isBetween(0.0, 1e-12);
        assertThat(diagnostics.path("missedStarts").asInt()).isEqualTo(12 - s.path("search").path("converged").asInt());
        assertThat(diagnostics.path("warnings").isArray()).isTrue();
        JsonNode fps = s.path("fixedPoints");
        assertThat(fps.size()).isPositive();
        for (String key : List.of("currents", "gain", "delta0", "deltaInf", "structuredVariance", "branch", "stable")) {
            assertThat(fps.get(0).has(key)).as(key).isTrue();
        }
        // the tiny network (g = 0.5, reciprocal pair loop b = 2): the stable fixed point pins both gains at 1/2
        JsonNode rep = fps.get(s.path("representative").asInt() - 1); // fixed points are labelled from 1
        assertThat(rep.path("label").asInt()).isEqualTo(s.path("representative").asInt());
        assertThat(rep.path("stable").asBoolean()).isTrue();
        assertThat(rep.path("gain").get(0).asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(rep.path("branch").get(0).asText()).isEqualTo("chaos-suppressed");
        assertThat(s.path("dynamics").get(0).asText()).isEqualTo("fixed-point");
        // static regions at D0 = (2/pi)(b^2 - 1): lambda = -1 + g <phi'^2>^(1/2) = -1 + 0.5 (1 + pi D0)^(-1/4)
        double lambda = -1.0 + 0.5 * Math.pow(7.0, -0.25);
        assertThat(s.path("lyapunovExponent").size()).isEqualTo(2);
        assertThat(s.path("lyapunovExponent").get(1).asDouble()).isCloseTo(lambda, within(1e-9));
        assertThat(rep.path("lyapunovExponent").get(0).asDouble()).isCloseTo(lambda, within(1e-9));
        assertThat(run.out()).contains("Lyapunov exponent");
        assertThat(s.path("spectrum").path("outliers").size()).isEqualTo(4);
        assertThat(s.path("spectrum").path("bulkRadius").asDouble()).isCloseTo(0.5, within(1e-12));

        // reciprocal with a = 0 and b = (2, 2): the manifold is one point whose pair current never vanishes
        JsonNode manifold = s.path("manifold");
        assertThat(manifold.path("vertices").asInt()).isEqualTo(1);
        assertThat(manifold.path("fracturePairs").toString()).isEqualTo("[[1,2]]");
        assertThat(manifold.path("components").asInt()).isEqualTo(2);

        List<String> csv = Files.readAllLines(out.resolve("delta.csv"));
        assertThat(csv.get(0)).startsWith("lag,delta_1_1,delta_1_2");
        assertThat(csv).hasSize(1 + 401); // tau = 0 .. 20 in steps of 0.05
        try (HdfFile h5 = new HdfFile(out.resolve("result.h5"))) {
            assertThat(h5.getAttribute("mode").getData()).isEqualTo("stationary");
            assertThat(((double[]) h5.getDatasetByPath("lag").getData()).length).isEqualTo(401);
            double[][] delta = (double[][]) h5.getDatasetByPath("fixedPoints/1/delta").getData();
            assertThat(delta.length).isEqualTo(401);
            assertThat(delta[0].length).isEqualTo(2);
        }
    }
}
