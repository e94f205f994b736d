package org.mrdmft.cli;

/**
 * Stops a command whose caller has gone: the {@link SolveServer} interrupts the thread running a served command
 * when the launcher that asked for it ends (Ctrl-C, a killed job), and the run stops at its next progress report
 * or before it writes anything, as the command's own process would have been stopped: nothing is committed.
 */
final class CancelledRun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CancelledRun() {
        super("the caller of the command has gone", null, false, false);
    }

    /** Throws when the current thread has been interrupted (its caller has gone). */
    static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancelledRun();
        }
    }
}
