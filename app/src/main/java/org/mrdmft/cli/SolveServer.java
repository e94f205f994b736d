package org.mrdmft.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A resident JVM that runs {@code mrdmft solve} command lines for the {@code ./mrdmft} launcher, so that a solve
 * costs the solve and its files, not the JVM's start-up, class loading and compilation, which are most of a
 * small solve's time in a fresh process (docs/PERFORMANCE.md, "The resident server"). The launcher starts it in
 * the background after a solve it ran itself and sends it the next ones over loopback TCP ({@link ServerRequest});
 * the command writes straight to the caller's standard output and error ({@link CallerStreams}), relative paths
 * are resolved in the caller's working directory, and the exit code goes back to the launcher. A command is the
 * same code on the same inputs as in its own process, with the same output, files and exit code.
 *
 * <p>One command at a time: while one runs, another request is declined and its launcher runs the command itself.
 * The server ends when it has been idle for {@link Settings#idle()}, when its jar changes (a rebuild) or is gone,
 * when its thread is interrupted, or on {@code mrdmft server stop}; it waits for a running command first.
 * Requests must present the token of the server file, which only the owner can read, and the JVM key the server
 * was started with. A caller that goes away (Ctrl-C, a killed job) has its streams closed and its command
 * interrupted: a transient solve stops at its next progress report, any solve before it writes a file
 * ({@link CancelledRun}).
 */
final class SolveServer {
    /**
     * What a server is started with.
     *
     * @param file the server file the launcher reads ({@link ServerFile})
     * @param jar the jar this server runs from
     * @param stamp the jar as it was when the server's JVM started: any change ends the server
     * @param key the JVM key of the launcher that started it: requests with another key are declined
     * @param idle how long without requests before the server ends
     */
    record Settings(Path file, Path jar, JarStamp stamp, String key, Duration idle) {
    }

    /** A jar's size and modification time. */
    record JarStamp(long size, FileTime modified) {
        /** The stamp of {@code jar} now. */
        static JarStamp of(Path jar) throws IOException {
            BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
            return new JarStamp(a.size(), a.lastModifiedTime());
        }
    }

    /** How often the accept loop looks at the jar and the idle time. */
    static final int CHECK_MILLIS = 2000;
    /** How long a connection may take to send its request (the launcher waits 10 s for the answer). */
    static final int REQUEST_MILLIS = 3000;
    /** How long the caller's standard output and error may take to open. */
    static final Duration OPEN_WAIT = Duration.ofSeconds(2);
    /** Above this much committed heap, one full collection per idle period gives memory back to the system. */
    static final long KEEP_HEAP_BYTES = 512L << 20;

    private final Settings settings;
    private final String token;
    private volatile boolean busy;
    private volatile boolean ending;
    private volatile Thread worker;
    private volatile long lastActivity = System.nanoTime();
    private boolean collected = true;

    SolveServer(Settings settings) {
        this.settings = settings;
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        this.token = HexFormat.of().formatHex(secret);
    }

    /** Listens on a new loopback port, publishes it in the server file and serves until the server ends. */
    void serve() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            serve(socket);
        }
    }

    /** Serves on {@code socket} until idle, stopped, stale or interrupted. */
    void serve(ServerSocket socket) throws IOException {
        ServerFile published = new ServerFile(socket.getLocalPort(), token, ProcessHandle.current().pid(),
                ServerFile.thisHost());
        published.write(settings.file());
        try {
            socket.setSoTimeout(CHECK_MILLIS);
            boolean more = true;
            while (more) {
                try {
                    more = handle(socket.accept());
                } catch (SocketTimeoutException e) {
                    more = !ending && !stale() && !Thread.currentThread().isInterrupted()
                            && (busy || System.nanoTime() - lastActivity < settings.idle().toNanos());
                    if (more && !busy && !collected) {
                        collected = true;
                        if (Runtime.getRuntime().totalMemory() > KEEP_HEAP_BYTES) {
                            System.gc(); // idle: a large heap goes back to the system while the server waits
                        }
                    }
                }
            }
        } finally {
            published.deleteIfOurs(settings.file());
            Thread last = worker;
            while (last != null && last.isAlive()) {
                try {
                    last.join(); // its caller gets its exit code before this JVM ends
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
    }

    private boolean stale() {
        try {
            return !JarStamp.of(settings.jar()).equals(settings.stamp());
        } catch (IOException e) {
            return true;
        }
    }

    /** Answers one connection; false when the server is to end. */
    private boolean handle(Socket connection) {
        boolean handedOver = false;
        try {
            connection.setSoTimeout(REQUEST_MILLIS);
            ServerRequest request;
            try {
                request = ServerRequest.read(connection.getInputStream());
            } catch (IOException e) {
                return true; // not a request (or too slow): closed below without an answer
            }
            if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                    request.token().getBytes(StandardCharsets.UTF_8))) {
                answer(connection, "no token");
                return true;
            }
            if (ServerRequest.STOP.equals(request.verb())) {
                answer(connection, "ok");
                return false;
            }
            if (!ServerRequest.RUN.equals(request.verb())) {
                answer(connection, "no verb");
                return true;
            }
            if (stale() || ending) {
                answer(connection, "no stale");
                return false;
            }
            if (!settings.key().equals(request.key())) {
                answer(connection, "no options");
                return true;
            }
            if (busy) {
                answer(connection, "no busy");
                return true;
            }
            Path cwd;
            try {
                cwd = Path.of("/proc", Long.toString(request.pid()), "cwd").toRealPath();
            } catch (IOException e) {
                answer(connection, "no cwd");
                return true;
            }
            String named = ownDescriptorPath(request.args(), cwd);
            if (named != null) {
                log(request, "declined: " + named + " names the caller's own descriptors or a device");
                answer(connection, "no args");
                return true;
            }
            CallerStreams streams;
            try {
                streams = CallerStreams.open(request.pid(), request.outFd(), request.errFd(), request.interactive(),
                        OPEN_WAIT);
            } catch (IOException e) {
                log(request, "declined: " + e.getMessage());
                answer(connection, "no streams");
                return true;
            }
            try {
                connection.setSoTimeout(0);
                answer(connection, "ok");
            } catch (IOException e) {
                streams.close();
                throw e;
            }
            busy = true;
            collected = false;
            lastActivity = System.nanoTime(); // declined requests do not keep the server up
            Thread w = new Thread(() -> run(request, cwd, streams, connection), "mrdmft-served");
            worker = w;
            w.start();
            handedOver = true;
            return true;
        } catch (IOException | RuntimeException e) {
            return true; // the caller went away before the answer, or the request could not be taken: its launcher
                         // runs the command itself
        } finally {
            if (!handedOver) {
                closeQuietly(connection);
            }
        }
    }

    /** Runs a command for its caller and sends back the exit code; stops it if the caller goes away first. */
    private void run(ServerRequest request, Path cwd, CallerStreams streams, Socket connection) {
        Thread self = Thread.currentThread();
        AtomicBoolean over = new AtomicBoolean();
        Thread watcher = new Thread(() -> {
            try {
                InputStream in = connection.getInputStream();
                while (in.read() >= 0) {
                    // the launcher sends nothing more: only the end of the stream matters
                }
            } catch (IOException e) {
                // closed: by the caller going away, or by this server after answering
            }
            if (over.compareAndSet(false, true)) {
                streams.detach();
                self.interrupt();
            }
        }, "mrdmft-caller");
        watcher.setDaemon(true);
        watcher.start();
        int code = ErrorReporter.INTERNAL_ERROR;
        try (streams) {
            try {
                code = Main.run(streams.console(), cwd, request.debug(), request.args().toArray(String[]::new));
            } catch (RuntimeException | Error e) {
                // what the command's own JVM would print as an uncaught exception, in one line; after an Error (out
                // of memory, say) this JVM is not to be trusted with another command
                ending = ending || e instanceof Error;
                streams.console().err().println("mrdmft: error: internal error: " + e
                        + (e instanceof Error ? " (the resident server ends; MRDMFT_SERVER=0 runs the solve in its own "
                        + "JVM)" : ""));
                log(request, "failed: " + e);
            }
        }
        boolean cancelled = !over.compareAndSet(false, true);
        Thread.interrupted(); // an interrupt that came after the command ended
        log(request, (cancelled ? "gone" : "exit " + code) + ": " + String.join(" ", request.args()));
        lastActivity = System.nanoTime();
        busy = false; // before the answer: the caller's next command must not find the server busy
        try {
            answer(connection, "exit " + code);
        } catch (IOException e) {
            // the caller has gone; nothing to tell
        }
        closeQuietly(connection);
    }

    /**
     * The first argument (or value after '=') that, resolved in the caller's directory, is under /dev (but /dev/shm) or
     * /proc (directly or through symbolic links): /dev/stdin, /dev/fd/N, /proc/self/... name the caller's own
     * descriptors in its own JVM and the server's here; null when there is none.
     */
    static String ownDescriptorPath(java.util.List<String> args, Path cwd) {
        for (String arg : args) {
            for (String candidate : new String[] {arg, arg.substring(arg.indexOf('=') + 1)}) {
                if (candidate.isEmpty()) {
                    continue;
                }
                try {
                    if (special(cwd.resolve(candidate).normalize())) {
                        return arg;
                    }
                } catch (java.nio.file.InvalidPathException | SecurityException e) {
                    // not a path: the command reports what is wrong with it
                }
            }
        }
        return null;
    }

    /** Whether {@code p}, or what it leads to through symbolic links, is under /proc or /dev (but /dev/shm). */
    private static boolean special(Path p) {
        if (under(p)) {
            return true;
        }
        try {
            return Files.exists(p) && under(p.toRealPath());
        } catch (IOException e) {
            // a link whose end cannot be resolved here (/dev/stdin to a pipe of /proc): follow it step by step
            Path q = p;
            for (int hop = 0; hop < 40; hop++) {
                try {
                    if (!Files.isSymbolicLink(q)) {
                        return false;
                    }
                    q = q.resolveSibling(Files.readSymbolicLink(q)).normalize();
                } catch (IOException again) {
                    return false;
                }
                if (under(q)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean under(Path p) {
        return p.startsWith("/proc") || p.startsWith("/dev") && !p.startsWith("/dev/shm");
    }

    /**
     * A line of the server's log (its stderr, which the launcher sends to app/target/mrdmft-server.log): one per
     * command and per declined request, with the time and the caller's pid.
     */
    private static void log(ServerRequest request, String what) {
        System.err.println(Instant.now() + " pid " + request.pid() + " " + what);
    }

    private static void answer(Socket connection, String line) throws IOException {
        OutputStream out = connection.getOutputStream();
        out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
