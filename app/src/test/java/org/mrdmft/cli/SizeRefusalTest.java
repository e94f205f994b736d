package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests too large for any heap are refused before allocation: exit 2 within seconds, one line naming the
 * key whose size is refused with the estimate against the heap, and no output directory.
 */
class SizeRefusalTest {
    @TempDir
    Path tmp;

    private void assertRefused(String key, String... args) throws IOException {
        Path out = tmp.resolve("out");
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--out");
        all.add(out.toString());
        long start = System.nanoTime();
        CliRun run = CliRun.of(all.toArray(String[]::new));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines()[0]).startsWith("mrdmft: error: " + key + ": ")
                .containsPattern("would need about [0-9.]+ [KMGTPE]iB .*more than the JVM heap of [0-9.]+ [MGT]iB");
        assertThat(seconds).isLessThan(5.0);
        assertThat(out).doesNotExist();
    }

    private Path config() throws IOException {
        return TinyConfig.write(tmp);
    }

    @Test
    void stepsAndTheTwoTimeStrideOfSolve() throws IOException {
        String c = config().toString();
        assertRefused("dmft.steps", "solve", c, "--set", "dmft.steps=2000000000");
        assertRefused("dmft.twoTimeStride", "solve", c, "--set", "dmft.steps=1000000", "--set",
                "dmft.twoTimeStride=1");
    }

    @Test
    void regionsOfRandomInteractionsBeforeTheTensorIsBuilt() throws IOException {
        Path big = Files.writeString(tmp.resolve("big.yaml"), """
                name: big
                regions: 5000
                disorder: [1.0]
                interactions:
                  random: {scale: 1.0, seed: 1}
                """);
        assertRefused("regions", "solve", big.toString());
        assertRefused("regions", "simulate", big.toString(), "--set", "simulation.neurons=10");
    }

    @Test
    void durationNeuronsAndLagsNameThemselves() throws IOException {
        String c = config().toString();
        assertRefused("simulation.duration", "simulate", c, "--set", "simulation.duration=1e12",
                "--set", "simulation.neurons=10");
        assertRefused("simulation.duration", "validate", c, "--set", "simulation.duration=1e12",
                "--set", "validation.neurons=[10, 20]");
        assertRefused("stationary.maxLag", "solve", c, "--set", "dmft.mode=stationary",
                "--set", "stationary.maxLag=1e15");
    }

    @Test
    void validationRefusesItsLargestSizeBeforeRunningTheSmallOnes() throws IOException {
        Path out = tmp.resolve("out");
        long start = System.nanoTime();
        CliRun run = CliRun.of("validate", config().toString(), "--set", "validation.neurons=[10, 1000000]",
                "--out", out.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines()[0]).startsWith("mrdmft: error: validation.neurons: N = 1000000 ");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5.0);
        assertThat(out).doesNotExist();
    }

    @Test
    void sweepsOfHugeRowsOrHugeGrids() throws IOException {
        Path sweep = TinySweep.write(tmp);
        Files.writeString(tmp.resolve("tiny.yaml"), TinyConfig.YAML.replace("steps: 200", "steps: 2000000000"));
        assertRefused("dmft.steps", "sweep", sweep.toString(), "--threads", "2");
        TinyConfig.write(tmp);
        Path grid = Files.writeString(tmp.resolve("huge.yaml"), """
                name: huge-grid
                base: tiny.yaml
                axes:
                  - {key: disorder, linspace: [0.5, 1.5, 100000]}
                  - {key: interactions.reciprocal.b.0, linspace: [1.0, 2.0, 10000]}
                draws: 2
                """);
        assertRefused("axes", "sweep", grid.toString());
    }

    @Test
    void largeVariancesStaySeparatedOnStdout() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        new ResultLayout(3).column("variance Delta", new double[] {636557.244684, 636557.404055, -1234567890.5})
                .print(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        String[] lines = bytes.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n");
        assertThat(lines[1].trim().split(" +")).containsExactly("1", "636557.244684");
        assertThat(lines[3].trim().split(" +")).containsExactly("3", "-1234567890.500000");
        // every row right-aligns its number under the header
        assertThat(lines[1].length()).isEqualTo(lines[3].length()).isEqualTo(lines[0].length());
    }
}
