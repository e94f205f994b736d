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
        assertThat(spawned).contains(" --key ").contains(" --after ").contains(" --warm-up " + root.resolve("examples"));
        String key = spawned.substring(spawned.indexOf(" --key ") + 7, spawned.indexOf(" --after "));
        assertThat(key).contains("java").contains("-XX:LoopUnrollLimit=400").endsWith("-Xmx64m");

        Thread server = startServer(key);

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

        // switched off: the launcher's own JVM, although a server runs
        assertThat(run(Map.of("MRDMFT_SERVER", "0"), "solve", "tiny.yaml").stdout).isEqualTo("probe solve tiny.yaml\n");
        // other commands are never sent
        assertThat(run(Map.of(), "simulate", "tiny.yaml").stdout).isEqualTo("probe simulate tiny.yaml\n");
        assertThat(server.isAlive()).isTrue();
    }

    @Test
    void aCallerThatGoesAwayStopsItsSolveAndLeavesNothing() throws Exception {
        Run first = run(Map.of(), "solve", "tiny.yaml");
        String spawned = awaitProbeLine("probe server start");
        String key = spawned.substring(spawned.indexOf(" --key ") + 7, spawned.indexOf(" --after "));
        assertThat(first.exit).isZero();
        startServer(key);

        Process caller = start(Map.of(), "solve", "tiny.yaml", "--set", "dmft.steps=100000", "--out", "long");
        Thread.sleep(2000);
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
    }

    @Test
    void aServerOfOtherOptionsOrAnOlderJarEndsAndTheLauncherRunsTheCommandItself() throws Exception {
        run(Map.of(), "solve", "tiny.yaml");
        String spawned = awaitProbeLine("probe server start");
        String key = spawned.substring(spawned.indexOf(" --key ") + 7, spawned.indexOf(" --after "));

        Thread server = startServer(key);
        Run other = run(Map.of("MRDMFT_JAVA_OPTS", "-Xmx65m"), "solve", "tiny.yaml");
        assertThat(other.stdout).isEqualTo("probe solve tiny.yaml\n");
        server.join(10_000);
        assertThat(server.isAlive()).as("a server asked by other JVM options ends").isFalse();
        assertThat(ServerFile.beside(jar)).doesNotExist();

        Thread second = startServer(key);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        Run rebuilt = run(Map.of(), "solve", "tiny.yaml");
        assertThat(rebuilt.stdout).isEqualTo("probe solve tiny.yaml\n");
        second.join(10_000);
        assertThat(second.isAlive()).as("a server of an older jar ends").isFalse();
    }

    private static String withoutRuntime(String summary) {
        return summary.replaceAll("(?m)^runtime: .*$", "runtime:");
    }

    private Thread startServer(String key) throws Exception {
        Path file = ServerFile.beside(jar);
        Files.deleteIfExists(file);
        SolveServer server = new SolveServer(new SolveServer.Settings(file, jar, key, Duration.ofMinutes(2)));
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
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (Files.exists(probeLog)) {
                for (String line : Files.readAllLines(probeLog)) {
                    if (line.startsWith(prefix)) {
                        return line;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the launcher started no '" + prefix + "'");
    }

    private record Run(int exit, String stdout, String stderr) {
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("bash", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile());
        Map<String, String> e = new HashMap<>(Map.of("MRDMFT_CDS", "0", "MRDMFT_JAVA_OPTS", "-Xmx64m",
                "MRDMFT_PROBE_LOG", probeLog.toString()));
        e.putAll(env);
        pb.environment().remove("MRDMFT_SERVER");
        pb.environment().remove("MRDMFT_DEBUG");
        pb.environment().putAll(e);
        return pb.redirectOutput(root.resolve("stdout").toFile()).redirectError(root.resolve("stderr").toFile())
                .start();
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Process p = start(env, args);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(root.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(root.resolve("stderr"), StandardCharsets.UTF_8));
    }
}
