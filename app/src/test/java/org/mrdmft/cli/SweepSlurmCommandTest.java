package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mrdmft sweep --slurm N}: the scripts it writes, its errors, and the scripts run by plain bash (as Slurm
 * would, one task per SLURM_ARRAY_TASK_ID, then the merge) giving the table of the unsharded run.
 */
class SweepSlurmCommandTest {
    @TempDir
    Path tmp;
    private Path sweep;

    @BeforeEach
    void setUp() throws IOException {
        sweep = TinySweep.write(tmp);
    }

    private static CliRun ok(String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    private static CliRun userError(String message, String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("mrdmft: error: ").contains(message);
        return r;
    }

    /** Runs a command, returning its exit code; its output goes to {@code log}. */
    private static int exec(List<String> command, Map<String, String> env, Path log) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().keySet().removeIf(k -> k.startsWith("SLURM_") || k.equals("MRDMFT_SBATCH"));
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("timed out: " + command).isTrue();
        return p.exitValue();
    }

    @Test
    void writesTheScriptsAndPrintsHowToSubmitThem() throws IOException {
        Path out = tmp.resolve("out");
        CliRun r = ok("sweep", sweep.toString(), "--out", out.toString(), "--slurm", "3");
        Path dir = out.toAbsolutePath().resolve("slurm");
        assertThat(r.out()).contains("wrote " + dir.resolve("sweep.sbatch") + " (job array of 3 tasks",
                "submit with: " + dir.resolve("submit.sh"),
                "sbatch --parsable " + dir.resolve("sweep.sbatch"),
                "sbatch --dependency=afterok:${jid%%;*} " + dir.resolve("merge.sbatch"));
        String array = Files.readString(dir.resolve("sweep.sbatch"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        assertThat(array).contains("#SBATCH --array=0-2\n", "exec '" + java + "' ", " '-XX:LoopUnrollLimit=",
                " sweep '" + sweep.toAbsolutePath() + "' --out '" + out.toAbsolutePath() + "' --shard \"$task/3\"");
        assertThat(Files.readString(dir.resolve("merge.sbatch"))).contains("sweep merge --out '"
                + out.toAbsolutePath() + "'");
        assertThat(out.resolve("sweep.csv")).doesNotExist();
        // nothing ran: no shard directories yet
        try (var s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("slurm");
        }
    }

    @Test
    void theScriptsRunByBashGiveTheTableOfTheUnshardedRun() throws Exception {
        // 3 rows, one per task: the time goes to starting the four JVMs
        Path three = Files.writeString(tmp.resolve("three.yaml"), """
                name: three
                base: tiny.yaml
                axes: [{key: disorder, values: [0.5, 1.0, 1.5]}]
                seed: 5
                """);
        Path whole = tmp.resolve("whole");
        Path out = tmp.resolve("slurm-out");
        ok("sweep", three.toString(), "--out", whole.toString(), "--threads", "2");
        ok("sweep", three.toString(), "--out", out.toString(), "--slurm", "3");
        Path dir = out.resolve("slurm");
        Path log = tmp.resolve("bash.log");
        assertThat(exec(List.of("bash", dir.resolve("sweep.sbatch").toString()), Map.of(), log)).isNotZero();
        assertThat(Files.readString(log)).contains("SLURM_ARRAY_TASK_ID: is not set");
        for (int k = 0; k < 3; k++) {
            int code = exec(List.of("bash", dir.resolve("sweep.sbatch").toString()),
                    Map.of("SLURM_ARRAY_TASK_ID", Integer.toString(k)), log);
            assertThat(code).as(Files.readString(log)).isZero();
        }
        assertThat(exec(List.of("bash", dir.resolve("merge.sbatch").toString()), Map.of(), log))
                .as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("shard 2/3: 1 rows", "merged 3 shards: 3 rows in " + out.toAbsolutePath());
        assertThat(Files.readAllBytes(out.resolve("sweep.csv"))).isEqualTo(Files.readAllBytes(whole.resolve("sweep.csv")));
        assertThat(Files.readAllLines(out.resolve("sweep.csv"))).hasSize(4);
    }

    @Test
    void aMissingSbatchIsAUserErrorAfterTheScriptsAreWritten() throws Exception {
        Path out = tmp.resolve("out");
        List<String> cmd = new ArrayList<>(MrdmftCommand.current());
        cmd.addAll(List.of("sweep", sweep.toString(), "--out", out.toString(), "--slurm", "2", "--submit"));
        Path log = tmp.resolve("submit.log");
        int code = exec(cmd, Map.of("MRDMFT_SBATCH", tmp.resolve("no-such-sbatch").toString()), log);
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(code).as(text).isEqualTo(2);
        assertThat(text).contains("mrdmft: error: --submit: cannot run '" + tmp.resolve("no-such-sbatch") + "'",
                "submit later with " + out.toAbsolutePath().resolve("slurm/submit.sh"));
        assertThat(out.resolve("slurm/sweep.sbatch")).exists();
    }

    @Test
    void optionsThatDoNotGoTogetherAreUserErrors() {
        String s = sweep.toString();
        String o = tmp.resolve("o").toString();
        userError("--slurm and --shard exclude each other", "sweep", s, "--out", o, "--slurm", "2", "--shard", "0/2");
        userError("--submit: needs --slurm N", "sweep", s, "--out", o, "--submit");
        userError("--sbatch-option: needs --slurm N", "sweep", s, "--out", o, "--sbatch-option", "time=1:00");
        userError("--slurm: must be a number of tasks >= 1, got 0", "sweep", s, "--out", o, "--slurm", "0");
        userError("--slurm: 13 tasks for 12 rows; use at most 12", "sweep", s, "--out", o, "--slurm", "13");
        userError("--sbatch-option: 'array' is set by mrdmft", "sweep", s, "--out", o, "--slurm", "2",
                "--sbatch-option", "array=0-9");
        userError("--threads: must be >= 1", "sweep", s, "--out", o, "--slurm", "2", "--threads", "0");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void otherScriptsOrAnotherSweepsResultsInDirNeedForce() throws IOException {
        Path out = tmp.resolve("out");
        ok("sweep", sweep.toString(), "--out", out.toString(), "--slurm", "3");
        ok("sweep", sweep.toString(), "--out", out.toString(), "--slurm", "3");
        userError("sweep.sbatch exists and differs", "sweep", sweep.toString(), "--out", out.toString(),
                "--slurm", "4");
        ok("sweep", sweep.toString(), "--out", out.toString(), "--slurm", "4", "--force");
        assertThat(Files.readString(out.resolve("slurm/sweep.sbatch"))).contains("--array=0-3", " --force\n");

        Path other = tmp.resolve("other");
        Files.createDirectories(other.resolve("shard-1-of-2"));
        Files.writeString(other.resolve("shard-1-of-2/summary.json"), "{\"configFingerprint\": \"another\"}");
        userError("shard-1-of-2 already holds results of a different configuration", "sweep", sweep.toString(),
                "--out", other.toString(), "--slurm", "2");
        assertThat(other.resolve("slurm")).doesNotExist();
    }
}
