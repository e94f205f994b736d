package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's resident server, end to end: the real {@code ./mrdmft} (a copy, in a scratch tree whose jar is the
 * stand-in {@link LauncherProbe}) talks to a {@link SolveServer} running in this JVM, which runs the real solve
 * command. A command the server runs prints what it would print in its own process, writes relative paths in the
 * caller's directory and returns its exit code; anything the server cannot take runs in the launcher's own JVM
 * (the probe answers); a caller that goes away leaves nothing behind.
 */
class LauncherServerTest {
    private static final Path LAUNCHER = Path.of("..", "mrdmft").toAbsolutePath().normalize();

    @TempDir
    Path root;

    private Path launcher;
    private Path jar;
    private Path work;
    private Path probeLog;
    private final List<Thread> servers = new ArrayList<>();

    @BeforeEach
    void scratchTree() throws IOException {
        launcher = Files.copy(LAUNCHER, root.resolve("mrdmft"));
        Files.createDirectories(root.resolve("examples"));
        Files.writeString(root.resolve("examples/two-region-routing.yaml"), "name: stand-in\n");
        jar = root.resolve("app/target/mrdmft.jar");
        LauncherTest.writeJar(jar, "one");
        work = Files.createDirectories(root.resolve("work"));
        TinyConfig.write(work);
        probeLog = root.resolve("probe.log");
    }

    @AfterEach
    void stopServers() throws InterruptedException {
        for (Thread t : servers) {
            t.interrupt();
            t.join(10_000);
        }
    }

    @Test
    void solvesAreServedWithTheCallersStreamsDirectoryAndExitCode() throws Exception {
        // no server yet: the launcher's own JVM runs the command, then a server is started in the background
        Run first = run(Map.of(), "solve", "tiny.yaml");
        assertThat(first.stdout).isEqualTo("probe solve tiny.yaml\n");
        String spawned = awaitProbeLine("probe server start");
        assertThat(spawned).contains(" --key ").contains(" --file ").contains(" --after ")
                .contains(" --warm-up " + root.resolve("examples"));
        assertThat(key(spawned)).contains("java").contains("-XX:LoopUnrollLimit=400").contains("-Xmx64m")
                .contains(" umask=0");
        assertThat(serverFile(spawned).getParent()).isEqualTo(jar.getParent());

        Thread server = startServer(spawned);

        Run served = run(Map.of(), "solve", "tiny.yaml", "--out", "rel");
        assertThat(served.exit).as(served.stderr).isZero();
        assertThat(served.stdout).startsWith("tiny: 2 regions").contains("output:          " + work.resolve("rel"));
        assertThat(work.resolve("rel/summary.json")).isRegularFile();
        assertThat(work.resolve("rel/result.h5")).isRegularFile();

        // the default directory is the caller's ./out/<name>
        assertThat(run(Map.of(), "solve", "tiny.yaml").exit).isZero();
        assertThat(work.resolve("out/tiny/currents.csv")).isRegularFile();

        // the same text as the command in its own JVM (Main, this test's class path), apart from the runtime
        CliRun own = CliRun.of("solve", work.resolve("tiny.yaml").toString(), "--out", work.resolve("own").toString());
        assertThat(withoutRuntime(served.stdout).replace(work.resolve("rel").toString(), "DIR"))
                .isEqualTo(withoutRuntime(own.out()).replace(work.resolve("own").toString(), "DIR"));
        assertThat(Files.readString(work.resolve("rel/currents.csv")))
                .isEqualTo(Files.readString(work.resolve("own/currents.csv")));

        // a user error: one line on stderr, exit 2, nothing on stdout
        Run missing = run(Map.of(), "solve", "missing.yaml");
        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.stdout).isEmpty();
        assertThat(missing.stderr).startsWith("mrdmft: error: ").contains("missing.yaml: config file not found")
                .hasLineCount(1);

        // an empty --out is refused as in the command's own JVM, not resolved to the caller's directory
        Run empty = run(Map.of(), "solve", "tiny.yaml", "--out", "");
        assertThat(empty.exit).isEqualTo(2);
        assertThat(empty.stderr).startsWith("mrdmft: error: --out");

