package org.mrdmft.io.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mrdmft.config.ConfigException;
import org.mrdmft.io.OutputConflictException;

/** The text of the Slurm scripts of a sweep and how they are written. */
class SlurmScriptsTest {
    private static final List<String> JAVA = List.of("/opt/java/bin/java", "-XX:LoopUnrollLimit=400", "-jar",
            "/opt/mrdmft/app/target/mrdmft.jar");

    @TempDir
    Path tmp;

    private SlurmScripts scripts(int tasks, Integer threads, boolean force, Map<String, String> options) {
        return new SlurmScripts("tiny grid", JAVA, tmp.resolve("grid.yaml"), tmp.resolve("out"), tasks, threads,
                force, options);
    }

    @Test
    void theArrayMapsTaskKToShardKOfNWithAbsolutePaths() {
        String s = scripts(3, null, false, Map.of()).arrayScript();
        Path out = tmp.resolve("out").toAbsolutePath();
        assertThat(s).startsWith("#!/bin/bash\n")
                .contains("#SBATCH --array=0-2\n")
                .contains("#SBATCH --job-name=mrdmft-tiny_grid\n")
                .contains("#SBATCH --output=" + out.resolve("slurm/logs/sweep-%A_%a.out") + "\n")
                .doesNotContain("cpus-per-task")
                .contains("exec '/opt/java/bin/java' '-XX:LoopUnrollLimit=400' '-jar' "
                        + "'/opt/mrdmft/app/target/mrdmft.jar' sweep '" + tmp.resolve("grid.yaml").toAbsolutePath()
                        + "' --out '" + out + "' --shard \"$task/3\" --threads \"${SLURM_CPUS_PER_TASK:-1}\"\n")
                .contains("task=\"${SLURM_ARRAY_TASK_ID:?")
                .doesNotContain("--force");
        // every #SBATCH line comes before the first command, or sbatch ignores it
        List<String> lines = s.lines().toList();
        int firstCommand = IntStream.range(0, lines.size()).filter(i -> !lines.get(i).startsWith("#")).findFirst()
                .orElseThrow();
        assertThat(lines.subList(0, firstCommand)).filteredOn(l -> l.startsWith("#SBATCH")).hasSize(3);
        assertThat(lines.subList(firstCommand, lines.size())).noneMatch(l -> l.startsWith("#SBATCH"));
    }

    @Test
    void fixedThreadsAskForAsManyCpusAndForceIsPassedOn() {
        SlurmScripts s = scripts(1, 4, true, Map.of());
        assertThat(s.arrayScript()).contains("#SBATCH --array=0-0\n", "#SBATCH --cpus-per-task=4\n",
                "--shard \"$task/1\" --threads '4' --force\n");
        assertThat(s.mergeScript()).contains(" sweep merge --out '" + s.out() + "' --force \"${shards[@]}\"\n");
    }

    @Test
    void theMergeJoinsExactlyTheNShardsIntoDir() {
        SlurmScripts s = scripts(5, null, false, Map.of());
        assertThat(s.mergeScript())
                .contains("#SBATCH --job-name=mrdmft-tiny_grid-merge\n")
                .contains("#SBATCH --output=" + s.logs().resolve("merge-%j.out") + "\n")
                .contains("for ((k = 0; k < 5; k++)); do shards+=('" + s.out() + "'\"/shard-$k-of-5\"); done\n")
                .contains("exec '/opt/java/bin/java' '-XX:LoopUnrollLimit=400' '-jar' "
                        + "'/opt/mrdmft/app/target/mrdmft.jar' sweep merge --out '" + s.out() + "' \"${shards[@]}\"")
                .doesNotContain("--array");
    }

