package org.mrdmft.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A fixed number of threads that split index ranges [0, n) into contiguous chunks, one per thread, the
 * first run on the calling thread. Tasks must write only to their own indices (or to slots keyed by a
 * thread-independent index), so that results never depend on the thread count.
 */
final class ParallelRange implements AutoCloseable {
    /** Work on the half-open index range [from, to). */
    @FunctionalInterface
    interface RangeTask {
        void run(int from, int to);
    }

    private final int threads;
    private final ExecutorService pool;

    /** @param threads worker count; 0 means all available processors */
    ParallelRange(int threads) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.pool = this.threads > 1 ? Executors.newFixedThreadPool(this.threads - 1, r -> {
            Thread t = new Thread(r, "mrdmft-sim");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    int threads() {
        return threads;
    }

    /** Runs {@code task} over [0, n) split into at most {@code threads} contiguous chunks and waits for all. */
    void forEach(int n, RangeTask task) {
        int parts = Math.min(threads, n);
        if (parts <= 1) {
            task.run(0, n);
            return;
        }
        List<Future<?>> futures = new ArrayList<>(parts - 1);
        for (int p = 1; p < parts; p++) {
            int from = (int) ((long) n * p / parts);
            int to = (int) ((long) n * (p + 1) / parts);
            futures.add(pool.submit(() -> task.run(from, to)));
        }
        task.run(0, (int) ((long) n / parts));
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
