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
}
