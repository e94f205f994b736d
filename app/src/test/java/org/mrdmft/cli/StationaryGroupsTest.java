package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stationary summary of examples/fig4c-case3.yaml names what its fixed points are: a two-dimensional
 * continuum on which region 1 is purely chaotic and silent and regions 2-5 route (docs/FIGURES.md (fig4c),
 * case 3), reported as marginal, beside the other branch patterns; on stdout and in summary.json.
 */
class StationaryGroupsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void fig4cCase3NamesItsContinuumAndBranchPatterns() throws IOException {
        Path out = tmp.resolve("c3");
        CliRun run = CliRun.of("solve", Path.of("..", "examples", "fig4c-case3.yaml").toString(),
                "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("continuum of dimension 2, marginal")
                .contains("regions 1 chaos, 2-5 chaos-suppressed")
                .contains("regions 1 chaos-with-structure, 2-5 chaos-suppressed")
                .doesNotContain("reached from 1 starts");

        JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
        JsonNode groups = s.path("fixedPointGroups");
        int starts = 0;
        int points = 0;
        for (JsonNode g : groups) {
            starts += g.path("starts").asInt();
            points += g.path("members").size();
            assertThat(g.path("points").asInt()).isEqualTo(g.path("members").size());
            // members are fixed-point labels, counted from 1 like every label a user reads
            for (JsonNode m : g.path("members")) {
                JsonNode fp = s.path("fixedPoints").get(m.asInt() - 1);
                assertThat(fp.path("branch")).isEqualTo(g.path("branches"));
                assertThat(fp.path("stability").asText()).isEqualTo(g.path("stability").asText());
                assertThat(fp.path("zeroModes").asInt()).isEqualTo(g.path("dimension").asInt());
            }
        }
        assertThat(starts).isEqualTo(s.path("search").path("converged").asInt());
        assertThat(points).isEqualTo(s.path("fixedPoints").size());
        JsonNode main = groups.get(0);
        assertThat(main.path("kind").asText()).isEqualTo("continuum");
        assertThat(main.path("dimension").asInt()).isEqualTo(2);
        assertThat(main.path("stability").asText()).isEqualTo("marginal");
        assertThat(main.path("branches").toString()).isEqualTo("[\"chaos\",\"chaos-suppressed\",\"chaos-suppressed\","
                + "\"chaos-suppressed\",\"chaos-suppressed\"]");
        // the representative lies on it, is marginal, and region 1 carries no current
        JsonNode rep = s.path("fixedPoints").get(s.path("representative").asInt() - 1);
        assertThat(rep.path("stability").asText()).isEqualTo("marginal");
        assertThat(s.path("final").path("rowNorms").get(0).asDouble()).isLessThan(1e-8);
        assertThat(s.path("final").path("rowNorms").get(1).asDouble()).isGreaterThan(1.0);
        assertThat(s.path("marginalTolerance").asDouble()).isEqualTo(1e-7);
    }
}
