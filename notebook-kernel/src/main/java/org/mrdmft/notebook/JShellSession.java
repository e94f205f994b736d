package org.mrdmft.notebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * One notebook's Java session: a JShell whose snippets run in this JVM with mrdmft and its dependencies on the
 * class path. {@link #run} evaluates a whole cell (several statements, imports, methods and classes; state stays for
 * the next cell) and says how it ended: its value is that of a final expression written without a semicolon. Every session predefines {@code display(Object)} and
 * {@code display(Object, double widthInches, double heightInches)}.
 */
public final class JShellSession implements AutoCloseable {
    /** The methods every session starts with. */
    static final String PRELUDE = """
            void display(Object value) { org.mrdmft.notebook.Notebook.display(value); }
            void display(Object chart, double widthInches, double heightInches) {
                org.mrdmft.notebook.Notebook.display(chart, widthInches, heightInches);
            }
            """;

    /** Whether a piece of code is ready to run, for a console's "is complete" question. */
    public enum Readiness { COMPLETE, INCOMPLETE, INVALID, UNKNOWN }

    /**
     * Completion candidates for the text between {@code start} and {@code end}.
     *
     * @param options the candidate replacements
     * @param start where the replaced text starts
     * @param end where it ends (the cursor)
     */
    public record Completions(List<String> options, int start, int end) {
        public Completions {
            options = List.copyOf(options);
        }
    }

    private final JShell shell;
    private final InProcessControl control;
    private final CellSplitter splitter;

    private JShellSession(JShell shell, InProcessControl control) {
        this.shell = shell;
        this.control = control;
        this.splitter = new CellSplitter(shell.sourceCodeAnalysis());
    }

    /**
     * Starts a session.
     *
     * @param classpath the entries cells compile against (classes load from this JVM's own class path first, so
     *                  the kernel and the cells share one copy of each class)
     */
    public static JShellSession open(List<String> classpath) {
        InProcessExecution engine = new InProcessExecution();
        JShell shell = JShell.builder().executionEngine(engine, Map.of()).build();
        for (String entry : classpath) {
            if (!entry.isBlank()) {
                shell.addToClasspath(entry);
            }
        }
        JShellSession session = new JShellSession(shell, engine.control());
        CellResult prelude = session.run(PRELUDE, value -> { });
        if (!(prelude instanceof CellResult.Nothing)) {
            session.close();
            throw new IllegalStateException("the session's predefined methods do not compile: " + prelude);
        }
        return session;
    }

    /**
     * Evaluates one cell, snippet by snippet, stopping at the first error.
     *
     * @param cell the cell's code
     * @param display where the cell's {@code display(...)} calls go
     */
    public CellResult run(String cell, Consumer<Object> display) {
        CellFailures failures = new CellFailures(cell);
        List<CellSplitter.Piece> pieces;
        try {
            pieces = splitter.split(cell);
        } catch (CellSplitter.IncompleteCellException e) {
            return failures.compileError(e.offset(), e.getMessage());
        }
        control.displayTo(display);
        control.beginCell();
        Map<String, Integer> offsets = new HashMap<>();
        List<DeclarationSnippet> declared = new ArrayList<>();
        CellResult result = new CellResult.Nothing();
        try {
            for (CellSplitter.Piece piece : pieces) {
                for (SnippetEvent event : shell.eval(piece.source())) {
                    if (event.causeSnippet() != null) {
                        continue; // a dependent snippet updated by this one
                    }
                    Snippet snippet = event.snippet();
                    // JShell numbers a snippet's lines from its first non-blank character
                    offsets.put(snippet.id(), piece.offset() + leadingBlanks(piece.source()));
                    Object value = control.take(event.value());
                    if (control.stopped()) {
                        return CellFailures.interrupted();
                    }
                    if (event.status() == Snippet.Status.REJECTED) {
                        return rejected(failures, piece, snippet);
                    }
                    if (event.exception() != null) {
                        return failures.thrown(event.exception(), offsets);
                    }
                    if (snippet instanceof DeclarationSnippet declaration) {
                        declared.add(declaration);
                    }
                    result = piece.open() && isValue(snippet)
                            ? new CellResult.Value(value) : new CellResult.Nothing();
                }
            }
        } finally {
            control.endCell();
            control.displayTo(value -> { });
        }
        return unresolved(declared).map(CellResult.class::cast).orElse(result);
    }

    /** Asks the running cell to stop: an interrupt, then the end of its thread if it does not listen. */
    public void interrupt() {
        shell.stop();
    }

    /** Whether {@code code} is ready to run. */
    public Readiness readiness(String code) {
        try {
            List<CellSplitter.Piece> pieces = splitter.split(code);
            return pieces.isEmpty() ? Readiness.UNKNOWN : Readiness.COMPLETE;
        } catch (CellSplitter.IncompleteCellException e) {
            return Readiness.INCOMPLETE;
        }
    }

    /** Completion candidates at {@code cursor} in {@code code}. */
    public Completions complete(String code, int cursor) {
        int[] anchor = {cursor};
        List<SourceCodeAnalysis.Suggestion> suggestions =
                shell.sourceCodeAnalysis().completionSuggestions(code, cursor, anchor);
        Set<String> options = new LinkedHashSet<>();
        for (SourceCodeAnalysis.Suggestion s : suggestions) {
            options.add(s.continuation());
        }
        return new Completions(new ArrayList<>(options), anchor[0], cursor);
    }

    @Override
    public void close() {
        shell.close();
    }

    private static int leadingBlanks(String source) {
        int i = 0;
        while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The value of an expression is shown (when the cell ends with it and without a semicolon); declarations,
     * assignments and statements show nothing.
     */
    private static boolean isValue(Snippet snippet) {
        return snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                || snippet.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND;
    }

    private CellResult.Failure rejected(CellFailures failures, CellSplitter.Piece piece, Snippet snippet) {
        Optional<Diag> error = shell.diagnostics(snippet).filter(Diag::isError).findFirst();
        return error.map(d -> failures.compileError(piece.offset(), d))
                .orElseGet(() -> failures.compileError(piece.offset(), "JShell does not accept this snippet"));
    }

    private Optional<CellResult.Failure> unresolved(List<DeclarationSnippet> declared) {
        for (DeclarationSnippet declaration : declared) {
            Snippet.Status status = shell.status(declaration);
            if (status == Snippet.Status.RECOVERABLE_DEFINED || status == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                List<String> missing = shell.unresolvedDependencies(declaration).toList();
                return Optional.of(CellFailures.unresolved(declaration.name(), missing));
            }
        }
        return Optional.empty();
    }
}
