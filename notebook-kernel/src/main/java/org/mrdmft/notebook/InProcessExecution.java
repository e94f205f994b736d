package org.mrdmft.notebook;

import java.util.Map;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/** Hands JShell one {@link InProcessControl} and keeps it, so that the session can read values and stop snippets. */
final class InProcessExecution implements ExecutionControlProvider {
    private InProcessControl control;

    @Override
    public String name() {
        return "mrdmft-in-process";
    }

    @Override
    public synchronized ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        control = new InProcessControl();
        return control;
    }

    /** The control JShell was given (it is created when JShell starts). */
    synchronized InProcessControl control() {
        if (control == null) {
            throw new IllegalStateException("JShell has not started its execution engine");
        }
        return control;
    }
}
