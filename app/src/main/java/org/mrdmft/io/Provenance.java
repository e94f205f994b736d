package org.mrdmft.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Where a result came from: the mrdmft version (Maven-filtered resource) and the git commit of the
 * source tree ({@code git -C $MRDMFT_HOME rev-parse HEAD}, "-dirty" when there are uncommitted changes,
 * "unknown" when git is unavailable). Detecting it never fails.
 *
 * @param version project version, e.g. "0.1.0"
 * @param gitCommit commit hash, possibly with "-dirty", or "unknown"
 */
public record Provenance(String version, String gitCommit) {
    private static final String UNKNOWN = "unknown";

    /** Detects the version and the commit of the installation at $MRDMFT_HOME (or the working directory). */
    public static Provenance detect() {
        String home = System.getenv("MRDMFT_HOME");
        Path root = Path.of(home == null || home.isBlank() ? System.getProperty("user.dir") : home);
        return new Provenance(readVersion(), gitCommit(root));
    }

    /** "mrdmft 0.1.0 (abc123...)". */
    public String describe() {
        return "mrdmft " + version + " (" + gitCommit + ")";
    }

    static String readVersion() {
        try (InputStream in = Provenance.class.getResourceAsStream("/mrdmft-version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", UNKNOWN).trim();
            return v.isEmpty() || v.startsWith("${") ? UNKNOWN : v;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    static String gitCommit(Path root) {
        String head = git(root, "rev-parse", "HEAD");
        if (head == null || head.isBlank()) {
            return UNKNOWN;
        }
        String status = git(root, "status", "--porcelain");
        return status == null || status.isBlank() ? head.trim() : head.trim() + "-dirty";
    }

    /** Output of a git command, or null when it fails or takes too long. */
    private static String git(Path root, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", root.toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
