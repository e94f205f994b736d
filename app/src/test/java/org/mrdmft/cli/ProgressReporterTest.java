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
}
