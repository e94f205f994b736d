package org.mrdmft.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mrdmft server status|stop}: the resident {@link SolveServer}s that the launcher starts after a solve and sends
 * later solves to (one per JVM key: java, its options, the umask, the locale and the control group). {@code start} is
 * the launcher's: it runs a server in the foreground of a background process (a lock beside its server file keeps a
 * second one for the same key from starting).
 */
@Command(name = "server", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"The resident server that runs solve commands without a JVM start-up each "
            + "(docs/PERFORMANCE.md, \"The resident server\"; MRDMFT_SERVER=0 turns it off).",
            "status: the servers running for this jar; stop: stop them. The launcher starts them (start)."})
final class ServerCommand implements Callable<Integer> {
    /** How long a new server waits for an ending one to release the lock. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(10);
    /** Solves of the warm-up config before the first request. */
    static final int WARM_UP_ROUNDS = 30;
    /** Steps of each warm-up solve. */
    static final int WARM_UP_STEPS = 1000;

    @ParentCommand
    private Main main;

    @Parameters(index = "0", paramLabel = "ACTION", description = "status or stop (start: the launcher's).")
    private String action;

    @Option(names = "--key", hidden = true, description = "the JVM key, as the launcher computes it")
    private String key;

    @Option(names = "--file", hidden = true, description = "the server file, as the launcher names it")
    private Path file;

    @Option(names = "--after", hidden = true, description = "a process to wait for before warming up")
    private long after;

    @Option(names = "--warm-up", hidden = true, description = "a config to solve before the first request")
    private Path warmUp;

    @Option(names = "--idle-minutes", paramLabel = "M", defaultValue = "10",
            description = "start: end after M minutes without a request (default: ${DEFAULT-VALUE}).")
    private int idleMinutes;

    @Override
    public Integer call() throws Exception {
        Path jar = MrdmftCommand.codeSource();
        if (jar == null || !Files.isRegularFile(jar)) {
            throw new UserInputException("server: runs only from the launcher's jar (./mrdmft)");
        }
        // first: the jar this JVM loads its classes from; a rebuild from now on ends the server
        SolveServer.JarStamp stamp = SolveServer.JarStamp.of(jar);
        Console console = main.console();
        switch (action) {
            case "status" -> {
                List<ServerFile> running = running(jar.getParent());
                if (running.isEmpty()) {
                    console.out().println("not running (" + jar.getParent() + ")");
                }
                for (ServerFile s : running) {
                    console.out().println("running: pid " + s.pid() + ", port " + s.port());
                }
                return 0;
            }
            case "stop" -> {
                List<ServerFile> running = running(jar.getParent());
                if (running.isEmpty()) {
                    console.out().println("not running");
                }
                for (ServerFile s : running) {
                    try {
                        stop(s);
                        console.out().println("stopped (pid " + s.pid() + ")");
                    } catch (IOException e) {
                        console.note("server pid " + s.pid() + " did not answer (" + e.getMessage() + ")");
                    }
                }
                return 0;
            }
            case "start" -> {
                if (key == null || file == null || idleMinutes < 1) {
                    throw new UserInputException("server start: needs --key, --file and --idle-minutes >= 1; "
                            + "the launcher starts the server itself");
                }
                return start(new SolveServer.Settings(file, jar, stamp, key, Duration.ofMinutes(idleMinutes)));
            }
            default -> throw new UserInputException("server: ACTION is status or stop, not '" + action + "'");
        }
    }

    private int start(SolveServer.Settings settings) throws IOException, InterruptedException {
        if (after > 0 && !waitFor(after, settings.idle())) {
            return 0; // the launcher's own solve runs on: nobody to serve soon
        }
        Path lockFile = settings.file().resolveSibling(settings.file().getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = null;
            long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
            while (lock == null && System.nanoTime() < deadline) {
                lock = channel.tryLock();
                if (lock == null) {
                    Thread.sleep(100);
                }
            }
            if (lock == null) {
                return 0; // another server runs for this jar and key
            }
            if (warmUp != null && Files.isRegularFile(warmUp)) {
                new ServerWarmUp(warmUp, WARM_UP_ROUNDS, WARM_UP_STEPS).run();
            }
            new SolveServer(settings).serve();
            return 0;
        }
    }

    /**
     * Waits for process {@code pid} to end (the launcher's own solve, so that the warm-up does not compete with
     * it for the cores), at most {@code limit}; false when it still runs.
     */
    private static boolean waitFor(long pid, Duration limit) throws InterruptedException {
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty()) {
            return true;
        }
        try {
            p.get().onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** The servers of this jar that run on this machine. */
    private static List<ServerFile> running(Path dir) throws IOException {
        String host = ServerFile.thisHost();
        return ServerFile.in(dir).stream().map(ServerFile::read).flatMap(Optional::stream)
                .filter(s -> s.host().equals(host) && ProcessHandle.of(s.pid()).map(ProcessHandle::isAlive)
                        .orElse(false))
                .toList();
    }

    /** Asks a server to stop and waits up to ten seconds for its process to end (after its running command). */
    private static void stop(ServerFile server) throws IOException, InterruptedException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 2000);
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write((ServerRequest.PROTOCOL + "\0" + server.token() + "\0" + ServerRequest.STOP + "\0")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            s.getInputStream().readAllBytes();
        }
        waitFor(server.pid(), Duration.ofSeconds(10));
    }
}
