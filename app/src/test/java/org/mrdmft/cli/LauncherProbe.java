package org.mrdmft.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The main class of the stand-in jar {@link LauncherTest} and {@link LauncherServerTest} run through the launcher:
 * echoes its arguments, and appends them as one line to the file named by MRDMFT_PROBE_LOG when that is set (so a
 * test sees the server the launcher starts in the background, whose output goes nowhere).
 */
public final class LauncherProbe {
    private LauncherProbe() {
    }

    /** Prints "probe" and the arguments on one line. */
    public static void main(String[] args) throws IOException {
        String line = String.join(" ", "probe", String.join(" ", args));
        System.out.println(line);
        String log = System.getenv("MRDMFT_PROBE_LOG");
        if (log != null) {
            Files.writeString(Path.of(log), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }
}
