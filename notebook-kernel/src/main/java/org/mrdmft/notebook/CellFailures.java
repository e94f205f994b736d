package org.mrdmft.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Turns what JShell reports (compile diagnostics, exceptions thrown by a snippet, unresolved references) into a
 * {@link CellResult.Failure} that names the cell's line and column, the exception's class and message, and its
 * stack trace through the cell.
 */
final class CellFailures {
    /** The error name of a cell that does not compile. */
    static final String COMPILE_ERROR = "CompileError";
    /** The error name of a cell whose declarations use something never defined. */
    static final String UNRESOLVED = "UnresolvedReference";
    /** The error name of a cell stopped by an interrupt. */
    static final String INTERRUPTED = "Interrupted";

    private static final Pattern SNIPPET_FILE = Pattern.compile("#(\\d+)");

    private final String cell;

    /** Failures of the given cell. */
    CellFailures(String cell) {
        this.cell = cell;
    }

    /** A compile error at {@code offset} in the cell (the first error diagnostic of the snippet). */
    CellResult.Failure compileError(int offset, String diagnostic) {
        int line = lineOf(offset);
        int column = offset - lineStart(offset) + 1;
        String message = tidy(diagnostic);
        List<String> traceback = new ArrayList<>();
        traceback.add("Compile error at line " + line + ", column " + column + " of the cell:");
        traceback.add("    " + lineText(offset));
        traceback.add("    " + " ".repeat(column - 1) + "^");
        message.lines().forEach(traceback::add);
        return new CellResult.Failure(COMPILE_ERROR, "line " + line + ", column " + column + ": " + message, traceback);
    }

    /** A compile error from a snippet at {@code snippetOffset}, given JShell's diagnostic. */
    CellResult.Failure compileError(int snippetOffset, Diag diag) {
        long position = diag.getPosition() >= 0 ? diag.getPosition() : Math.max(0, diag.getStartPosition());
        int offset = (int) Math.min(cell.length(), snippetOffset + position);
        return compileError(offset, diag.getMessage(Locale.ROOT));
    }

    /**
     * An exception thrown while a snippet ran.
     *
     * @param snippetOffsets the cell offset of each snippet of this cell, by JShell snippet id, to name cell lines
     */
    CellResult.Failure thrown(JShellException exception, Map<String, Integer> snippetOffsets) {
        if (exception instanceof UnresolvedReferenceException unresolved) {
            String message = unresolved.getSnippet().source().strip().lines().findFirst().orElse("")
                    + " uses something never defined";
            return new CellResult.Failure(UNRESOLVED, message, List.of(message));
        }
        String name = exception instanceof EvalException eval ? eval.getExceptionClassName()
                : exception.getClass().getName();
        String message = exception.getMessage() == null ? "" : exception.getMessage();
        List<String> traceback = new ArrayList<>();
        Throwable current = exception;
        String prefix = "";
        while (current != null) {
            String currentName = current instanceof EvalException eval ? eval.getExceptionClassName()
                    : current.getClass().getName();
            traceback.add(prefix + currentName + (current.getMessage() == null ? "" : ": " + current.getMessage()));
            for (StackTraceElement frame : current.getStackTrace()) {
                if (isRunnerFrame(frame)) {
                    break;
                }
                traceback.add("\tat " + describe(frame, snippetOffsets));
            }
            current = current.getCause();
            prefix = "Caused by: ";
        }
        return new CellResult.Failure(name, message, traceback);
    }

    /** A cell whose declarations stay unresolved at its end. */
    static CellResult.Failure unresolved(String declaration, List<String> missing) {
        String message = declaration + " needs " + String.join(", ", missing) + ", which no cell defines";
        return new CellResult.Failure(UNRESOLVED, message, List.of(message));
    }

    /** A cell stopped by an interrupt. */
    static CellResult.Failure interrupted() {
        String message = "the cell was interrupted";
        return new CellResult.Failure(INTERRUPTED, message, List.of(message));
    }

    /** Frames of the kernel's own machinery below the snippet: the stack trace ends there. */
    private static boolean isRunnerFrame(StackTraceElement frame) {
        String type = frame.getClassName();
        return type.startsWith("jdk.internal.reflect.") || type.equals("java.lang.reflect.Method")
                || type.startsWith("org.mrdmft.notebook.InProcessControl");
    }

    private String describe(StackTraceElement frame, Map<String, Integer> snippetOffsets) {
        Matcher m = frame.getFileName() == null ? null : SNIPPET_FILE.matcher(frame.getFileName());
        if (m == null || !m.matches()) {
            return frame.toString();
        }
        String method = frame.getMethodName().equals("do_it$") ? "" : frame.getMethodName();
        Integer offset = snippetOffsets.get(m.group(1));
        String where = offset != null && frame.getLineNumber() > 0
                ? "cell line " + (lineOf(offset) + frame.getLineNumber() - 1)
                : "snippet " + m.group(1) + (frame.getLineNumber() > 0 ? " line " + frame.getLineNumber() : "");
        return (method.isEmpty() ? "" : method + " ") + "(" + where + ")";
    }

    private static String tidy(String diagnostic) {
        StringBuilder out = new StringBuilder();
        for (String line : diagnostic.split("\n")) {
            if (line.strip().equals("location: class")) {
                continue; // the hidden wrapper class of a snippet
            }
            out.append(out.length() == 0 ? "" : "\n").append(line);
        }
        return out.toString();
    }

    private int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, cell.length()); i++) {
            if (cell.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private int lineStart(int offset) {
        int i = Math.min(offset, cell.length());
        while (i > 0 && cell.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private String lineText(int offset) {
        int start = lineStart(offset);
        int end = cell.indexOf('\n', start);
        return cell.substring(start, end < 0 ? cell.length() : end);
    }
}
