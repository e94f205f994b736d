package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The solve rehearsal ({@link SolveWarmup}) runs for solve command lines only, never for help or the version
 * and not when switched off, and it solves and classifies without printing anything.
 */
class SolveWarmupTest {
    @Test
    void onlySolveCommandLinesGetTheRehearsal() {
        assertThat(SolveWarmup.wanted(new String[] {"solve", "a.yaml"}, null)).isTrue();
        assertThat(SolveWarmup.wanted(new String[] {"solve", "a.yaml", "--out", "x"}, "1")).isTrue();
        assertThat(SolveWarmup.wanted(new String[] {"solve", "a.yaml"}, "0")).isFalse();
        assertThat(SolveWarmup.wanted(new String[] {"solve"}, null)).isFalse();
        assertThat(SolveWarmup.wanted(new String[] {"solve", "--help"}, null)).isFalse();
        assertThat(SolveWarmup.wanted(new String[] {"solve", "a.yaml", "-h"}, null)).isFalse();
        assertThat(SolveWarmup.wanted(new String[] {"solve", "-V", "x"}, null)).isFalse();
        assertThat(SolveWarmup.wanted(new String[] {"simulate", "a.yaml"}, null)).isFalse();
        assertThat(SolveWarmup.wanted(new String[] {"sweep", "a.yaml"}, null)).isFalse();
    }

    @Test
    void theRehearsalSolvesAndClassifiesSilently() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        int regions;
        try {
            System.setOut(capture);
            System.setErr(capture);
            regions = SolveWarmup.rehearse();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(regions).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
