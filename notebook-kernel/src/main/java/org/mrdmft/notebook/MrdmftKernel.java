package org.mrdmft.notebook;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;

/**
 * The Jupyter side of the mrdmft Java kernel: answers execute requests by running the cell in a
 * {@link JShellSession}, publishes the cell's output streams, its displays and its last value
 * ({@link RichDisplay}), and turns a failed cell into a Jupyter error so that the notebook stops there.
 * Jupyter's messaging and channels come from JJava's base library.
 */
public final class MrdmftKernel extends BaseKernel {
    /** The kernel spec's name. */
    public static final String NAME = "mrdmft-java";

    private final JShellSession session;
    private final CellIO cellIo;
    private final RichDisplay richDisplay = new RichDisplay();

    private MrdmftKernel(JShellSession session, CellIO io, String version) {
        super(NAME, version, languageInfo(), List.of(), null, io, new CommManager(), new Renderer(), null, null, false,
                new StringStyler.Builder().build());
        this.session = session;
        this.cellIo = io;
    }

    /** A kernel running cells in {@code session}. */
    public static MrdmftKernel of(JShellSession session, String version) {
        return new MrdmftKernel(session, new CellIO(), version);
    }

    private static LanguageInfo languageInfo() {
        return new LanguageInfo.Builder("java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("text/x-java")
                .build();
    }

    @Override
    public String getBanner() {
        return "mrdmft Java kernel " + version + " (JShell, Java " + Runtime.version() + ")";
    }

    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        commManager.setMessageContext(message);
        ExecuteRequest request = message.getContent();
        int count = executionCount.getAndIncrement();
        env.setBusyDeferIdle();
        env.publish(new PublishExecuteInput(request.getCode(), count));
        replaceOutputStreams(env);
        cellIo.attach(env, request.isStdinEnabled());
        env.defer(() -> cellIo.detach(env));
        CellResult result;
        try {
            result = session.run(request.getCode(), value -> {
                flushStreams();
                display(displayData(richDisplay.render(value)));
            });
        } catch (RuntimeException | Error e) {
            result = new CellResult.Failure("KernelError", "the kernel failed running this cell: " + e,
                    List.of(String.valueOf(e)));
        }
        flushStreams();
        if (result instanceof CellResult.Failure failure) {
            env.publish(new PublishError(failure.name(), failure.message(), failure.traceback()));
            ErrorReply reply = new ErrorReply(failure.name(), failure.message(), failure.traceback());
            reply.setExecutionCount(count);
            env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
            return;
        }
        if (result instanceof CellResult.Value value) {
            try {
                env.publish(new PublishExecuteResult(count, displayData(richDisplay.render(value.value()))));
            } catch (RuntimeException e) {
                env.publish(new PublishError(e.getClass().getName(), "could not display the value: " + e.getMessage(),
                        List.of(String.valueOf(e))));
            }
        }
        env.defer().reply(new ExecuteReply(count, Map.of()));
    }

    /** Evaluates {@code code} as a cell; its value, or {@code null}. Used by JJava's notebook statics. */
    @Override
    public Object evalRaw(String code) {
        CellResult result = session.run(code, value -> display(displayData(richDisplay.render(value))));
        if (result instanceof CellResult.Failure failure) {
            throw new IllegalStateException(failure.name() + ": " + failure.message());
        }
        return result instanceof CellResult.Value value ? value.value() : null;
    }

    @Override
    public DisplayData eval(String code) {
        CellResult result = session.run(code, value -> display(displayData(richDisplay.render(value))));
        if (result instanceof CellResult.Failure failure) {
            throw new IllegalStateException(failure.name() + ": " + failure.message());
        }
        return result instanceof CellResult.Value value ? displayData(richDisplay.render(value.value())) : null;
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return null;
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        JShellSession.Completions completions = session.complete(code, at);
        return new ReplacementOptions(completions.options(), completions.start(), completions.end());
    }

    @Override
    public String isComplete(String code) {
        return switch (session.readiness(code)) {
            case COMPLETE -> IS_COMPLETE_YES;
            case INCOMPLETE -> "    ";
            case INVALID -> IS_COMPLETE_BAD;
            case UNKNOWN -> IS_COMPLETE_MAYBE;
        };
    }

    @Override
    public void interrupt() {
        session.interrupt();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        super.onShutdown(isRestarting);
        session.close();
    }

    /** Cell output goes to Jupyter a line at a time (see {@link LineBufferedOutput}); restored after the request. */
    @Override
    protected void replaceOutputStreams(ShellReplyEnvironment env) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        PrintStream out = LineBufferedOutput.over(io.out);
        PrintStream err = LineBufferedOutput.over(io.err);
        System.setOut(out);
        System.setErr(err);
        System.setIn(io.in);
        env.defer(() -> {
            out.flush();
            err.flush();
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        });
    }

    private static void flushStreams() {
        System.out.flush();
        System.err.flush();
    }

    private static DisplayData displayData(MimeBundle bundle) {
        DisplayData data = new DisplayData();
        bundle.data().forEach(data::putData);
        bundle.metadata().forEach(data::putMetaData);
        return data;
    }
}
