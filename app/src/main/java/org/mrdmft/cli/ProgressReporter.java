package org.mrdmft.cli;

import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.mrdmft.dmft.ProgressListener;

/**
 * Progress of a long computation on stderr, shown only once it has run longer than a delay (1 s by default)
 * so that quick runs stay silent. On a terminal it is a redrawing progress bar (progressbar); otherwise
 * (logs of batch jobs) a plain line at every 10 %.
 */
final class ProgressReporter implements ProgressListener, AutoCloseable {
    /** Default delay before anything is shown. */
    static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);

    private final Console console;
    private final String task;
    private final long delayNanos;
    private final long start = System.nanoTime();
    private ProgressBar bar;
    private int lastDecile = -1;

    ProgressReporter(Console console, String task, Duration delay) {
        this.console = console;
        this.task = task;
        this.delayNanos = delay.toNanos();
    }

    @Override
    public void onProgress(long done, long total) {
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
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
