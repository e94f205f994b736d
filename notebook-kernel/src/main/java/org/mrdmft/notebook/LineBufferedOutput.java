package org.mrdmft.notebook;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A cell's standard output or error: collects bytes and passes them on a line at a time, so that a {@code printf}
 * made of several writes becomes one stream message rather than one per fragment, while progress lines still
 * appear as they are printed.
 */
final class LineBufferedOutput extends OutputStream {
    private final PrintStream target;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    private LineBufferedOutput(PrintStream target) {
        this.target = target;
    }

    /** A print stream in front of {@code target} that forwards whole lines (and everything on flush). */
    static PrintStream over(PrintStream target) {
        return new PrintStream(new LineBufferedOutput(target), false, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        pending.write(b);
        if (b == '\n') {
            flush();
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        pending.write(bytes, offset, length);
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == '\n') {
                flush();
                return;
            }
        }
    }

    @Override
    public synchronized void flush() {
        if (pending.size() > 0) {
            target.write(pending.toByteArray(), 0, pending.size());
            target.flush();
            pending.reset();
        }
    }
}