        // switched off: the launcher's own JVM, although a server runs
        assertThat(run(Map.of("MRDMFT_SERVER", "0"), "solve", "tiny.yaml").stdout).isEqualTo("probe solve tiny.yaml\n");
        // other commands are never sent, nor solves in a Slurm job or with JVM options beyond heap sizes
        assertThat(run(Map.of(), "simulate", "tiny.yaml").stdout).isEqualTo("probe simulate tiny.yaml\n");
        assertThat(run(Map.of("SLURM_JOB_ID", "7"), "solve", "tiny.yaml").stdout).isEqualTo("probe solve tiny.yaml\n");
        assertThat(run(Map.of("MRDMFT_JAVA_OPTS", "-Xmx64m -XX:+UseSerialGC"), "solve", "tiny.yaml").stdout)
                .isEqualTo("probe solve tiny.yaml\n");
        assertThat(run(Map.of("JAVA_TOOL_OPTIONS", "-Dx=1"), "solve", "tiny.yaml").stdout)
                .isEqualTo("probe solve tiny.yaml\n");
        // a closed stdout: the launcher's own JVM (which fails to print, as it would)
        int ownRuns = probeLines("probe solve");
        ProcessBuilder closing = new ProcessBuilder("bash", "-c", "exec >&-; exec bash \"$0\" solve tiny.yaml",
                launcher.toString()).directory(work.toFile()).redirectErrorStream(true);
        closing.environment().putAll(Map.of("MRDMFT_CDS", "0", "MRDMFT_JAVA_OPTS", "-Xmx64m",
                "MRDMFT_PROBE_LOG", probeLog.toString()));
        Process closed = closing.start();
        closed.getInputStream().readAllBytes();
        assertThat(closed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(probeLines("probe solve")).isEqualTo(ownRuns + 1);
        assertThat(server.isAlive()).isTrue();
    }

    @Test
    void aCallerThatGoesAwayStopsItsSolveAndLeavesNothing() throws Exception {
        Run first = run(Map.of(), "solve", "tiny.yaml");
        assertThat(first.exit).isZero();
        startServer(awaitProbeLine("probe server start"));

        Process caller = start(Map.of(), ProcessBuilder.Redirect.appendTo(root.resolve("long.out").toFile()),
                "solve", "tiny.yaml", "--set", "dmft.steps=100000", "--out", "long");
        awaitClaim("long");
        assertThat(caller.isAlive()).as("a 100,000-step solve is still running").isTrue();
        caller.destroy(); // SIGTERM to the launcher, as a killed job or a closed terminal
        assertThat(caller.waitFor(10, TimeUnit.SECONDS)).isTrue();

        // the server stops the solve and takes the next command (not the launcher's own JVM: not the probe)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Run next;
        do {
            Thread.sleep(200);
            next = run(Map.of(), "solve", "tiny.yaml", "--out", "next");
        } while (next.stdout.startsWith("probe") && System.nanoTime() < deadline);
        assertThat(next.stdout).startsWith("tiny: 2 regions");
        try (Stream<Path> entries = Files.list(work)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("tiny.yaml", "next");
        }
        assertThat(Files.readString(root.resolve("long.out"))).isEmpty();
    }

