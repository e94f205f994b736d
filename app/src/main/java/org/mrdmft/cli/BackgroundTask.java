package org.mrdmft.cli;

import java.io.IOException;

/**
 * A piece of a command's work run on its own daemon thread while the command goes on, so that a command uses
 * both cores of a small machine (claiming the output directory while the solve runs, writing result.h5 while
 * the text files are written). {@link #join()} waits for it and returns its result or rethrows its own
 * exception, unwrapped, so that error reporting sees what the same work done in sequence would have thrown.
 *
 * @param <T> the result
 */
final class BackgroundTask<T> {
    /** The work: a result, or an unchecked or I/O exception. */
    @FunctionalInterface
    interface Work<T> {
        T call() throws IOException;
    }

    private final Thread thread;
    private volatile T result;
    private volatile Throwable failure;
    private volatile boolean succeeded;

    private BackgroundTask(String name, Work<T> work) {
        this.thread = new Thread(() -> {
            try {
                result = work.call();
                succeeded = true;
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
            }
        }, name);
        thread.setDaemon(true);
    }

    /** Starts {@code work} on a new daemon thread called {@code name}. */
    static <T> BackgroundTask<T> start(String name, Work<T> work) {
        BackgroundTask<T> task = new BackgroundTask<>(name, work);
        task.thread.start();
        return task;
    }

    /** Whether the work has ended by throwing (false while it runs). */
    boolean failed() {
        return failure != null;
    }

    /** Whether the work has ended with a result (false while it runs). */
    boolean succeeded() {
        return succeeded;
    }

    /** Waits for the work (uninterruptibly: it may hold files) and returns its result or rethrows its exception. */
    T join() throws IOException {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable e = failure;
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return result;
    }
}
