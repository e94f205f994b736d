package org.mrdmft.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An output directory that is written all at once. Files go to a hidden temporary sibling
 * ({@link #staging()}); {@link #commit()} moves them into place (atomically where the file system allows,
 * summary.json last so that its presence marks complete results); {@link #close()} deletes whatever is
 * left of the temporary directory, so a failed run leaves nothing half-written behind.
 *
 * <p>Results are never silently replaced by results of a different configuration: when the directory
 * already holds a summary.json whose {@code configFingerprint} differs, {@link #open} refuses unless the
 * {@link Overwrite} policy allows it.
 */
public final class OutputDirectory implements AutoCloseable {
    /** When existing results in the directory may be replaced. */
    public enum Overwrite {
        /** Only by a run of the same configuration (same fingerprint). */
        SAME_CONFIG,
        /** Also by any run of the same command (the demo replaces its own earlier output). */
        SAME_COMMAND,
        /** Always (--force). */
        ALWAYS
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path target;
    private final Path staging;
    private final Thread cleanupOnExit;

    private OutputDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
        this.cleanupOnExit = new Thread(this::deleteStaging, "mrdmft-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
    }

    /**
     * Checks that {@code target} may receive the results of a run and creates the temporary directory.
     *
     * @throws OutputConflictException if the directory holds results of another configuration
     */
    public static OutputDirectory open(Path target, String fingerprint, String command, Overwrite policy)
            throws IOException {
        check(target, fingerprint, command, policy);
        Path dir = target.toAbsolutePath().normalize();
        Path parent = dir.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + dir.getFileName() + ".tmp-");
        return new OutputDirectory(dir, staging);
    }

    /**
     * Checks, without creating anything, that {@code target} may receive the results of a run.
     *
     * @throws OutputConflictException if it may not
     */
    public static void check(Path target, String fingerprint, String command, Overwrite policy) {
        Path dir = target.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new OutputConflictException("output path " + target + " exists and is not a directory");
        }
        Path summary = dir.resolve(SummaryJsonWriter.FILE);
        if (policy != Overwrite.ALWAYS && Files.exists(summary)) {
            checkReplaceable(target, summary, fingerprint, command, policy);
        }
    }

    private static void checkReplaceable(Path target, Path summary, String fingerprint, String command,
                                         Overwrite policy) {
        JsonNode existing;
        try {
            existing = JSON.readTree(summary.toFile());
        } catch (IOException e) {
            existing = null;
        }
        if (existing != null && fingerprint.equals(existing.path(SummaryJsonWriter.FINGERPRINT_KEY).asText())) {
            return;
        }
        if (existing != null && policy == Overwrite.SAME_COMMAND
                && command.equals(existing.path("command").asText())) {
            return;
        }
        String what = existing == null ? "an unreadable summary.json" : "results of a different configuration";
        throw new OutputConflictException("output directory " + target + " already holds " + what
                + "; choose another directory with --out DIR or replace them with --force");
    }

    /** The final directory. */
    public Path target() {
        return target;
    }

    /** The temporary directory to write every file into. */
    public Path staging() {
        return staging;
    }

    /** Moves every staged file into the target directory, summary.json last. */
    public void commit() throws IOException {
        Files.createDirectories(target);
        List<Path> files;
        try (Stream<Path> s = Files.list(staging)) {
            files = s.sorted(Comparator.comparing((Path p) -> p.getFileName().toString()
                    .equals(SummaryJsonWriter.FILE)).thenComparing(Path::getFileName)).toList();
        }
        for (Path f : files) {
            Path dest = target.resolve(f.getFileName().toString());
            if (Files.isDirectory(dest) && Files.isDirectory(f)) {
                deleteTree(dest);
            }
            move(f, dest);
        }
        Files.delete(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes what is left of the temporary directory (nothing after a successful commit). */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook does the cleanup
        }
        deleteStaging();
    }

    private void deleteStaging() {
        if (Files.exists(staging)) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete temporary directory " + staging, e);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
