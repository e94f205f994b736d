package org.mrdmft.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The standard output and error of the launcher a {@link SolveServer} runs a command for, opened through
 * {@code /proc/PID/fd/N} (N: the launcher's copies of its descriptors 1 and 2): the same terminal, pipe or file (in append mode, so a redirected file
 * keeps what was written before), so the command's output goes where it would have gone from its own process,
 * in order, with no relay. Sockets cannot be opened this way: the server then declines and the launcher runs the
 * command itself. Once {@link #detach() detached} (the caller has gone), everything written is dropped, so
 * nothing appears on a terminal after its prompt has come back.
 */
final class CallerStreams implements AutoCloseable {
    private final Switchable out;
    private final Switchable err;
    private final Console console;

    private CallerStreams(FileOutputStream out, FileOutputStream err, boolean interactive) {
        this.out = new Switchable(out);
        this.err = new Switchable(err);
        this.console = new Console(new PrintStream(new BufferedOutputStream(this.out, 1 << 14), true,
                StandardCharsets.UTF_8), new PrintStream(this.err, true, StandardCharsets.UTF_8), interactive);
    }

    /**
     * Opens what descriptors {@code outFd} and {@code errFd} of process {@code pid} hold as the command's standard
     * output and error; IOException when either cannot be opened.
     */
    static CallerStreams open(long pid, int outFd, int errFd, boolean interactive) throws IOException {
        Path fd = Path.of("/proc", Long.toString(pid), "fd");
        FileOutputStream out = new FileOutputStream(fd.resolve(Integer.toString(outFd)).toFile(), true);
        try {
            return new CallerStreams(out, new FileOutputStream(fd.resolve(Integer.toString(errFd)).toFile(), true),
                    interactive);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** The console the command writes to. */
    Console console() {
        return console;
    }

    /** Drops everything written from now on. */
    void detach() {
        out.detached = true;
        err.detached = true;
    }

    /** Flushes what the command wrote and closes both streams. */
    @Override
    public void close() {
        console.out().flush();
        console.err().flush();
        out.closeQuietly();
        err.closeQuietly();
    }

    /** A stream that passes writes on until detached. */
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

        void closeQuietly() {
            try {
                target.close();
            } catch (IOException e) {
                // the caller's stream is gone: nothing left to tell it
            }
        }
    }
}
