package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command writes its directory by one discipline (docs: README, "Output directories"): unusable paths
 * and busy or foreign directories are one-line user errors that leave nothing behind, commands never replace
 * each other without --force, --force replaces the whole content, and the provenance is the build's.
 */
class OutputDisciplineTest {
    @TempDir
    Path tmp;

    private static void refused(CliRun r, String message) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("mrdmft: error: ").contains(message);
    }

    private List<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void unusablePathsAreOneLineUserErrorsThatLeaveNothingBehind() throws IOException {
        String cfg = TinyConfig.write(tmp).toString();
        Path file = Files.writeString(tmp.resolve("file"), "x");
        refused(CliRun.of("solve", cfg, "--out", ""), "--out: empty path");
        refused(CliRun.of("solve", cfg, "--out", file.resolve("sub").toString()), file + " is not a directory");
        refused(CliRun.of("simulate", cfg, "--out", tmp.resolve("n".repeat(300)).toString()), "--out: directory "
                + "name too long");
        refused(CliRun.of("sweep", TinySweep.write(tmp).toString(), "--out", file.toString()),
                "exists and is not a directory");
        if (Files.isDirectory(Path.of("/proc"))) {
            refused(CliRun.of("solve", cfg, "--out", "/proc/x"), "--out /proc/x: cannot write in /proc");
        }
        assertThat(entries(tmp)).containsExactlyInAnyOrder("tiny.yaml", "file", "grid.yaml");
    }

    @Test
    void aRefusedDirectoryStopsTheSolveStartedMeanwhile() throws IOException {
        // solve claims its directory on another thread while it starts solving: a refusal must stop a solve
        // that would take minutes (100,000 steps) at once, with the one line and nothing else
        String cfg = TinyConfig.write(tmp).toString();
        Path foreign = Files.createDirectory(tmp.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        long start = System.nanoTime();
        CliRun r = CliRun.of("solve", cfg, "--set", "dmft.steps=100000", "--out", foreign.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        refused(r, "holds files that mrdmft did not write (notes.txt)");
        assertThat(r.out()).isEmpty();
        assertThat(seconds).as("seconds until the refusal").isLessThan(20);
        assertThat(entries(foreign)).containsExactly("notes.txt");
        assertThat(entries(tmp)).containsExactlyInAnyOrder("tiny.yaml", "foreign");
    }

    @Test
    void commandsNeverReplaceEachOtherWithoutForce() throws IOException {
        String cfg = TinyConfig.write(tmp).toString();
        Path solved = tmp.resolve("solved");
        Path simulated = tmp.resolve("simulated");
        assertThat(CliRun.of("solve", cfg, "--out", solved.toString()).code()).isZero();
        assertThat(CliRun.of("simulate", cfg, "--out", simulated.toString(), "--set", "simulation.neurons=20")
                .code()).isZero();
        String before = Files.readString(solved.resolve("summary.json"));
        refused(CliRun.of("simulate", cfg, "--out", solved.toString(), "--set", "simulation.neurons=20"),
                "already holds solve results");
        refused(CliRun.of("solve", cfg, "--out", simulated.toString()), "already holds simulate results");
        refused(CliRun.of("validate", cfg, "--out", solved.toString()), "already holds solve results");
        refused(CliRun.of("sweep", TinySweep.write(tmp).toString(), "--out", solved.toString()),
                "already holds solve results");
        assertThat(Files.readString(solved.resolve("summary.json"))).isEqualTo(before);
        assertThat(entries(tmp)).containsExactlyInAnyOrder("tiny.yaml", "grid.yaml", "solved", "simulated");
    }

    @Test
    void forceReplacesTheWholeContent() throws IOException {
        String cfg = TinyConfig.write(tmp).toString();
        Path dir = tmp.resolve("run");
        assertThat(CliRun.of("solve", cfg, "--set", "dmft.mode=stationary", "--set", "stationary.starts=4",
                "--set", "stationary.maxLag=20", "--out", dir.toString()).code()).isZero();
        assertThat(dir.resolve("delta.csv")).exists();
        refused(CliRun.of("solve", cfg, "--out", dir.toString()), "of a different configuration");
        assertThat(CliRun.of("solve", cfg, "--out", dir.toString(), "--force").code()).isZero();
        assertThat(entries(dir)).containsExactlyInAnyOrder("summary.json", "currents.csv", "result.h5");
    }

    @Test
    void twoRunsIntoOneDirectoryLeaveOneResultAndOneRefusal() throws Exception {
        String a = TinyConfig.write(tmp).toString();
        String b = Files.writeString(tmp.resolve("other.yaml"), TinyConfig.YAML.replace("name: tiny", "name: other")
                .replace("steps: 200", "steps: 400")).toString();
        Path dir = tmp.resolve("shared");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<CliRun>> runs = List.of(() -> CliRun.of("solve", a, "--out", dir.toString()),
                    () -> CliRun.of("solve", b, "--out", dir.toString()));
            List<CliRun> results = new ArrayList<>();
            for (Future<CliRun> f : pool.invokeAll(runs)) {
                results.add(f.get());
            }
            assertThat(results).extracting(CliRun::code).containsExactlyInAnyOrder(0, 2);
            CliRun loser = results.stream().filter(r -> r.code() == 2).findFirst().orElseThrow();
            assertThat(loser.errLines()).hasSize(1);
            assertThat(loser.err()).containsAnyOf("is being written by another mrdmft run",
                    "results of a different configuration");
            CliRun winner = results.stream().filter(r -> r.code() == 0).findFirst().orElseThrow();
            String name = results.get(0) == winner ? "tiny" : "other";
            assertThat(Files.readString(dir.resolve("summary.json"))).contains("\"name\" : \"" + name + "\"");
        } finally {
            pool.shutdownNow();
        }
        assertThat(entries(tmp)).containsExactlyInAnyOrder("tiny.yaml", "other.yaml", "shared");
    }

    @Test
    void twoProcessesIntoOneDirectoryLeaveOneResultAndOneRefusal() throws Exception {
        String a = Files.writeString(tmp.resolve("a.yaml"), TinyConfig.YAML.replace("steps: 200", "steps: 2000"))
                .toString();
        String b = Files.writeString(tmp.resolve("b.yaml"), TinyConfig.YAML.replace("name: tiny", "name: other")
                .replace("steps: 200", "steps: 2000")).toString();
        Path dir = tmp.resolve("shared");
        Process first = mrdmft(tmp, "solve", a, "--out", dir.toString()).start();
        Process second = mrdmft(tmp, "solve", b, "--out", dir.toString()).start();
        String err1 = new String(first.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String err2 = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(first.waitFor(120, TimeUnit.SECONDS) && second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(List.of(first.exitValue(), second.exitValue())).as(err1 + err2).containsExactlyInAnyOrder(0, 2);
        String refusal = first.exitValue() == 2 ? err1 : err2;
        assertThat(refusal.strip().lines()).hasSize(1);
        assertThat(refusal).containsAnyOf("is being written by another mrdmft run (pid ",
                "results of a different configuration");
        String name = first.exitValue() == 0 ? "tiny" : "other";
        assertThat(Files.readString(dir.resolve("summary.json"))).contains("\"name\" : \"" + name + "\"");
        assertThat(entries(tmp)).containsExactlyInAnyOrder("a.yaml", "b.yaml", "shared");
    }

    /** This mrdmft (test class path) in another process, started in {@code workDir}. */
    private static ProcessBuilder mrdmft(Path workDir, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", MrdmftCommand.absoluteClassPath(System.getProperty("java.class.path")), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(workDir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    @Test
    void aRunStartedInAnotherGitRepositoryRecordsMrdmftsOwnCommit() throws Exception {
        String mrdmft = git(Path.of("").toAbsolutePath(), "rev-parse", "HEAD");
        assumeTrue(mrdmft != null, "needs git and a git checkout of mrdmft");
        Path other = Files.createDirectories(tmp.resolve("other-repo"));
        assumeTrue(git(other, "init", "-q") != null);
        assumeTrue(git(other, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty",
                "-m", "unrelated") != null);
        String otherHead = git(other, "rev-parse", "HEAD");
        String cfg = TinyConfig.write(tmp).toString();
        ProcessBuilder pb = mrdmft(other, "solve", cfg, "--out", tmp.resolve("run").toString());
        pb.environment().put("MRDMFT_HOME", other.toString());
        Process p = pb.start();
        String log = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        String summary = Files.readString(tmp.resolve("run").resolve("summary.json"));
        assertThat(summary).contains("\"gitCommit\" : \"" + mrdmft).doesNotContain(otherHead);
    }

    /** Output of a git command in {@code dir}, or null when git is missing or fails. */
    private static String git(Path dir, String... args) throws InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (InputStream in = p.getInputStream()) {
                String out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
                return p.waitFor() == 0 ? out : null;
            }
        } catch (IOException e) {
            return null;
        }
    }
}
