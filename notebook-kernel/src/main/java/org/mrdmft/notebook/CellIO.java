package org.mrdmft.notebook;

import java.nio.charset.StandardCharsets;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.JupyterIO;

/** The kernel's standard streams and display channel, attached to the request being executed. */
final class CellIO extends JupyterIO {
    CellIO() {
        super(StandardCharsets.UTF_8);
    }

    /** Sends output, displays and input requests to {@code env} until {@link #detach}. */
    void attach(ShellReplyEnvironment env, boolean stdinAllowed) {
        setEnv(env);
        setJupyterInEnabled(stdinAllowed);
    }

    /** Stops sending to {@code env}. */
    void detach(ShellReplyEnvironment env) {
        retractEnv(env);
    }
}
