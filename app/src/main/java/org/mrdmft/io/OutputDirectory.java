package org.mrdmft.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one discipline of every command's output directory. {@link #open} checks the path (exit 2 naming
 * {@code --out} or {@code name}: empty, too long, not a directory, not writable), takes an exclusive lock
 * ({@link OutputLock}; a second writer is refused), checks who owns what is there and removes the temporary
 * directories of killed runs; files then go to a hidden temporary sibling ({@link #staging()}) and
 * {@link #commit()} makes the directory hold exactly them (summary.json moved last, so its presence marks
 * complete results). {@link #close()} deletes whatever is left of the temporary directory, the directories
 * this run created if it did not commit, and the lock.
 *
 * <p>Ownership: a directory belongs to the command and configuration fingerprint in its summary.json (a
 * sweep in progress: its journal). It is replaced only by the same command with the same fingerprint, unless
 * the {@link Overwrite} policy allows more; with {@code --force} the whole content is replaced. A non-empty
 * directory that holds no mrdmft record is never written into. A sweep's work entries ({@code .sweep},
 * {@code slurm}, {@code shard-K-of-N}) are kept by a sweep's commit: they carry their own checks.
 */
public final class OutputDirectory implements AutoCloseable {
    /** When existing results in the directory may be replaced. */
    public enum Overwrite {
        /** Only by the same command with the same configuration (same fingerprint). */
        SAME_CONFIG,
        /** By the same command with any configuration (the demo replaces its own earlier output). */
        SAME_COMMAND,
        /** By anything (--force): the whole content is replaced. */
        ALWAYS
    }

    /** The command whose work entries a commit keeps. */
    static final String SWEEP = "sweep";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEMP_INFIX = ".tmp-";

    private final Path target;
    private final String command;
    private final OutputLock lock;
    private final List<Path> created;
    private final Path staging;
    private final Thread cleanupOnExit;
    private boolean committed;

    private OutputDirectory(Path target, String command, OutputLock lock, List<Path> created, Path staging) {
        this.target = target;
        this.command = command;
        this.lock = lock;
        this.created = created;
        this.staging = staging;
        this.cleanupOnExit = new Thread(this::deleteStaging, "mrdmft-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
    }

    /** {@link #open(OutputLocation, String, String, Overwrite)} of {@code --out target}. */
    public static OutputDirectory open(Path target, String fingerprint, String command, Overwrite policy)
            throws IOException {
        return open(new OutputLocation(target, "--out"), fingerprint, command, policy);
    }

    /**
     * Claims {@code location} for a run: checks it, locks it, checks its owner, removes stale temporary
     * directories and creates the temporary directory. Call it after the input was validated and before the
     * computation, so that an unusable or busy directory is refused before any work.
     *
     * @throws OutputConflictException (exit 2) if the directory is unusable, busy or owned by another run
     */
    public static OutputDirectory open(OutputLocation location, String fingerprint, String command,
                                       Overwrite policy) throws IOException {
        Path dir = location.validated();
        String shown = location.source() + " " + location.shown();
        checkShape(dir, shown);
        List<Path> created = new ArrayList<>();
        OutputLock lock = null;
        try {
            createDirectories(dir.getParent(), created, shown);
            try {
                lock = OutputLock.acquire(dir, location.shown());
            } catch (FileSystemException e) {
                throw unusable(shown, "cannot write in " + dir.getParent(), e);
            }
            checkOwner(dir, location.shown(), fingerprint, command, policy);
            removeStaleTemporaries(dir);
            Path staging;
            try {
                staging = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + TEMP_INFIX);
            } catch (FileSystemException e) {
                throw unusable(shown, "cannot write in " + dir.getParent(), e);
            }
            return new OutputDirectory(dir, command, lock, created, staging);
        } catch (IOException | RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            deleteEmpty(created);
            throw e;
        }
    }

    /**
     * Checks, without creating or locking anything, that {@code location} may receive the results of a run.
     *
     * @throws OutputConflictException if it may not
     */
    public static void check(OutputLocation location, String fingerprint, String command, Overwrite policy) {
        Path dir = location.validated();
        checkShape(dir, location.source() + " " + location.shown());
        checkOwner(dir, location.shown(), fingerprint, command, policy);
    }

    /** {@link #check(OutputLocation, String, String, Overwrite)} of {@code --out target}. */
    public static void check(Path target, String fingerprint, String command, Overwrite policy) {
        check(new OutputLocation(target, "--out"), fingerprint, command, policy);
    }

    /** The directory, or the nearest existing ancestor, must be a directory. */
    private static void checkShape(Path dir, String shown) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new OutputConflictException(shown + ": " + (p.equals(dir) ? "exists and is not a "
                            + "directory" : p + " is not a directory"));
                }
                return;
            }
        }
    }

    private static void createDirectories(Path dir, List<Path> created, String shown) {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            try {
                Files.createDirectory(p);
                created.add(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (!Files.isDirectory(p)) {
                    throw new OutputConflictException(shown + ": " + p + " is not a directory");
                }
            } catch (IOException e) {
                throw unusable(shown, "cannot create " + p, e);
            }
        }
    }

    private static OutputConflictException unusable(String shown, String what, IOException e) {
        String reason;
        if (e instanceof java.nio.file.AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof java.nio.file.NoSuchFileException) {
            reason = "the file system refuses new files there";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            reason = f.getReason();
        } else {
            reason = e.getClass().getSimpleName();
        }
        return new OutputConflictException(shown + ": " + what + " (" + reason + ")");
    }

    /** Who owns an existing directory: command and fingerprint (either null when unknown). */
    private record Owner(String command, String fingerprint, String record) {
    }

    private static Owner owner(Path dir) {
        Path summary = dir.resolve(SummaryJsonWriter.FILE);
        if (Files.exists(summary)) {
            try {
                JsonNode s = JSON.readTree(summary.toFile());
                return new Owner(text(s.get("command")), text(s.get(SummaryJsonWriter.FINGERPRINT_KEY)),
                        "results");
            } catch (IOException e) {
                return new Owner(null, null, "an unreadable summary.json");
            }
        }
        Path journal = dir.resolve(".sweep").resolve("journal.jsonl");
        if (Files.exists(journal)) {
            try (Stream<String> lines = Files.lines(journal)) {
                JsonNode h = JSON.readTree(lines.findFirst().orElse("{}"));
                return new Owner(SWEEP, text(h.get("fingerprint")), "an unfinished sweep");
            } catch (IOException | UncheckedIOException e) {
                return new Owner(SWEEP, null, "an unfinished sweep");
            }
        }
        return null;
    }

    private static String text(JsonNode n) {
        return n == null || !n.isTextual() ? null : n.asText();
    }

    private static void checkOwner(Path dir, String shown, String fingerprint, String command, Overwrite policy) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Owner owner = owner(dir);
        if (owner == null) {
            List<String> foreign = entries(dir).stream().filter(n -> !isWorkEntry(n)).toList();
            if (!foreign.isEmpty()) {
                throw new OutputConflictException("output directory " + shown + " holds files that mrdmft did not "
                        + "write (" + String.join(", ", foreign.stream().limit(3).toList())
                        + (foreign.size() > 3 ? ", ..." : "") + "); choose a new or empty directory with --out DIR");
            }
            if (!command.equals(SWEEP) && !entries(dir).isEmpty() && policy != Overwrite.ALWAYS) {
                throw conflict(shown, "the work files of a sweep");
            }
            return;
        }
        if (policy == Overwrite.ALWAYS) {
            return;
        }
        boolean sameCommand = command.equals(owner.command());
        if (sameCommand && (policy == Overwrite.SAME_COMMAND || fingerprint.equals(owner.fingerprint()))) {
            return;
        }
        String what;
        if (!owner.record().equals("results")) {
            what = owner.record() + (sameCommand ? " of a different configuration" : "");
        } else if (owner.command() == null || sameCommand) {
            what = (owner.command() == null ? "" : owner.command() + " ") + "results of a different configuration";
        } else {
            what = owner.command() + " results";
        }
        throw conflict(shown, what);
    }

    private static OutputConflictException conflict(String shown, String what) {
        return new OutputConflictException("output directory " + shown + " already holds " + what
                + "; choose another directory with --out DIR or replace them with --force");
    }

    /** Entries of a sweep directory with their own checks: the journal, Slurm scripts, shard directories. */
    static boolean isWorkEntry(String name) {
        return name.equals(".sweep") || name.equals("slurm") || name.matches("shard-\\d+-of-\\d+")
                || name.matches("\\.shard-\\d+-of-\\d+(\\.lock|\\.tmp-.*)");
    }

    private static List<String> entries(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Temporary siblings of killed runs: ours holds the lock, so none of them is in use. */
    private static void removeStaleTemporaries(Path dir) throws IOException {
        String prefix = "." + dir.getFileName() + TEMP_INFIX;
        List<Path> stale;
        try (Stream<Path> s = Files.list(dir.getParent())) {
            stale = s.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p)).toList();
        }
        for (Path p : stale) {
            deleteTree(p);
        }
    }

    /** The final directory. */
    public Path target() {
        return target;
    }

    /** The temporary directory to write every file into. */
    public Path staging() {
        return staging;
    }

    /**
     * Creates the final directory now (a sweep keeps its journal there while it runs); removed again at
     * {@link #close()} if the run does not commit and leaves it empty.
     */
    public Path createTarget() throws IOException {
        if (!Files.isDirectory(target)) {
            Files.createDirectory(target);
            created.add(target);
        }
        return target;
    }

    /**
     * Makes the target hold exactly the staged files (and, for a sweep, its work entries): other entries
     * are deleted, the staged ones moved in, summary.json last.
     */
    public void commit() throws IOException {
        Files.createDirectories(target);
        List<Path> files;
        try (Stream<Path> s = Files.list(staging)) {
            files = s.sorted(Comparator.comparing((Path p) -> p.getFileName().toString()
                    .equals(SummaryJsonWriter.FILE)).thenComparing(Path::getFileName)).toList();
        }
        Set<String> staged = files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        for (String old : entries(target)) {
            if (!staged.contains(old) && !(command.equals(SWEEP) && isWorkEntry(old))) {
                deleteTree(target.resolve(old));
            }
        }
        for (Path f : files) {
            Path dest = target.resolve(f.getFileName().toString());
            if (Files.isDirectory(dest) && Files.isDirectory(f)) {
                deleteTree(dest);
            }
            move(f, dest);
        }
        Files.delete(staging);
        committed = true;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes what is left of the temporary directory, the directories this run created when it did not
     * commit (if empty), and the lock.
     */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook does the cleanup
        }
        try {
            deleteStaging();
        } finally {
            lock.close();
            if (!committed) {
                deleteEmpty(created);
            }
        }
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

    /** Deletes the given directories, deepest first, where they are empty. */
    private static void deleteEmpty(List<Path> dirs) {
        List<Path> deepestFirst = new ArrayList<>(dirs);
        deepestFirst.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path d : deepestFirst) {
            try {
                Files.deleteIfExists(d);
            } catch (IOException e) {
                // not empty (or already gone): keep it
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
