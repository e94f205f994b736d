package org.mrdmft.kernel;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The running JVM's {@code -XX:LoopUnrollLimit}, which decides whether C2 vectorises the kernel's branch-free
 * loop ({@link AsinColumn}). Asking the JVM (the HotSpot diagnostic MXBean) loads the management classes,
 * some 30 - 80 ms of a command's start-up, so the value is first looked for on the JVM's own command line
 * (Linux: /proc/self/cmdline), where the mrdmft launcher, the tests and the benchmarks put it. Wherever the
 * command line cannot be the whole story (the option is not on it; an environment variable the JVM reads
 * mentions it; an argument file or a flags file is in use; no /proc), the MXBean answers.
 */
final class UnrollLimit {
    private static final String OPTION = "-XX:LoopUnrollLimit=";
    private static final String[] ENVIRONMENT = {"JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS"};

    private UnrollLimit() {
    }

    /** The limit in force, or 0 when it cannot be read (not HotSpot): then the plain loop, always correct. */
    static int current() {
        int fromCommandLine = fromCommandLine(commandLine(), System::getenv);
        return fromCommandLine >= 0 ? fromCommandLine : fromJvm();
    }

    /**
     * The value the last {@code -XX:LoopUnrollLimit=} on the command line sets, or -1 when the command line
     * alone does not settle it.
     *
     * @param args the JVM's command line, or null when unknown
     * @param environment reads an environment variable (null when unset)
     */
    static int fromCommandLine(String[] args, java.util.function.UnaryOperator<String> environment) {
        if (args == null) {
            return -1;
        }
        for (String variable : ENVIRONMENT) {
            String value = environment.apply(variable);
            if (value != null && (value.contains("LoopUnrollLimit") || value.contains("Flags=")
                    || value.contains("VMOptionsFile") || value.contains("@"))) {
                return -1;
            }
        }
        int value = -1;
        for (String arg : args) {
            if (arg.startsWith("@") || arg.startsWith("-XX:Flags=") || arg.startsWith("-XX:VMOptionsFile=")) {
                return -1;
            }
            if (arg.startsWith(OPTION)) {
                try {
                    value = Integer.parseInt(arg.substring(OPTION.length()));
                } catch (NumberFormatException e) {
                    return -1; // a JVM that started with it understood something else: ask it
                }
            }
        }
        return value;
    }

    private static String[] commandLine() {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            return new String(raw, StandardCharsets.UTF_8).split("\0");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int fromJvm() {
        try {
            com.sun.management.HotSpotDiagnosticMXBean bean =
                    ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return Integer.parseInt(bean.getVMOption("LoopUnrollLimit").getValue());
        } catch (RuntimeException | LinkageError e) {
            return 0; // not HotSpot, or the option is unknown: the plain loop is always correct
        }
    }
}
