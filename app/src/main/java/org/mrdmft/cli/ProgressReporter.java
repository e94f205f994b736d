package org.mrdmft.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.mrdmft.dmft.ProgressListener;

/**
 * Progress of a long computation on stderr, shown only once it has run longer than a delay (1 s by default)
 * so that quick runs stay silent. On a terminal it is a redrawing progress bar (progressbar); otherwise
 * (logs of batch jobs) a plain line at every 10 %. With a heartbeat ({@link #heartbeat}), a computation that reports
 * no fraction for a while (a figure drawn from a library call without progress, a stationary solve) still says that
 * it is working: "NAME: working, 12 s" once it has run {@link #FIRST_BEAT}, then every {@link #BEAT} without
 * progress.
 */
final class ProgressReporter implements ProgressListener, AutoCloseable {
    /** Default delay before anything is shown. */
    static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);
    /** First heartbeat after this long without progress. */
    static final Duration FIRST_BEAT = Duration.ofSeconds(2);
    /** Later heartbeats this far apart, while no progress arrives. */
    static final Duration BEAT = Duration.ofSeconds(10);

    private final Console console;
    private final String task;
    private final long delayNanos;
    private final long start = System.nanoTime();
    private ProgressBar bar;
    private int lastDecile = -1;
    private volatile long lastActivity = start;
    private ScheduledExecutorService beats;

    ProgressReporter(Console console, String task, Duration delay) {
        this.console = console;
        this.task = task;
        this.delayNanos = delay.toNanos();
    }

    /**
     * Starts the heartbeat (a daemon thread writing "TASK: working, N s" to stderr while no progress arrives);
     * {@link #close()} stops it.
     */
    ProgressReporter heartbeat() {
        return heartbeat(FIRST_BEAT, BEAT);
    }

    ProgressReporter heartbeat(Duration first, Duration every) {
        beats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mrdmft-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long firstNanos = first.toNanos();
        long everyNanos = every.toNanos();
        long period = Math.max(1, Math.min(firstNanos, everyNanos) / 4);
        beats.scheduleAtFixedRate(() -> beat(firstNanos, everyNanos), period, period, TimeUnit.NANOSECONDS);
        return this;
    }

    private void beat(long firstNanos, long everyNanos) {
        long now = System.nanoTime();
        boolean firstBeat = lastActivity == start;
        if (bar == null && now - lastActivity >= (firstBeat ? firstNanos : everyNanos)) {
            lastActivity = now;
            console.note(String.format(Locale.ROOT, "%s: working, %d s", task, (now - start) / 1_000_000_000L));
        }
    }

    @Override
    public void onProgress(long done, long total) {
        lastActivity = System.nanoTime();
        if (bar == null && lastDecile < 0 && System.nanoTime() - start < delayNanos) {
            return;
        }
        if (console.interactive()) {
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                        .setConsumer(new ConsoleProgressBarConsumer(console.err()))
                        .setUpdateIntervalMillis(200).build();
            }
            bar.maxHint(total);
            bar.stepTo(done);
        } else if (total > 0) {
            int decile = (int) Math.min(10, 10 * done / total);
            if (decile > lastDecile) {
                lastDecile = decile;
                console.note(task + " " + 10 * decile + "% (" + done + "/" + total + ")");
            }
        }
    }

    @Override
    public void close() {
        if (beats != null) {
            beats.shutdownNow();
            beats = null;
        }
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
