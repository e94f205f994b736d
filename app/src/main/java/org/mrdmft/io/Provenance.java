package org.mrdmft.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Where a result came from: the mrdmft version and the git commit of the sources this jar was built from,
 * both stamped into the class path at build time ({@code mrdmft-version.properties}, filtered by Maven, and
 * {@code mrdmft-build.properties}, written by the app module's build; see app/pom.xml). Never read from the
 * environment or the working directory, so a run started anywhere (another git repository, a Slurm task)
 * records mrdmft's own commit. A build outside a git checkout records "unknown".
 *
 * @param version project version, e.g. "0.1.0"
 * @param gitCommit commit hash, with "-dirty" when the build had uncommitted changes, or "unknown"
 */
public record Provenance(String version, String gitCommit) {
    private static final String UNKNOWN = "unknown";
    private static final String VERSION_RESOURCE = "/mrdmft-version.properties";
    private static final String BUILD_RESOURCE = "/mrdmft-build.properties";

    /** The version and commit stamped into this build. */
    public static Provenance detect() {
        return new Provenance(stamped(VERSION_RESOURCE, "version"), stamped(BUILD_RESOURCE, "gitCommit"));
    }

    /**
     * "mrdmft 0.1.0 (abc123...)". Built without string concatenation, whose first use spins method-handle
     * classes: this is all {@code mrdmft --version} does.
     */
    public String describe() {
        return new StringBuilder("mrdmft ").append(version).append(" (").append(gitCommit).append(')').toString();
    }

    static String stamped(String resource, String key) {
        try (InputStream in = Provenance.class.getResourceAsStream(resource)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty(key, UNKNOWN).trim();
            return v.isEmpty() || v.startsWith("${") ? UNKNOWN : v;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