    @Test
    void whatCannotBeHandedOverRunsInTheLaunchersOwnJvm() throws Exception {
        run(Map.of(), "solve", "tiny.yaml");
        String spawned = awaitProbeLine("probe server start");
        Thread server = startServer(spawned);
        int starts = probeLines("probe server start");

        // stdout a file opened with > (not >>): the caller's position would not move past the server's writes
        Process truncating = start(Map.of(), ProcessBuilder.Redirect.to(root.resolve("stdout").toFile()),
                "solve", "tiny.yaml");
        assertThat(truncating.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(root.resolve("stdout"))).isEqualTo("probe solve tiny.yaml\n");
        // a path naming the caller's own descriptors
        assertThat(run(Map.of(), "solve", "/dev/stdin").stdout).isEqualTo("probe solve /dev/stdin\n");
        // other JVM options, umask or locale: another key, so another server (started after the own-JVM run)
        assertThat(run(Map.of("MRDMFT_JAVA_OPTS", "-Xmx65m"), "solve", "tiny.yaml").stdout)
                .isEqualTo("probe solve tiny.yaml\n");
        String other = awaitProbeLine("probe server start", starts + 1);
        assertThat(key(other)).contains("-Xmx65m");
        assertThat(serverFile(other)).isNotEqualTo(serverFile(spawned));
        // a busy server declines; the launcher then starts no other
        Process busy = start(Map.of(), ProcessBuilder.Redirect.appendTo(root.resolve("busy.out").toFile()),
                "solve", "tiny.yaml", "--set", "dmft.steps=100000", "--out", "long");
        awaitClaim("long");
        int before = probeLines("probe server start");
        assertThat(run(Map.of(), "solve", "tiny.yaml").stdout).isEqualTo("probe solve tiny.yaml\n");
        busy.destroy();
        assertThat(busy.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(probeLines("probe server start")).isEqualTo(before);
        assertThat(server.isAlive()).isTrue();

        // a rebuilt jar: the server ends, the launcher runs the command and starts a new one
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        assertThat(run(Map.of(), "solve", "tiny.yaml").stdout).isEqualTo("probe solve tiny.yaml\n");
        server.join(10_000);
        assertThat(server.isAlive()).as("a server of an older jar ends").isFalse();
        assertThat(serverFile(spawned)).doesNotExist();
    }

    @Test
    void relativePathsAreTheCallersPhysicalDirectoryAsInItsOwnJvm() throws Exception {
        run(Map.of(), "solve", "tiny.yaml");
        startServer(awaitProbeLine("probe server start"));
        // work/deep/real entered through root/elsewhere/link: '..' is work/deep in the caller's own JVM
        Path real = Files.createDirectories(work.resolve("deep/real"));
        TinyConfig.write(real);
        Path link = Files.createSymbolicLink(Files.createDirectories(root.resolve("elsewhere")).resolve("link"), real);
        // bash's $PWD is the logical directory (the link): the server must not use it
        Run served = run(Map.of("PWD", link.toString()), link, "solve", "tiny.yaml", "--out", "../res");
        assertThat(served.exit).as(served.stderr).isZero();
        assertThat(work.resolve("deep/res/summary.json")).isRegularFile();
        assertThat(root.resolve("elsewhere/res")).doesNotExist();
    }

    private static String withoutRuntime(String summary) {
        return summary.replaceAll("(?m)^runtime: .*$", "runtime:");
    }

    private static String key(String spawned) {
        return spawned.substring(spawned.indexOf(" --key ") + 7, spawned.indexOf(" --file "));
    }

    private static Path serverFile(String spawned) {
        return Path.of(spawned.substring(spawned.indexOf(" --file ") + 8, spawned.indexOf(" --after ")));
    }

    /** A server in this JVM for the key and file of a launcher's (stand-in) server start. */
    private Thread startServer(String spawned) throws Exception {
        Path file = serverFile(spawned);
        Files.deleteIfExists(file);
        SolveServer server = new SolveServer(new SolveServer.Settings(file, jar, SolveServer.JarStamp.of(jar),
                key(spawned), Duration.ofMinutes(2)));
        Thread t = new Thread(() -> {
            try {
                server.serve();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "test-server");
        t.setDaemon(true);
        t.start();
        servers.add(t);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(file).exists();
        return t;
    }

    private String awaitProbeLine(String prefix) throws Exception {
        return awaitProbeLine(prefix, 1);
    }

    /** The n-th line of the probe's log that starts with {@code prefix}, once it is there. */
    private String awaitProbeLine(String prefix, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (Files.exists(probeLog)) {
                List<String> lines = Files.readAllLines(probeLog).stream().filter(l -> l.startsWith(prefix)).toList();
                if (lines.size() >= n) {
                    return lines.get(n - 1);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the launcher started no '" + prefix + "' (" + n + ")");
    }

    private int probeLines(String prefix) throws IOException {
        return Files.exists(probeLog)
                ? (int) Files.readAllLines(probeLog).stream().filter(l -> l.startsWith(prefix)).count() : 0;
    }

    /** Waits until a served solve into work/NAME has claimed it (its lock or staging directory is there). */
    private void awaitClaim(String name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> entries = Files.list(work)) {
                if (entries.anyMatch(p -> p.getFileName().toString().startsWith("." + name + "."))) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no solve claimed " + name);
    }

    private record Run(int exit, String stdout, String stderr) {
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        return start(env, work, ProcessBuilder.Redirect.appendTo(root.resolve("stdout").toFile()), args);
    }

    private Process start(Map<String, String> env, ProcessBuilder.Redirect stdout, String... args) throws IOException {
        return start(env, work, stdout, args);
    }

    /** The launcher in {@code dir}, stdout to {@code stdout}, stderr appended to root/stderr (emptied first). */
    private Process start(Map<String, String> env, Path dir, ProcessBuilder.Redirect stdout, String... args)
            throws IOException {
        Files.deleteIfExists(root.resolve("stdout"));
        Files.deleteIfExists(root.resolve("stderr"));
        List<String> cmd = new ArrayList<>(List.of("bash", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> e = new HashMap<>(Map.of("MRDMFT_CDS", "0", "MRDMFT_JAVA_OPTS", "-Xmx64m",
                "MRDMFT_PROBE_LOG", probeLog.toString()));
        e.putAll(env);
        pb.environment().remove("MRDMFT_SERVER");
        pb.environment().remove("MRDMFT_DEBUG");
        pb.environment().remove("SLURM_JOB_ID");
        pb.environment().remove("PWD");
        pb.environment().putAll(e);
        return pb.redirectOutput(stdout)
                .redirectError(ProcessBuilder.Redirect.appendTo(root.resolve("stderr").toFile()))
                .redirectInput(work.resolve("tiny.yaml").toFile()).start();
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(env, work, args);
    }

    private Run run(Map<String, String> env, Path dir, String... args) throws IOException, InterruptedException {
        Process p = start(env, dir, ProcessBuilder.Redirect.appendTo(root.resolve("stdout").toFile()), args);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(root.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(root.resolve("stderr"), StandardCharsets.UTF_8));
    }
}
