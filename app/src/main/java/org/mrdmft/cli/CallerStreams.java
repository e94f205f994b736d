package org.mrdmft.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The standard output and error of the launcher a {@link SolveServer} runs a command for, opened through {@code
 * /proc/PID/fd/N} (N: the launcher's copies of its descriptors 1 and 2): the same terminal, pipe or file, so the
 * command's output goes where it would have gone from its own process, in order, with no relay. Refused (the launcher
 * then runs the command itself): sockets, which cannot be opened this way; a regular file not opened for appending
 * ({@code >}, not {@code >>}), since the caller's own position in it would not move past what the server wrote and its
 * next write would overwrite it; anything that does not open within a moment (a named pipe without a reader: the thread
 * left blocked in open(2) holds nothing, and ends when a reader comes). Once {@link #detach() detached} (the caller has
 * gone) both are closed and everything written is dropped, so nothing appears on a terminal after its prompt has come
 * back and no pipe is held open.
 */
final class CallerStreams implements AutoCloseable {
    /** Linux's O_APPEND in the flags of /proc/PID/fdinfo/N (octal there). */
    private static final int O_APPEND = 02000;

    private final Switchable out;
    private final Switchable err;
    private final Console console;

    private CallerStreams(FileOutputStream out, FileOutputStream err, boolean interactive) {
        this.out = new Switchable(out);
        this.err = new Switchable(err);
        // the JVM's default charset, as System.out's in the command's own JVM (the server has the caller's locale)
        Charset charset = Charset.defaultCharset();
        this.console = new Console(new PrintStream(new BufferedOutputStream(this.out, 1 << 14), true, charset),
                new PrintStream(this.err, true, charset), interactive);
    }

    /**
     * Opens what descriptors {@code outFd} and {@code errFd} of process {@code pid} hold, as the command's standard
     * output and error; IOException, saying why, when either is refused or does not open within {@code wait}.
     */
    static CallerStreams open(long pid, int outFd, int errFd, boolean interactive, Duration wait) throws IOException {
        Path out = shareable(pid, outFd);
        Path err = shareable(pid, errFd);
        CompletableFuture<FileOutputStream[]> opened = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            FileOutputStream o = null;
            try {
                o = new FileOutputStream(out.toFile(), true);
                FileOutputStream e = new FileOutputStream(err.toFile(), true);
                if (!opened.complete(new FileOutputStream[] {o, e})) {
                    closeQuietly(o); // opened too late: the launcher runs the command itself
                    closeQuietly(e);
                }
            } catch (IOException | RuntimeException ex) {
                closeQuietly(o);
                opened.completeExceptionally(ex);
            }
        }, "mrdmft-caller-open");
        opener.setDaemon(true); // one blocked in open(2) for ever holds nothing of the server's
        opener.start();
        try {
            FileOutputStream[] both = opened.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return new CallerStreams(both[0], both[1], interactive);
        } catch (TimeoutException e) {
            if (opened.completeExceptionally(e)) {
                throw new IOException("the caller's stdout or stderr did not open within " + wait.toMillis()
                        + " ms (a named pipe without a reader?)", e);
            }
            try {
                FileOutputStream[] both = opened.join(); // opened (or failed) at the last moment
                return new CallerStreams(both[0], both[1], interactive);
            } catch (java.util.concurrent.CompletionException late) {
                throw late.getCause() instanceof IOException io ? io : new IOException(late.getCause());
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Descriptor {@code fd} of {@code pid} as a path the server may open and write to, or why not. */
    private static Path shareable(long pid, int fd) throws IOException {
        Path link = Path.of("/proc", Long.toString(pid), "fd", Integer.toString(fd));
        String target = Files.readSymbolicLink(link).toString();
        if (target.startsWith("socket:") || target.startsWith("anon_inode:")) {
            throw new IOException("descriptor " + fd + " is " + target + ", which cannot be opened by another process");
        }
        if (Files.isRegularFile(link) && !appending(pid, fd)) {
            throw new IOException("descriptor " + fd + " is a file not opened for appending (>)");
        }
        return link;
    }

    private static boolean appending(long pid, int fd) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "fdinfo", Integer.toString(fd)))) {
            if (line.startsWith("flags:")) {
                try {
                    return (Integer.parseInt(line.substring("flags:".length()).strip(), 8) & O_APPEND) != 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }

    /** The console the command writes to. */
    Console console() {
        return console;
    }

    /** Closes both streams and drops everything written from now on (the caller has gone). */
    void detach() {
        out.detach();
        err.detach();
    }

    /** Flushes what the command wrote and closes both streams. */
    @Override
    public void close() {
        console.out().flush();
        console.err().flush();
        out.detach();
        err.detach();
    }

    private static void closeQuietly(OutputStream s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // the caller's stream is gone: nothing left to tell it
            }
        }
    }

    /** A stream that passes writes on until detached, and then closes its target and drops them. */
    private static final class Switchable extends OutputStream {
        private final FileOutputStream target;
        private volatile boolean detached;

        Switchable(FileOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            if (!detached) {
                target.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (!detached) {
                target.write(b, off, len);
            }
        }

        void detach() {
            detached = true;
            closeQuietly(target);
        }
    }
}
