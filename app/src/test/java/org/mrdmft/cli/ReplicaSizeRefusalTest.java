package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mrdmft.api.Mrdmft;
import org.mrdmft.config.RunConfig;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.model.MemoryEstimate;

/**
 * A {@code dmft.lyapunov} solve too large for the heap is refused before allocation like a plain one (exit 2 within
 * seconds, one line naming the key, no output directory), also when only the replica's arrays tip it over.
 */
class ReplicaSizeRefusalTest {
    @TempDir
    Path tmp;

    private CliRun refused(String... args) {
        Path out = tmp.resolve("out");
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of(
                "--out", out.toString())).toArray(String[]::new);
        long start = System.nanoTime();
        CliRun run = CliRun.of(all);
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines()[0]).startsWith("mrdmft: error: dmft.steps: ")
                .containsPattern("would need about [0-9.]+ [KMGTPE]iB .*more than the JVM heap of [0-9.]+ [MGT]iB")
                .contains("the replica of dmft.lyapunov");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5.0);
        assertThat(out).doesNotExist();
        return run;
    }

    @Test
    void aHugeLyapunovSolveIsRefused() throws IOException {
        refused("solve", TinyConfig.write(tmp).toString(), "--set", "dmft.lyapunov=true", "--set",
                "dmft.steps=2000000000");
    }

    @Test
    void aLyapunovSolveWhoseReplicaTipsItOverIsRefusedNamingTheReplica() throws IOException {
        Path config = TinyConfig.write(tmp);
        // a short window: were the check missing, the solve would run (and fail this test) in seconds
        RunConfig c = Mrdmft.load(config, List.of("dmft.lyapunov=true", "dmft.window=20"));
        long heap = MemoryEstimate.heap();
        int lo = TinyConfig.STEPS;
        int hi = Integer.MAX_VALUE / 2;
        while (hi - lo > 1) {
            int mid = lo + (hi - lo) / 2;
            if (estimate(c, mid, true).fits(heap)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        int steps = (int) (hi * 1.1);
        assertThat(estimate(c, steps, false).fits(heap)).as("the plain solve fits").isTrue();
        CliRun run = refused("solve", config.toString(), "--set", "dmft.lyapunov=true", "--set", "dmft.window=20",
                "--set", "dmft.steps=" + steps);
        assertThat(run.errLines()[0]).contains("the solve without the replica would fit")
                .contains("or dmft.lyapunov: false");
    }

    private static MemoryEstimate estimate(RunConfig c, int steps, boolean lyapunov) {
        DmftSettings s = c.dmft().withDt(c.dmft().dt(), steps).withLyapunov(lyapunov);
        return new TransientProblem(c.model(), s).memoryEstimate();
    }
}