    @Test
    void submitRunsTheMergeAfterEveryTaskSucceeded() {
        SlurmScripts s = scripts(3, null, false, Map.of());
        assertThat(s.submitScript())
                .contains("array=$(\"$sbatch\" --parsable '" + s.directory().resolve("sweep.sbatch") + "')\n")
                .contains("array=${array%%;*}\n")
                .contains("merge=$(\"$sbatch\" --parsable --dependency=afterok:\"$array\" '"
                        + s.directory().resolve("merge.sbatch") + "')\n");
    }

    @Test
    void sbatchOptionsGoIntoBothScriptsAndMayReplaceTheDefaults() {
        Map<String, String> o = SlurmScripts.parseOptions(List.of("partition=short", "--time=1:00:00", "exclusive",
                "job-name=mine", "cpus-per-task=2"));
        SlurmScripts s = scripts(2, null, false, o);
        assertThat(s.arrayScript()).contains("#SBATCH --partition=short\n", "#SBATCH --time=1:00:00\n",
                "#SBATCH --exclusive\n", "#SBATCH --job-name=mine\n", "#SBATCH --cpus-per-task=2\n")
                .doesNotContain("mrdmft-tiny_grid");
        assertThat(s.mergeScript()).contains("#SBATCH --partition=short\n", "#SBATCH --time=1:00:00\n",
                "#SBATCH --job-name=mine\n").doesNotContain("cpus-per-task");
    }

    @Test
    void badSbatchOptionsAreUserErrors() {
        assertThatThrownBy(() -> SlurmScripts.parseOptions(List.of("array=0-3")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'array' is set by mrdmft");
        assertThatThrownBy(() -> SlurmScripts.parseOptions(List.of("dependency=afterok:1")))
                .isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> SlurmScripts.parseOptions(List.of("Part ition=x")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("KEY=VALUE");
        assertThatThrownBy(() -> SlurmScripts.parseOptions(List.of("comment=a b")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("spaces");
        assertThatThrownBy(() -> scripts(0, null, false, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining(">= 1");
    }

    @Test
    void pathsWithSpacesAreQuotedForBashAndForSbatch() {
        SlurmScripts s = new SlurmScripts("g", JAVA, tmp.resolve("my sweeps/it's.yaml"), tmp.resolve("my out"), 2,
                null, false, Map.of());
        assertThat(s.arrayScript()).contains("#SBATCH --output=\"" + s.logs().resolve("sweep-%A_%a.out") + "\"\n",
                " sweep '" + tmp.resolve("my sweeps").toAbsolutePath() + "/it'\\''s.yaml' --out '" + s.out() + "'");
        assertThatThrownBy(() -> new SlurmScripts("g", JAVA, tmp.resolve("g.yaml"), tmp.resolve("a\nb"), 2, null,
                false, Map.of())).isInstanceOf(ConfigException.class).hasMessageContaining("control characters");
    }

    @Test
    void writingIsIdempotentAndADifferentScriptIsReplacedOnlyWithForce() throws IOException {
        SlurmScripts.Written w = scripts(3, null, false, Map.of()).write(false);
        assertThat(w.array()).hasFileName("sweep.sbatch").exists();
        assertThat(w.merge()).hasFileName("merge.sbatch").exists();
        assertThat(w.submit()).hasFileName("submit.sh").exists();
        assertThat(Files.getPosixFilePermissions(w.submit())).contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(tmp.resolve("out/slurm/logs")).isDirectory();
        scripts(3, null, false, Map.of()).write(false);   // the same scripts again: fine
        assertThatThrownBy(() -> scripts(4, null, false, Map.of()).write(false))
                .isInstanceOf(OutputConflictException.class).hasMessageContaining("sweep.sbatch exists and differs")
                .hasMessageContaining("--force");
        assertThat(Files.readString(w.array())).contains("--array=0-2");
        scripts(4, null, false, Map.of()).write(true);
        assertThat(Files.readString(w.array())).contains("--array=0-3");
        try (var s = Files.list(w.array().getParent())) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("sweep.sbatch", "merge.sbatch", "submit.sh", "logs");
        }
    }
}
