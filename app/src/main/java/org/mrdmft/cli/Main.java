package org.mrdmft.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code mrdmft} command line. Exit codes: 0 success, 1 internal error (a bug), 2 user error, 3 numerical
 * failure (a valid input whose computation diverged or did not converge); each failure is one line on stderr,
 * never a stack trace (see {@link ErrorReporter}). Results go to stdout, progress and notes to stderr.
 *
 * <p>The subcommands ({@link #COMMANDS}) are registered by name: a command line that names one builds only
 * that one, and {@code --version} none, since picocli reflects over every registered command (and
 * instantiating one may load Jackson or the plotting code) before it parses anything. Help, errors and
 * anything else see them all.
 */
@Command(name = "mrdmft", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Dynamical mean-field theory of multiregion recurrent neural networks.")
public final class Main implements Runnable {
    /** The subcommands, in the order the usage help lists them. */
    static final List<String> COMMANDS = List.of("solve", "simulate", "validate", "figure", "sweep", "demo", "server",
            "help");

    private final Console console;
    private final Path workingDirectory;

    @Spec
    private CommandSpec spec;

    Main(Console console, Path workingDirectory) {
        this.console = console;
        this.workingDirectory = workingDirectory;
    }

    /** The streams every subcommand writes to. */
    Console console() {
        return console;
    }

    /**
     * The directory relative paths are resolved against: null for the process's own (a command run in its own
     * process), the caller's for a command run by the {@link SolveServer} on its behalf.
     */
    Path workingDirectory() {
        return workingDirectory;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: solve, simulate, sweep, figure or demo");
    }

    /** Runs the command line and exits with its code (the jar starts {@link EntryPoint}, which calls this). */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line on the process's streams and returns the exit code (without exiting). */
    public static int run(String... args) {
        return run(Console.system(), args);
    }

    /** Runs the command line on the given streams and returns the exit code. */
    public static int run(Console console, String... args) {
        return run(console, null, debugRequested(), args);
    }

    /**
     * Runs the command line for a caller in another directory ({@code workingDirectory}, null for this process's
     * own), with stack traces of internal errors when {@code debug}, and returns the exit code.
     */
    static int run(Console console, Path workingDirectory, boolean debug, String... args) {
        System.setProperty("java.awt.headless", "true");
        return commandLine(console, workingDirectory, debug, args).execute(args);
    }

    /** The environment variable that, set to 1, adds the stack trace to an internal error's message. */
    static final String DEBUG = "MRDMFT_DEBUG";

    /** The configured picocli command line for {@code args} (with the subcommands they need). */
    static CommandLine commandLine(Console console, String... args) {
        return commandLine(console, null, debugRequested(), args);
    }

    /** Whether this process's environment asks for stack traces ({@link #DEBUG}=1). */
    private static boolean debugRequested() {
        return "1".equals(System.getenv(DEBUG));
    }

    private static CommandLine commandLine(Console console, Path workingDirectory, boolean debug, String... args) {
        ErrorReporter errors = new ErrorReporter(console.err(), debug);
        CommandLine cl = new CommandLine(new Main(console, workingDirectory));
        for (String name : commandsFor(args)) {
            cl.addSubcommand(name, command(name));
        }
        if (workingDirectory != null) {
            // every path on the command line is the caller's: relative ones are resolved against its directory
            // (an empty path stays empty, so that it is refused as in the command's own JVM)
            cl.registerConverter(Path.class, s -> s.isEmpty() ? Path.of(s) : workingDirectory.resolve(s));
        }
        // set after the subcommands: picocli passes these settings only to the subcommands already added
        cl.setOut(writer(console.out()));
        cl.setErr(writer(console.err()));
        cl.setParameterExceptionHandler(errors);
        cl.setExecutionExceptionHandler(errors);
        return cl;
    }

    /** The subcommands a command line needs: none for a lone version flag, the one it names, else all. */
    static List<String> commandsFor(String... args) {
        if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
            return List.of();
        }
        if (args.length > 0 && !"help".equals(args[0]) && COMMANDS.contains(args[0])) {
            return List.of(args[0]);
        }
        return COMMANDS;
    }

    /** A new instance of the subcommand {@code name} (one of {@link #COMMANDS}). */
    static Object command(String name) {
        switch (name) {
            case "solve":
                return new SolveCommand();
            case "simulate":
                return new SimulateCommand();
            case "validate":
                return new ValidateCommand();
            case "figure":
                return new FigureCommand();
            case "sweep":
                return new SweepCommand();
            case "demo":
                return new DemoCommand();
            case "server":
                return new ServerCommand();
            case "help":
                return new CommandLine.HelpCommand();
            default:
                throw new IllegalArgumentException("no subcommand " + name);
        }
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
