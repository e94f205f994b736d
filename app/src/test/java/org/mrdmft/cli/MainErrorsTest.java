package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and the one-line error contract of the command line. */
class MainErrorsTest {
    @TempDir
    Path tmp;

    private static void assertUserError(CliRun run) {
        assertThat(run.code()).as("exit code; stderr: %s", run.err()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines()[0]).startsWith("mrdmft: error: ").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void versionPrintsVersionAndCommit() {
        CliRun run = CliRun.of("--version");
        assertThat(run.code()).isZero();
        assertThat(run.out().strip()).matches("mrdmft \\d+\\.\\d+\\.\\d+\\S* \\(\\S+\\)");
        assertThat(run.out()).startsWith("mrdmft 0.1.0 (");
    }

    @Test
    void helpListsEveryCommandOfTheContract() {
        CliRun run = CliRun.of("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("solve", "simulate", "validate", "sweep", "figure", "demo");
    }

    @Test
    void missingConfigFileIsAUserError() {
        CliRun run = CliRun.of("solve", tmp.resolve("nope.yaml").toString(), "--out", tmp.resolve("o").toString());
        assertUserError(run);
        assertThat(run.err()).contains("nope.yaml");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void missingCommandAndUnknownOptionAreUserErrors() {
        assertUserError(CliRun.of());
        assertUserError(CliRun.of("solve"));
        assertUserError(CliRun.of("solve", "x.yaml", "--bogus"));
        assertUserError(CliRun.of("simulate", "x.yaml"));
    }

    @Test
    void overrideWithoutEqualsIsAUserError() throws IOException {
        Path config = TinyConfig.write(tmp);
        CliRun run = CliRun.of("solve", config.toString(), "--set", "dmft.dt", "--out", tmp.resolve("o").toString());
        assertUserError(run);
        assertThat(run.err()).contains("--set", "dmft.dt");
    }

    @Test
    void overrideOfAnUnknownKeyIsAUserError() throws IOException {
        Path config = TinyConfig.write(tmp);
        CliRun run = CliRun.of("solve", config.toString(), "--set", "dmft.noSuchKey=3",
                "--out", tmp.resolve("o").toString());
        assertUserError(run);
        assertThat(run.err()).contains("noSuchKey");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void impossibleSettingsAreUserErrors() throws IOException {
        Path config = TinyConfig.write(tmp);
        assertUserError(CliRun.of("solve", config.toString(), "--set", "dmft.dt=-1",
                "--out", tmp.resolve("o").toString()));
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void stationaryModeRefusesCrossRegionDisorder() throws IOException {
        Path config = TinyConfig.write(tmp);
        CliRun run = CliRun.of("solve", config.toString(), "--set", "dmft.mode=stationary",
                "--set", "crossDisorder=[[0,0.5],[0.5,0]]", "--out", tmp.resolve("o").toString());
        assertUserError(run);
        assertThat(run.errLines()[0])
                .isEqualTo("mrdmft: error: crossDisorder: stationary mode does not support cross-region disorder yet");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void outputPathThatIsAFileIsAUserError() throws IOException {
        Path config = TinyConfig.write(tmp);
        Path file = Files.writeString(tmp.resolve("taken"), "x");
        assertUserError(CliRun.of("solve", config.toString(), "--out", file.toString()));
    }

    @Test
    void internalErrorsAreOneLineWithADebugHint() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        ErrorReporter reporter = new ErrorReporter(new java.io.PrintStream(err, true), false);
        int code = reporter.handleExecutionException(new IllegalStateException("boom"), null, null);
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().split("\\R")).hasSize(1);
        assertThat(err.toString()).startsWith("mrdmft: error: internal error: ").contains("boom", "MRDMFT_DEBUG=1");
    }

    private static void assertNumericalFailure(CliRun run) {
        assertThat(run.code()).as("exit code; stderr: %s", run.err()).isEqualTo(3);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines()[0]).startsWith("mrdmft: numerical failure: ").contains(" (try ")
                .doesNotContain("Exception", "internal error");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void overflowingInteractionsAreANumericalFailureAndLeaveNothing() throws IOException {
        Path config = Files.writeString(tmp.resolve("huge.yaml"), TinyConfig.YAML.replace("b: [2.0, 2.0]", "b: [1e308, 1e308]"));
        CliRun run = CliRun.of("solve", config.toString(), "--out", tmp.resolve("o").toString());
        assertNumericalFailure(run);
        assertThat(run.errLines()[0]).contains("became", "region", "at t = ", "dmft.dt");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void disorderThatOverflowsIsANamedInputOrANumericalFailure() throws IOException {
        Path config = TinyConfig.write(tmp);
        // its square overflows: refused up front, naming the key
        CliRun squared = CliRun.of("solve", config.toString(), "--set", "disorder=1e308", "--out", tmp.resolve("o").toString());
        assertUserError(squared);
        assertThat(squared.errLines()[0]).startsWith("mrdmft: error: disorder: ");
        // its square is finite but the kernel's arithmetic overflows: found during the solve
        CliRun huge = CliRun.of("solve", config.toString(), "--set", "disorder=1e100", "--out", tmp.resolve("o").toString());
        assertNumericalFailure(huge);
        // which quantity overflows first depends on the start-up step; the line names it and when
        assertThat(huge.errLines()[0]).containsAnyOf("variance Delta", "current S").contains("became", "at t = ");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void aTimeStepWhoseTimeSpanOverflowsIsAUserError() throws IOException {
        Path config = TinyConfig.write(tmp);
        CliRun run = CliRun.of("solve", config.toString(), "--set", "dmft.dt=1e308", "--out", tmp.resolve("o").toString());
        assertUserError(run);
        assertThat(run.errLines()[0]).startsWith("mrdmft: error: dmft.dt: ").contains("not a finite number");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void failuresAreSortedByTypeNotByJavaClass() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        ErrorReporter reporter = new ErrorReporter(new java.io.PrintStream(err, true), false);
        // an IllegalArgumentException from inside a solve is a bug, not a user error
        assertThat(reporter.handleExecutionException(new IllegalArgumentException("index 3"), null, null)).isEqualTo(1);
        assertThat(err.toString()).startsWith("mrdmft: error: internal error: ");
        err.reset();
        assertThat(reporter.handleExecutionException(
                new org.mrdmft.failure.InvalidInputException("dmft.dt", "must be > 0"), null, null)).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("mrdmft: error: dmft.dt: must be > 0");
        err.reset();
        assertThat(reporter.handleExecutionException(new org.mrdmft.failure.ConvergenceException(
                "the search", 5, "starts", Double.NaN, 1e-12, "more starts"), null, null)).isEqualTo(3);
        assertThat(err.toString().strip()).isEqualTo(
                "mrdmft: numerical failure: the search did not converge after 5 starts (tolerance 1.0E-12) (try more starts)");
    }
}
