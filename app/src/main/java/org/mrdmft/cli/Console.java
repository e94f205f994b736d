package org.mrdmft.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a command writes: results on {@code out}, progress and notes on {@code err}.
 *
 * @param out results (the human summary)
 * @param err progress, notes and errors
 * @param interactive whether {@code err} is a terminal (a progress bar may redraw itself there)
 */
public record Console(PrintStream out, PrintStream err, boolean interactive) {

    /** The process's standard streams; interactive when standard error is a terminal. */
    public static Console system() {
        return new Console(System.out, System.err, stderrIsTerminal());
    }

    /** A note on stderr, prefixed "mrdmft: ". */
    public void note(String message) {
        err.println("mrdmft: " + message);
    }

    private static boolean stderrIsTerminal() {
        try {
            Path fd2 = Path.of("/proc/self/fd/2");
            if (Files.isSymbolicLink(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
            // fall through to the portable approximation
        }
        return System.console() != null;
    }
}
