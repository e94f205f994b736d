package org.mrdmft.cli;

import java.io.PrintStream;
import org.mrdmft.config.ConfigException;
import org.mrdmft.failure.InvalidInputException;
import org.mrdmft.failure.NumericalFailureException;
import org.mrdmft.io.OutputConflictException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr: {@code mrdmft: error: <message>} with exit code 2 for user
 * errors (bad usage, bad config, inputs the library refuses, output conflicts); {@code mrdmft: numerical
 * failure: <what> (try <settings>)} with exit code 3 for a computation that diverged or did not converge
(the input was valid, so neither a user error nor a bug);
 * {@code mrdmft: error: internal error: ...} with exit code 1 for anything else (a bug), whose stack trace is
 * printed only when the environment variable MRDMFT_DEBUG is set to 1.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {
    /** Exit code of user errors. */
    static final int USER_ERROR = 2;
    /** Exit code of internal errors. */
    static final int INTERNAL_ERROR = 1;
    /** Exit code of numerical failures (divergence, non-convergence): distinct from user and internal errors. */
    static final int NUMERICAL_FAILURE = 3;

    private final PrintStream err;
    private final boolean debug;

    ErrorReporter(PrintStream err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        String help = ex.getCommandLine().getCommandName();
        CommandLine parent = ex.getCommandLine().getParent();
        String command = parent == null ? help : parent.getCommandName() + " " + help;
        err.println("mrdmft: error: " + oneLine(ex.getMessage()) + " (see '" + command + " --help')");
        return USER_ERROR;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        if (isUserError(ex)) {
            err.println("mrdmft: error: " + oneLine(ex.getMessage()));
            return USER_ERROR;
        }
        if (ex instanceof NumericalFailureException failure) {
            err.println("mrdmft: numerical failure: " + oneLine(failure.getMessage())
                    + " (try " + oneLine(failure.suggestion()) + ")");
            return NUMERICAL_FAILURE;
        }
        err.println("mrdmft: error: internal error: " + oneLine(ex.toString())
                + (debug ? "" : " (set MRDMFT_DEBUG=1 to see the stack trace)"));
        if (debug) {
            ex.printStackTrace(err);
        }
        return INTERNAL_ERROR;
    }

    static boolean isUserError(Exception ex) {
        return ex instanceof ConfigException || ex instanceof UserInputException
                || ex instanceof InvalidInputException || ex instanceof OutputConflictException
                || ex instanceof ParameterException;
    }

    private static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
