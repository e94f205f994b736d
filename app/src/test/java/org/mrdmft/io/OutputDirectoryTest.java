package org.mrdmft.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mrdmft.io.OutputDirectory.Overwrite;

class OutputDirectoryTest {
    @TempDir
    Path tmp;

    private Path existingResults(String fingerprint, String command) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("run"));
        Files.writeString(dir.resolve("summary.json"),
                "{\"command\": \"" + command + "\", \"configFingerprint\": \"" + fingerprint + "\"}");
        Files.writeString(dir.resolve("currents.csv"), "old");
        return dir;
    }

    private long entries() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.count();
        }
    }

    @Test
    void commitMovesEverythingIntoANewDirectory() throws IOException {
        Path target = tmp.resolve("a").resolve("run");
        try (OutputDirectory out = OutputDirectory.open(target, "f1", "solve", Overwrite.SAME_CONFIG)) {
            assertThat(out.staging().getParent()).isEqualTo(target.toAbsolutePath().getParent());
            Files.writeString(out.staging().resolve("summary.json"), "{}");
            Files.writeString(out.staging().resolve("currents.csv"), "new");
            assertThat(target).doesNotExist();
            out.commit();
        }
        assertThat(target.resolve("currents.csv")).hasContent("new");
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertThat(s).containsExactly(target.toAbsolutePath());
        }
    }

    @Test
    void failureLeavesNothingBehind() throws IOException {
        Path target = tmp.resolve("run");
        try (OutputDirectory out = OutputDirectory.open(target, "f1", "solve", Overwrite.SAME_CONFIG)) {
            Files.writeString(out.staging().resolve("currents.csv"), "half");
        }
        assertThat(target).doesNotExist();
        assertThat(entries()).isZero();
    }

    @Test
    void differentFingerprintConflicts() throws IOException {
        Path dir = existingResults("f1", "solve");
        assertThatThrownBy(() -> OutputDirectory.open(dir, "f2", "solve", Overwrite.SAME_CONFIG))
                .isInstanceOf(OutputConflictException.class).hasMessageContaining(dir.toString())
                .hasMessageContaining("--force");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void sameFingerprintReplacesFiles() throws IOException {
        Path dir = existingResults("f1", "solve");
        try (OutputDirectory out = OutputDirectory.open(dir, "f1", "solve", Overwrite.SAME_CONFIG)) {
            Files.writeString(out.staging().resolve("currents.csv"), "new");
            out.commit();
        }
        assertThat(dir.resolve("currents.csv")).hasContent("new");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void policiesDecideAboutOtherConfigurations() throws IOException {
        Path dir = existingResults("f1", "demo");
        OutputDirectory.check(dir, "f2", "demo", Overwrite.SAME_COMMAND);
        OutputDirectory.check(dir, "f2", "solve", Overwrite.ALWAYS);
        assertThatThrownBy(() -> OutputDirectory.check(dir, "f2", "solve", Overwrite.SAME_COMMAND))
                .isInstanceOf(OutputConflictException.class);
    }

    @Test
    void unreadableSummaryConflicts() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("run"));
        Files.writeString(dir.resolve("summary.json"), "{not json");
        assertThatThrownBy(() -> OutputDirectory.check(dir, "f1", "solve", Overwrite.SAME_CONFIG))
                .isInstanceOf(OutputConflictException.class).hasMessageContaining("unreadable");
    }

    @Test
    void anotherCommandOfTheSameConfigConflicts() throws IOException {
        Path dir = existingResults("f1", "solve");
        assertThatThrownBy(() -> OutputDirectory.open(dir, "f1", "simulate", Overwrite.SAME_CONFIG))
                .isInstanceOf(OutputConflictException.class).hasMessageContaining("solve results")
                .hasMessageContaining("--force");
        assertThat(dir.resolve("currents.csv")).hasContent("old");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void forceReplacesTheWholeContent() throws IOException {
        Path dir = existingResults("f1", "solve");
        Files.writeString(dir.resolve("delta.csv"), "stationary");
        try (OutputDirectory out = OutputDirectory.open(dir, "f2", "simulate", Overwrite.ALWAYS)) {
            Files.writeString(out.staging().resolve("summary.json"), "{\"command\": \"simulate\"}");
            Files.writeString(out.staging().resolve("currents.csv"), "new");
            out.commit();
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("summary.json",
                    "currents.csv");
        }
    }

    @Test
    void filesThatMrdmftDidNotWriteAreNeverReplaced() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(dir.resolve("thesis.tex"), "mine");
        for (Overwrite policy : Overwrite.values()) {
            assertThatThrownBy(() -> OutputDirectory.open(dir, "f1", "solve", policy))
                    .isInstanceOf(OutputConflictException.class).hasMessageContaining("thesis.tex")
                    .hasMessageContaining("did not write");
        }
        assertThat(dir.resolve("thesis.tex")).hasContent("mine");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void aSecondWriterIsRefusedUntilTheFirstCloses() throws IOException {
        Path target = tmp.resolve("run");
        try (OutputDirectory first = OutputDirectory.open(target, "f1", "solve", Overwrite.SAME_CONFIG)) {
            assertThatThrownBy(() -> OutputDirectory.open(target, "f1", "solve", Overwrite.ALWAYS))
                    .isInstanceOf(OutputConflictException.class)
                    .hasMessageContaining("is being written by another mrdmft run");
            assertThat(first.staging()).isDirectory();
        }
        try (OutputDirectory second = OutputDirectory.open(target, "f1", "solve", Overwrite.SAME_CONFIG)) {
            Files.writeString(second.staging().resolve("summary.json"), "{}");
            second.commit();
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s).containsExactly(target);
        }
    }

    @Test
    void temporaryDirectoriesOfKilledRunsAreRemovedByTheNextRun() throws IOException {
        Path target = tmp.resolve("run");
        Path stale = Files.createDirectories(tmp.resolve(".run.tmp-123"));
        Files.writeString(stale.resolve("result.h5"), "half");
        Files.writeString(tmp.resolve(".run.lock"), "pid 999999 token\n"); // unlocked: its process is gone
        Path unrelated = Files.createDirectories(tmp.resolve(".other.tmp-1"));
        try (OutputDirectory out = OutputDirectory.open(target, "f1", "solve", Overwrite.SAME_CONFIG)) {
            assertThat(stale).doesNotExist();
            Files.writeString(out.staging().resolve("summary.json"), "{}");
            out.commit();
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s).containsExactlyInAnyOrder(target, unrelated);
        }
    }

    @Test
    void unusablePathsAreUserErrorsAndCreateNothing() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertRefused(new OutputLocation(Path.of(""), "--out"), "--out: empty path");
        assertRefused(new OutputLocation(file, "--out"), "exists and is not a directory");
        assertRefused(new OutputLocation(file.resolve("sub"), "--out"), file + " is not a directory");
        assertRefused(new OutputLocation(tmp.resolve("a".repeat(10_000)), "--out"), "too long");
        assertThat(entries()).isEqualTo(1);
        assertThatThrownBy(() -> OutputLocation.of(null, "x".repeat(10_000)).validated())
                .isInstanceOf(OutputConflictException.class).hasMessageStartingWith("name: directory name too long");
        assertThatThrownBy(() -> OutputLocation.of(null, "../escaped"))
                .isInstanceOf(OutputConflictException.class).hasMessageStartingWith("name: '../escaped' would write "
                        + "outside out/");
        assertThat(OutputLocation.of(null, "a/b").path()).isEqualTo(Path.of("out", "a", "b"));
    }

    @Test
    void directoriesTheSystemRefusesAreUserErrors() {
        for (String dir : new String[] {"/proc/x", "/sys/x", "/proc/self/x/y"}) {
            if (Files.isDirectory(Path.of(dir).getParent().getParent())) {
                assertRefused(new OutputLocation(Path.of(dir), "--out"), "--out " + dir + ": ");
            }
        }
    }

    private static void assertRefused(OutputLocation location, String message) {
        assertThatThrownBy(() -> OutputDirectory.open(location, "f1", "solve", Overwrite.ALWAYS).close())
                .isInstanceOf(OutputConflictException.class).hasMessageContaining(message);
    }
}
