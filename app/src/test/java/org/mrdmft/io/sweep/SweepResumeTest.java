package org.mrdmft.io.sweep;

import org.mrdmft.sweep.RowSolver;
import org.mrdmft.sweep.Shard;
import org.mrdmft.sweep.SweepPlan;
import org.mrdmft.sweep.SweepRow;
import org.mrdmft.sweep.SweepSpecReader;
import org.mrdmft.sweep.TransientRowSolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.failure.InvalidInputException;

/** A killed sweep resumes: only the missing rows are solved and the final table equals a clean run's. */
class SweepResumeTest {
    private static final String TINY = """
            regions: 2
            disorder: [0.5, 0.5]
            interactions:
              reciprocal: {a: [0.0, 0.0], b: [2.0, 2.0], signs: [1, 1]}
            dmft: {dt: 0.05, steps: 200}
            """;
    private static final String SWEEP = """
            name: resume
            base: tiny.yaml
            axes: [{key: disorder, values: [0.5, 1.0, 1.5]}]
            draws: 2
            """;

    @TempDir
    Path tmp;

    /** Counts solves; throws (a "kill") once {@code stopAfter} rows are done. */
    private static final class CountingSolver implements RowSolver {
        final AtomicInteger solves = new AtomicInteger();
        final int stopAfter;

        CountingSolver(int stopAfter) {
            this.stopAfter = stopAfter;
        }

        @Override
        public SweepRow solve(SweepPlan plan, int point, int draw) {
            if (solves.get() >= stopAfter) {
                throw new IllegalStateException("killed");
            }
            solves.incrementAndGet();
            return new TransientRowSolver().solve(plan, point, draw);
        }
    }

    /** An execution without --force that draws no charts (the rows and tables are what these tests check). */
    private static SweepExecution execution(RowSolver solver, int threads) {
        return new SweepExecution(solver, threads, false, LabelMapCharts.NONE);
    }

    private SweepPlan plan() throws IOException {
        Files.writeString(tmp.resolve("tiny.yaml"), TINY);
        return new SweepPlan(SweepSpecReader.read(Files.writeString(tmp.resolve("resume.yaml"), SWEEP)));
    }

    @Test
    void rerunComputesOnlyTheMissingRowsAndMatchesACleanRun() throws Exception {
        SweepPlan plan = plan();
        Path clean = tmp.resolve("clean");
        execution(new TransientRowSolver(), 1).run(plan, Shard.ALL, clean, ProgressListener.NONE);

        Path dir = tmp.resolve("killed");
        CountingSolver first = new CountingSolver(4);
        assertThatThrownBy(() -> execution(first, 1).run(plan, Shard.ALL, dir, ProgressListener.NONE))
                .hasMessage("killed");
        assertThat(dir.resolve(SweepTable.CSV)).doesNotExist();
        // the kill tore the line being written
        Files.writeString(SweepJournal.file(dir), "{\"point\":2,\"draw\":1,\"seed\":12",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        CountingSolver second = new CountingSolver(Integer.MAX_VALUE);
        SweepExecution.Result result = execution(second, 2).run(plan, Shard.ALL, dir,
                ProgressListener.NONE);
        assertThat(second.solves.get()).isEqualTo(2);
        assertThat(result.resumed()).isEqualTo(4);
        assertThat(Files.readAllBytes(dir.resolve(SweepTable.CSV)))
                .isEqualTo(Files.readAllBytes(clean.resolve(SweepTable.CSV)));

        CountingSolver third = new CountingSolver(Integer.MAX_VALUE);
        execution(third, 2).run(plan, Shard.ALL, dir, ProgressListener.NONE);
        assertThat(third.solves.get()).isZero();
    }

    @Test
    void aJournalOfAnotherSweepIsNotMixedIn() throws Exception {
        SweepPlan plan = plan();
        Path dir = tmp.resolve("out");
        execution(new TransientRowSolver(), 2).run(plan, new Shard(0, 2), dir, ProgressListener.NONE);
        assertThatThrownBy(() -> SweepJournal.open(dir, plan.spec(), new Shard(1, 2), false))
                .hasMessageContaining("different sweep or shard");
    }

    @Test
    void aRefusedSweepLeavesNoJournalBehind() throws Exception {
        SweepPlan plan = plan();
        Path dir = tmp.resolve("refused");
        // the first rows finish, then a point's input is refused: the sweep can never finish
        RowSolver refusing = (p, point, draw) -> {
            if (point == 2) {
                throw new InvalidInputException("base", "unreachable eigenvalue target");
            }
            return new TransientRowSolver().solve(p, point, draw);
        };
        assertThatThrownBy(() -> execution(refusing, 1).run(plan, Shard.ALL, dir, ProgressListener.NONE))
                .isInstanceOf(InvalidInputException.class);
        assertThat(dir).doesNotExist();
        try (var entries = Files.list(tmp)) {
            assertThat(entries.map(e -> e.getFileName().toString())).containsExactlyInAnyOrder("tiny.yaml",
                    "resume.yaml");
        }
        // the next valid sweep (here: another sweep) into the same directory is not blocked
        SweepPlan other = new SweepPlan(SweepSpecReader.read(Files.writeString(tmp.resolve("other.yaml"),
                SWEEP.replace("name: resume", "name: other").replace("draws: 2", "draws: 1"))));
        execution(new TransientRowSolver(), 2).run(other, Shard.ALL, dir, ProgressListener.NONE);
        assertThat(dir.resolve(SweepTable.CSV)).exists();
    }
}
