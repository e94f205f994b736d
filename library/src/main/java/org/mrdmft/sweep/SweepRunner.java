package org.mrdmft.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.mrdmft.dmft.ProgressListener;

/**
 * Runs the unfinished rows of a shard on a fixed thread pool, handing each finished row to a sink (the
 * command line's journal, or nothing in process).
 * Each row depends only on its own derived seed, so the results do not depend on the thread count or the
 * order rows finish in. The first failing row stops the run (rows already handed to the sink stay there).
 *
 * @param solver computes one row
 * @param threads pool size (at least 1)
 * @param progress told of finished rows out of the shard's rows
 */
public record SweepRunner(RowSolver solver, int threads, ProgressListener progress) {
    public SweepRunner {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
        }
    }

    /** What a run did: every row of the shard, and how many were computed now. */
    public record Outcome(List<SweepRow> rows, int computed) {
    }

    /** Computes every row of the plan in process; returns them sorted by row index. */
    public List<SweepRow> run(SweepPlan plan) throws InterruptedException {
        List<SweepRow> rows = new ArrayList<>(run(plan, Shard.ALL, List.of(), row -> { }).rows());
        rows.sort(java.util.Comparator.comparingInt((SweepRow r) -> r.point()).thenComparingInt(SweepRow::draw));
        return rows;
    }

    /**
     * Completes the shard's rows.
     *
     * @param previous rows finished earlier (a resumed run); rows outside the shard or plan are dropped
     * @param sink told of each newly finished row, from the worker threads (it must be thread-safe)
     * @return every row of the shard (previous and new, unsorted) and how many were computed now
     */
    public Outcome run(SweepPlan plan, Shard shard, List<SweepRow> previous, Consumer<SweepRow> sink)
            throws InterruptedException {
        plan.memoryEstimate(threads).requireFits();
        List<SweepRow> rows = new ArrayList<>(previous);
        Set<Integer> done = new HashSet<>();
        int draws = plan.spec().draws();
        rows.removeIf(r -> !shard.contains(r.point() * draws + r.draw()) || r.point() >= plan.points()
                || r.draw() >= draws || !done.add(r.point() * draws + r.draw()));
        List<Integer> todo = new ArrayList<>();
        int total = 0;
        for (int row = 0; row < plan.rows(); row++) {
            if (shard.contains(row)) {
                total++;
                if (!done.contains(row)) {
                    todo.add(row);
                }
            }
        }
        long all = total;
        AtomicLong finished = new AtomicLong(done.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mrdmft-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<SweepRow>> futures = new ArrayList<>();
            for (int row : todo) {
                futures.add(pool.submit(() -> {
                    SweepRow r = solver.solve(plan, plan.pointOf(row), plan.drawOf(row));
                    sink.accept(r);
                    progress.onProgress(finished.incrementAndGet(), all);
                    return r;
                }));
            }
            for (Future<SweepRow> f : futures) {
                rows.add(f.get());
            }
        } catch (ExecutionException e) {
            pool.shutdownNow();
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        return new Outcome(rows, todo.size());
    }
}
