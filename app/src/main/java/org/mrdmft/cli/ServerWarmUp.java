package org.mrdmft.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What a {@link SolveServer} does before its first request: the solve command line, run a few times on a config
 * (the demo network) into a scratch directory with its output discarded, so that the code of a solve command is
 * loaded and compiled when the first request comes. A failure is ignored: the first request then pays what the
 * warm-up would have.
 *
 * @param config the config to solve
 * @param rounds how many times
 * @param steps {@code dmft.steps} of each solve
 */
record ServerWarmUp(Path config, int rounds, int steps) {

    /** Runs the warm-up; the scratch directory is removed afterwards. */
    void run() {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("mrdmft-server-warm-up");
            PrintStream none = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
            Console quiet = new Console(none, none, false);
            for (int i = 0; i < rounds; i++) {
                Main.run(quiet, scratch, false, "solve", config.toString(), "--set", "dmft.steps=" + steps,
                        "--out", "run", "--force");
            }
        } catch (IOException | RuntimeException e) {
            // no warm-up: the first request is slower, nothing else changes
        } finally {
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a scratch file left in the temporary directory
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
