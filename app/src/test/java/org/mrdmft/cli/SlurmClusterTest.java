package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mrdmft sweep --slurm 3 --submit} on a real one-node Slurm: the array's three tasks and the merge job
 * give the table of the unsharded run. The daemons that are not running are started by {@code .ci/slurm up}
 * (which installs slurm-wlm and munge when missing; needs root) and exactly those are stopped afterwards.
 * Tagged "slurm": runs with {@code -Pslow} and in .ci/run, not in a plain {@code mvn verify}.
 */
@Tag("slurm")
class SlurmClusterTest {
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern SUBMITTED =
            Pattern.compile("submitted array job (\\d+) \\(3 tasks\\) and merge job (\\d+)");
    private static final Pattern STATE = Pattern.compile("JobState=(\\S+)");
    private static final Pattern REASON = Pattern.compile("Reason=(\\S+)");
    private static final List<String> OVER = List.of("COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL",
            "OUT_OF_MEMORY", "PREEMPTED", "BOOT_FAIL", "DEADLINE");

    private static Path script;
    private static Path pids;

    @TempDir
    Path tmp;

    /** A finished command. */
    private record Ran(int code, String output) {
    }

    private static Ran run(Duration timeout, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("mrdmft-slurm-test", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor();
                return new Ran(-1, "timed out after " + timeout + ": " + String.join(" ", command) + "\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Ran(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Ran(-1, "cannot run " + String.join(" ", command) + ": " + e.getMessage());
        } finally {
            Files.deleteIfExists(log);
        }
    }

    @BeforeAll
    static void startSlurm() throws IOException, InterruptedException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve(".ci/slurm"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            fail(".ci/slurm not found above " + Path.of("").toAbsolutePath());
        }
        script = dir.resolve(".ci/slurm");
        pids = Files.createTempFile("mrdmft-slurm", ".pids");
        Ran up = run(Duration.ofMinutes(10), "bash", script.toString(), "up", pids.toString());
        if (up.code() != 0) {
            fail("could not start a one-node Slurm with '" + script + " up' (root, and the Debian packages "
                    + "slurm-wlm and munge installed or installable, are needed):\n" + up.output());
        }
    }

    @AfterAll
    static void stopWhatWeStarted() throws IOException, InterruptedException {
        if (pids == null) {
            return;
        }
        String started = Files.exists(pids) ? Files.readString(pids).strip() : "";
        Ran down = run(Duration.ofSeconds(60), "bash", script.toString(), "down", pids.toString());
        Files.deleteIfExists(pids);
        assertThat(down.code()).as("'%s down' stopping [%s]: %s", script, started, down.output()).isZero();
    }

    @Test
    void aThreeTaskArrayMergesToTheTableOfTheUnshardedRun() throws Exception {
        Path sweep = TinySweep.write(tmp);
        Path whole = tmp.resolve("whole");
        Path out = tmp.resolve("on-slurm");
        CliRun unsharded = CliRun.of("sweep", sweep.toString(), "--out", whole.toString(), "--threads", "2");
        assertThat(unsharded.code()).as(unsharded.err()).isZero();

        CliRun submitted = CliRun.of("sweep", sweep.toString(), "--out", out.toString(), "--slurm", "3", "--submit");
        assertThat(submitted.code()).as(submitted.err()).isZero();
        Matcher m = SUBMITTED.matcher(submitted.out());
        assertThat(m.find()).as(submitted.out()).isTrue();
        String array = m.group(1);
        String merge = m.group(2);
        String state = waitUntilOver(merge);
        if (!"COMPLETED".equals(state)) {
            String why = diagnostics(out, array, merge);
            run(Duration.ofSeconds(20), "scancel", array, merge);
            fail("merge job " + merge + " (after array job " + array + ") is " + (state.isEmpty()
                    ? "not over after " + JOB_TIMEOUT.toSeconds() + " s" : state) + "\n" + why);
        }
        assertThat(Files.readAllLines(out.resolve("sweep.csv"))).hasSize(13);
        assertThat(Files.readAllBytes(out.resolve("sweep.csv"))).isEqualTo(Files.readAllBytes(whole.resolve("sweep.csv")));
        for (int k = 0; k < 3; k++) {
            assertThat(out.resolve("shard-" + k + "-of-3/sweep.csv")).exists();
        }
        assertThat(out.resolve("slurm/logs/merge-" + merge + ".out")).content().contains("merged 3 shards: 12 rows");
    }

    /** The merge job's final state, or "" when it is not over within the timeout (or can never run). */
    private static String waitUntilOver(String job) throws IOException, InterruptedException {
        long end = System.nanoTime() + JOB_TIMEOUT.toNanos();
        while (System.nanoTime() < end) {
            Ran show = run(Duration.ofSeconds(20), "scontrol", "show", "job", "-o", job);
            Matcher s = STATE.matcher(show.output());
            Matcher r = REASON.matcher(show.output());
            if (s.find()) {
                String state = s.group(1);
                if (OVER.contains(state)) {
                    return state;
                }
                if (r.find() && r.group(1).equals("DependencyNeverSatisfied")) {
                    return "never (DependencyNeverSatisfied: a task failed)";
                }
            }
            Thread.sleep(500);
        }
        return "";
    }

    private static String diagnostics(Path out, String array, String merge) throws IOException, InterruptedException {
        StringBuilder b = new StringBuilder();
        b.append(run(Duration.ofSeconds(20), "scontrol", "show", "job", array).output());
        b.append(run(Duration.ofSeconds(20), "scontrol", "show", "job", merge).output());
        b.append(run(Duration.ofSeconds(20), "sinfo").output());
        Path logs = out.resolve("slurm/logs");
        if (Files.isDirectory(logs)) {
            try (Stream<Path> s = Files.list(logs)) {
                for (Path f : s.sorted().toList()) {
                    b.append("--- ").append(f).append('\n').append(Files.readString(f));
                }
            }
        }
        for (String f : List.of("/var/log/slurm/slurmctld.log", "/var/log/slurm/slurmd.log")) {
            b.append("--- ").append(f).append(" (end)\n").append(run(Duration.ofSeconds(10), "tail", "-n", "40", f)
                    .output());
        }
        return b.toString();
    }
}
