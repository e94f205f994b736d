package org.mrdmft.notebook;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import jdk.jshell.execution.DirectExecutionControl;

/**
 * Runs JShell's snippets in the kernel's own JVM, each on a fresh {@link CellThread}, and keeps the value of each
 * snippet as an object (JShell itself only reports a string). That is what lets the kernel draw a chart a cell
 * returns. {@link #stop()} interrupts the running snippet and, if it does not end within a second, stops its thread.
 */
final class InProcessControl extends DirectExecutionControl {
    private static final long GRACE_MILLIS = 1000;

    private final Map<String, Object> values = new HashMap<>();
    private final AtomicLong counter = new AtomicLong();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile Consumer<Object> display = value -> { };
    private volatile CellThread running;
    private volatile boolean cellActive;

    /** Where {@code display(...)} goes from now on. */
    void displayTo(Consumer<Object> target) {
        display = target;
    }

    /** The value a snippet produced, removed from the store; {@code null} for an unknown key. */
    Object take(String key) {
        synchronized (values) {
            return key == null ? null : values.remove(key);
        }
    }

    /**
     * Marks the start of a cell: from now until {@link #endCell()} a {@link #stop()} stops the cell even while
     * JShell is still compiling a snippet (the snippet then does not start).
     */
    void beginCell() {
        stopped.set(false);
        cellActive = true;
    }

    /** Marks the end of a cell: a later {@link #stop()} has nothing to stop. */
    void endCell() {
        cellActive = false;
        stopped.set(false);
    }

    /** Whether {@link #stop()} hit the current cell. */
    boolean stopped() {
        return stopped.get();
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        if (stopped.get()) {
            throw new StoppedException(); // interrupted while the snippet compiled
        }
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        CellThread worker = new CellThread(() -> {
            try {
                result[0] = doit.invoke(null);
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, display);
        running = worker;
        try {
            worker.start();
            worker.join();
        } finally {
            running = null;
        }
        Throwable t = failure[0];
        if (t instanceof InvocationTargetException wrapped && wrapped.getCause() instanceof ThreadDeath
                || t instanceof ThreadDeath) {
            throw new StoppedException();
        }
        if (t instanceof Exception e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        String key = "value#" + counter.incrementAndGet();
        synchronized (values) {
            values.put(key, result[0]);
        }
        return key;
    }

    @Override
    @SuppressWarnings({"deprecation", "removal"})
    public void stop() {
        if (!cellActive) {
            return;
        }
        stopped.set(true);
        CellThread worker = running;
        if (worker == null) {
            return; // between snippets: the session sees the mark before the next one
        }
        worker.interrupt();
        try {
            worker.join(GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            try {
                worker.stop();
            } catch (UnsupportedOperationException e) {
                // newer JVMs refuse Thread.stop: the interrupt above is all that can be done
            }
        }
    }
}
