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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code mrdmft sweep} end to end on a 2 x 3 grid of tiny configs, in process. */
class SweepCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private Path sweep;

    @BeforeEach
    void setUp() throws IOException {
        sweep = TinySweep.write(tmp);
    }

    private static CliRun run(String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    @Test
    void gridWritesOneRowPerPointAndDrawWithTheAxisValues() throws IOException {
        Path out = tmp.resolve("grid");
        run("sweep", sweep.toString(), "--out", out.toString(), "--threads", "2");
        List<String> lines = Files.readAllLines(out.resolve("sweep.csv"));
        assertThat(lines.get(0)).isEqualTo("point,draw,disorder,interactions.reciprocal.b.0,seed,label_1,label_2,"
                + "currents_1,currents_2,period_1,period_2,amplitude_1,amplitude_2,decay_1,decay_2,"
                + "gain_1,gain_2,variance_1,variance_2,rowNorm_1,rowNorm_2");
        assertThat(lines).hasSize(13);
        List<String> keys = new ArrayList<>();
        for (String l : lines.subList(1, 13)) {
            String[] c = l.split(",");
            keys.add(c[0] + "," + c[1] + "," + c[2] + "," + c[3]);
        }
        // points and draws are labelled from 1
        assertThat(keys).containsExactly("1,1,0.5,1.0", "1,2,0.5,1.0", "2,1,0.5,1.5", "2,2,0.5,1.5",
                "3,1,0.5,2.0", "3,2,0.5,2.0", "4,1,1.5,1.0", "4,2,1.5,1.0", "5,1,1.5,1.5", "5,2,1.5,1.5",
                "6,1,1.5,2.0", "6,2,1.5,2.0");
        // the two draws of a point differ (different derived seeds, hence initial currents)
        assertThat(lines.get(1).split(",")[4]).isNotEqualTo(lines.get(2).split(",")[4]);
        int gain = List.of(lines.get(0).split(",")).indexOf("gain_1");
        assertThat(lines.get(1).split(",")[gain]).isNotEqualTo(lines.get(2).split(",")[gain]);
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.path("command").asText()).isEqualTo("sweep");
        assertThat(summary.path("counts").path("rows").asInt()).isEqualTo(12);
        assertThat(summary.path("sweep").path("axes")).hasSize(2);
        assertThat(out.resolve("modal-label-1.png")).exists();
        assertThat(out.resolve("label-entropy-2.pdf")).exists();
        try (HdfFile h5 = new HdfFile(out.resolve("sweep.h5"))) {
            assertThat((int[]) h5.getDatasetByPath("point").getData()).hasSize(12);
            assertThat((double[]) h5.getDatasetByPath("disorder").getData()).containsExactly(0.5, 0.5, 0.5, 0.5,
                    0.5, 0.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5);
            assertThat((String[]) h5.getDatasetByPath("label_1").getData()).hasSize(12);
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        run("sweep", sweep.toString(), "--out", one.toString(), "--threads", "1");
        run("sweep", sweep.toString(), "--out", two.toString(), "--threads", "2");
        assertThat(Files.readAllBytes(two.resolve("sweep.csv"))).isEqualTo(Files.readAllBytes(one.resolve("sweep.csv")));
    }

    @Test
    void threeShardsMergeToTheUnshardedTable() throws IOException {
        Path whole = tmp.resolve("whole");
        Path parts = tmp.resolve("parts");
        run("sweep", sweep.toString(), "--out", whole.toString(), "--threads", "2");
        for (int k = 0; k < 3; k++) {
            run("sweep", sweep.toString(), "--out", parts.toString(), "--shard", k + "/3", "--threads", "2");
        }
        assertThat(Files.readAllLines(parts.resolve("shard-1-of-3").resolve("sweep.csv"))).hasSize(1 + 4);
        CliRun merged = run("sweep", "merge", parts.toString());
        assertThat(merged.out()).contains("merged 3 shards: 12 rows");
        assertThat(Files.readAllBytes(parts.resolve("sweep.csv")))
                .isEqualTo(Files.readAllBytes(whole.resolve("sweep.csv")));
        assertThat(parts.resolve("modal-label-1.svg")).exists();
    }

    @Test
    void mergeOfAnIncompleteSetOfShardsIsAUserError() throws IOException {
        Path parts = tmp.resolve("parts");
        run("sweep", sweep.toString(), "--out", parts.toString(), "--shard", "0/3", "--threads", "2");
        CliRun merged = CliRun.of("sweep", "merge", parts.toString());
        assertThat(merged.code()).isEqualTo(2);
        assertThat(merged.errLines()).hasSize(1);
        assertThat(merged.err()).contains("missing shards [1, 2] of 3");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "axes: [{key: disorder, values: [1.0]}]\\nbogus: 1|bogus: unknown key",
        "axes: [{key: dmft.dtt, values: [0.05]}]|dmft.dtt",
        "axes: [{key: disorder, values: []}]|axis disorder is empty",
        "axes: [{key: disorder, linspace: [0.5, 1.5, 0]}]|count must be an integer >= 1",
        "axes: [{key: disorder, values: [1.0], step: 2}]|axes[0].step: unknown key",
        "axes: [{key: interactions, leadingEigenvalue: {re: [9.0], im: [0.0], scale: 0.01, maxTries: 5}}]|in 5 tries",
        "axes: [{key: disorder, values: [-1.0]}]|disorder",
        "draws: 0|draws: must be an integer >= 1",
    })
    void badSweepFilesExitWithOneLine(String body, String message) throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "base: tiny.yaml\n" + body.replace("\\n", "\n") + "\n");
        CliRun r = CliRun.of("sweep", bad.toString(), "--out", tmp.resolve("bad").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("mrdmft: error: ").contains(message);
    }

    @Test
    void moreShardsThanRowsLeaveEmptyShardsThatStillMerge() throws IOException {
        Path whole = tmp.resolve("whole14");
        run("sweep", sweep.toString(), "--out", whole.toString(), "--threads", "2");
        Path parts = tmp.resolve("parts14");
        for (int k = 0; k < 14; k++) { // 12 rows: shards 12 and 13 are empty
            run("sweep", sweep.toString(), "--out", parts.toString(), "--shard", k + "/14", "--threads", "2");
        }
        try (HdfFile h5 = new HdfFile(parts.resolve("shard-13-of-14").resolve("sweep.h5"))) {
            assertThat(((Number) h5.getAttribute("rows").getData()).intValue()).isZero();
        }
        run("sweep", "merge", parts.toString());
        assertThat(Files.readAllBytes(parts.resolve("sweep.csv"))).isEqualTo(Files.readAllBytes(whole.resolve("sweep.csv")));
    }

    @Test
    void badShardIsAUserError() {
        CliRun r = CliRun.of("sweep", sweep.toString(), "--shard", "3/3");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("--shard");
    }

    @Test
    void aDivergingRowIsANumericalFailureNamingThePoint() throws IOException {
        TinyConfig.write(tmp);
        Path sweep = Files.writeString(tmp.resolve("diverging.yaml"),
                "base: tiny.yaml\naxes: [{key: disorder, values: [0.5, 1e100]}]\n");
        CliRun r = CliRun.of("sweep", sweep.toString(), "--threads", "1", "--out", tmp.resolve("div").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        // a progress line may come first when the machine is slow (after one second)
        String[] lines = java.util.Arrays.stream(r.errLines()).filter(l -> !l.matches("mrdmft: sweep \\d+% .*"))
                .toArray(String[]::new);
        assertThat(lines).hasSize(1);
        assertThat(lines[0]).startsWith("mrdmft: numerical failure: sweep point 1 (draw 0): ").contains("(try ");
    }

    @Test
    void aRowTooShortToClassifyIsStillAUserError() throws IOException {
        Files.writeString(tmp.resolve("short.yaml"), TinyConfig.YAML.replace("steps: 200", "steps: 5"));
        Path sweep = Files.writeString(tmp.resolve("short-sweep.yaml"),
                "base: short.yaml\naxes: [{key: disorder, values: [0.5]}]\n");
        CliRun r = CliRun.of("sweep", sweep.toString(), "--out", tmp.resolve("short").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("mrdmft: error: dmft.steps: ");
    }
}
