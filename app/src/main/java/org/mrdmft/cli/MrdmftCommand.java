package org.mrdmft.cli;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that starts this same mrdmft in another process (a Slurm task), with absolute paths: the
 * running JVM's {@code java}, its heap and {@code -XX} options, and {@code -jar} the running jar (the
 * launcher's {@code app/target/mrdmft.jar}) or, when mrdmft runs from class directories (tests, an IDE),
 * {@code -cp} the running class path and the main class. Nothing is rebuilt by the tasks.
 */
final class MrdmftCommand {
    /** Lets HotSpot vectorise the kernel loop (see docs/NUMERICS.md); the launcher always sets it. */
    static final String LOOP_UNROLL = "-XX:LoopUnrollLimit=";

    private MrdmftCommand() {
    }

    /** The command of the running process. */
    static List<String> current() {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toAbsolutePath().toString());
        cmd.addAll(jvmOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        Path code = codeSource();
        if (code != null && Files.isRegularFile(code)) {
            cmd.add("-jar");
            cmd.add(code.toString());
        } else {
            cmd.add("-cp");
            cmd.add(absoluteClassPath(System.getProperty("java.class.path", "")));
            cmd.add(Main.class.getName());
        }
        return List.copyOf(cmd);
    }

    /**
     * The options worth passing on to a task: heap and stack sizes and {@code -XX} options (no agents, no
     * debugger, no system properties, not the launcher's class-data-sharing archive, which may be remade
     * while tasks wait in the queue); the loop-unroll option is added when missing.
     */
    static List<String> jvmOptions(List<String> inputArguments) {
        List<String> kept = new ArrayList<>();
        for (String a : inputArguments) {
            if (a.startsWith("-XX:SharedArchiveFile=") || a.startsWith("-XX:ArchiveClassesAtExit=")) {
                continue;
            }
            if (a.startsWith("-XX:") || a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-Xss")) {
                kept.add(a);
            }
        }
        if (kept.stream().noneMatch(a -> a.startsWith(LOOP_UNROLL))) {
            kept.add(0, LOOP_UNROLL + "400");
        }
        return kept;
    }

    /** Every entry of a class path made absolute. */
    static String absoluteClassPath(String classPath) {
        List<String> out = new ArrayList<>();
        for (String e : classPath.split(File.pathSeparator)) {
            if (!e.isEmpty()) {
                out.add(Path.of(e).toAbsolutePath().normalize().toString());
            }
        }
        if (out.isEmpty()) {
            throw new UserInputException("--slurm: cannot tell how this mrdmft was started (empty class path); "
                    + "run it through the ./mrdmft launcher");
        }
        return String.join(File.pathSeparator, out);
    }

    /** The jar this mrdmft runs from, or null when it runs from class directories (tests, an IDE). */
    static Path codeSource() {
        CodeSource source = Main.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
