package org.mrdmft.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code mrdmft} command line. Exit codes: 0 success, 1 internal error (a bug), 2 user error, 3 numerical
 * failure (a valid input whose computation diverged or did not converge); each failure is one line on stderr,
 * never a stack trace (see {@link ErrorReporter}). Results go to stdout, progress and notes to stderr.
 */
@Command(name = "mrdmft", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Dynamical mean-field theory of multiregion recurrent neural networks.",
        subcommands = {SolveCommand.class, SimulateCommand.class, ValidateCommand.class, FigureCommand.class, SweepCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    private final Console console;

    @Spec
    private CommandSpec spec;

    Main(Console console) {
        this.console = console;
    }

    /** The streams every subcommand writes to. */
    Console console() {
        return console;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: solve, simulate, sweep, figure or demo");
    }

    /** Entry point of the launcher. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line on the process's streams and returns the exit code (without exiting). */
    public static int run(String... args) {
        return run(Console.system(), args);
    }

    /** Runs the command line on the given streams and returns the exit code. */
    public static int run(Console console, String... args) {
        System.setProperty("java.awt.headless", "true");
        return commandLine(console).execute(args);
    }

    /** The configured picocli command line. */
    static CommandLine commandLine(Console console) {
        ErrorReporter errors = new ErrorReporter(console.err(), "1".equals(System.getenv("MRDMFT_DEBUG")));
        CommandLine cl = new CommandLine(new Main(console));
        cl.setOut(writer(console.out()));
        cl.setErr(writer(console.err()));
        cl.setParameterExceptionHandler(errors);
        cl.setExecutionExceptionHandler(errors);
        return cl;
    }

    /**
     * Runs a config-loading call, reporting an IllegalArgumentException as a user error. Only for reading
     * configs: around a solve it would pass a bug in the numerics off as a user error.
     */
    static <T> T userInput(Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
