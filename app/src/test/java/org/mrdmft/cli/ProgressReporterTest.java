package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {
    private static String report(Duration delay) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true), new PrintStream(err, true), false);
        try (ProgressReporter p = new ProgressReporter(console, "solve", delay)) {
            for (int k = 1; k <= 100; k++) {
                p.onProgress(k, 100);
            }
        }
        assertThat(out.toString()).isEmpty();
        return err.toString();
    }

    @Test
    void quickRunsStaySilent() {
        assertThat(report(Duration.ofHours(1))).isEmpty();
    }

    @Test
    void longRunsReportEveryTenPercentWhenNotOnATerminal() {
        String err = report(Duration.ZERO);
        assertThat(err.split("\\R")).hasSize(11);
        assertThat(err).contains("mrdmft: solve 10% (10/100)", "mrdmft: solve 100% (100/100)");
    }

    @Test
    void aHeartbeatSaysThatASilentComputationIsWorkingAndStopsWithIt() throws InterruptedException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(err, true),
                false);
        try (ProgressReporter p = new ProgressReporter(console, "figure fig6", Duration.ofHours(1))
                .heartbeat(Duration.ofMillis(50), Duration.ofMillis(100))) {
            Thread.sleep(400);
        }
        String[] lines = err.toString().split("\\R");
        assertThat(lines.length).isBetween(2, 6);
        assertThat(lines[0]).matches("mrdmft: figure fig6: working, \\d+ s");
        Thread.sleep(200);
        assertThat(err.toString().split("\\R")).hasSameSizeAs(lines);
    }

    @Test
    void noHeartbeatWhileProgressArrives() throws InterruptedException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(err, true),
                false);
        try (ProgressReporter p = new ProgressReporter(console, "solve", Duration.ofHours(1))
                .heartbeat(Duration.ofMillis(300), Duration.ofMillis(300))) {
            for (int k = 1; k <= 30; k++) {
                p.onProgress(k, 30);
                Thread.sleep(10);
            }
        }
        assertThat(err.toString()).isEmpty();
    }
}
