package org.mrdmft.cli;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mrdmft server status|stop}: the resident {@link SolveServer} that the launcher starts after a solve and
 * sends later solves to. {@code start} is the launcher's: it runs the server in the foreground of a background
 * process, one per jar (a lock beside the server file keeps a second one from starting).
 */
@Command(name = "server", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"The resident server that runs solve commands without a JVM start-up each "
            + "(docs/PERFORMANCE.md, \"The resident server\"; MRDMFT_SERVER=0 turns it off).",
            "status: whether one runs for this jar; stop: stop it. The launcher starts it (start)."})
final class ServerCommand implements Callable<Integer> {
    /** What to do. */
    enum Action { status, stop, start }

    /** How long a new server waits for an ending one to release the lock. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(10);
    /** Solves of the warm-up config before the first request, and their steps. */
    static final int WARM_UP_ROUNDS = 12;
    static final int WARM_UP_STEPS = 1000;

    @ParentCommand
    private Main main;

    @Parameters(index = "0", paramLabel = "ACTION", description = "status, stop (or start: the launcher's).")
    private Action action;

    @Option(names = "--key", hidden = true, description = "java and its options, as the launcher starts them")
    private String key;

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
        Path file = ServerFile.beside(jar);
        Console console = main.console();
        switch (action) {
            case status -> {
                Optional<ServerFile> s = ServerFile.read(file).filter(f -> alive(f.pid()));
                console.out().println(s.map(f -> "running: pid " + f.pid() + ", port " + f.port() + " (" + file + ")")
                        .orElse("not running (" + file + ")"));
                return 0;
            }
            case stop -> {
                Optional<ServerFile> s = ServerFile.read(file).filter(f -> alive(f.pid()));
                if (s.isEmpty()) {
                    console.out().println("not running");
                    return 0;
                }
                stop(s.get());
                console.out().println("stopped (pid " + s.get().pid() + ")");
                return 0;
            }
            default -> {
                if (key == null || idleMinutes < 1) {
                    throw new UserInputException("server start: needs --key and --idle-minutes >= 1; "
                            + "the launcher starts the server itself");
                }
                return start(jar, file);
            }
        }
    }

    private int start(Path jar, Path file) throws IOException, InterruptedException {
        Duration idle = Duration.ofMinutes(idleMinutes);
        if (after > 0) {
            // the launcher's own solve runs meanwhile: the server's warm-up does not compete with it for the cores
            Optional<ProcessHandle> p = ProcessHandle.of(after);
            if (p.isPresent()) {
                try {
                    p.get().onExit().get(idle.toMillis(), TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    return 0;
                }
            }
        }
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
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
                return 0; // another server runs for this jar
            }
            if (warmUp != null && Files.isRegularFile(warmUp)) {
                SolveServer.warmUp(warmUp, WARM_UP_ROUNDS, WARM_UP_STEPS);
            }
            new SolveServer(new SolveServer.Settings(file, jar, key, idle)).serve();
            return 0;
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Asks the server to stop and waits up to ten seconds for its process to end. */
    private static void stop(ServerFile server) throws IOException, InterruptedException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 2000);
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write((ServerRequest.PROTOCOL + "\0" + server.token() + "\0" + ServerRequest.STOP + "\0")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            in.readAllBytes();
        }
        Optional<ProcessHandle> p = ProcessHandle.of(server.pid());
        if (p.isPresent()) {
            try {
                p.get().onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // still ending (a command it runs goes on to its end)
            }
        }
    }
}
