package org.mrdmft.notebook;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Cuts a cell into the snippets JShell evaluates one at a time (statements, declarations, imports, a final
 * expression), each with its offset in the cell so that errors can name the cell's line and column. Java does not
 * end a statement at a line break: statements need their semicolons, only a cell's last expression may omit it.
 */
final class CellSplitter {
    /**
     * One snippet of a cell.
     *
     * @param source the snippet's text as JShell takes it (a missing final semicolon added)
     * @param offset where it starts in the cell
     * @param open whether the cell wrote the snippet without a final semicolon: only such a last expression
     *             shows its value, as a trailing semicolon hides it in other notebooks
     */
    record Piece(String source, int offset, boolean open) {
    }

    /** The cell ends inside an unfinished snippet (an open brace, parenthesis or string, a dangling operator). */
    static final class IncompleteCellException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int offset;

        IncompleteCellException(int offset) {
            super("the cell ends in the middle of a statement (a missing ';', ')' or '}'?)");
            this.offset = offset;
        }

        /** Where the unfinished snippet starts in the cell. */
        int offset() {
            return offset;
        }
    }

    private final SourceCodeAnalysis analysis;

    CellSplitter(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The cell's snippets in order; none for a cell of blanks and comments. */
    List<Piece> split(String cell) throws IncompleteCellException {
        List<Piece> pieces = new ArrayList<>();
        String rest = cell;
        int consumed = 0;
        while (true) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.EMPTY) {
                return pieces;
            }
            if (completeness == Completeness.DEFINITELY_INCOMPLETE
                    || completeness == Completeness.CONSIDERED_INCOMPLETE) {
                throw new IncompleteCellException(consumed + leadingBlanks(rest));
            }
            String remaining = info.remaining() == null ? "" : info.remaining();
            String source = info.source() == null ? rest : info.source();
            int used = rest.length() - remaining.length();
            String written = used > 0 ? rest.substring(0, used) : rest;
            pieces.add(new Piece(source, consumed, lastCodeCharacter(written) != ';'));
            if (used <= 0) {
                return pieces; // JShell could not cut further: what is left went in whole
            }
            consumed += used;
            rest = remaining;
        }
    }

    /** The last character of {@code code} outside comments and blanks (a literal's closing quote counts). */
    static char lastCodeCharacter(String code) {
        char last = 0;
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (c == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
                int end = code.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
                last = '"';
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && code.charAt(j) != c && code.charAt(j) != '\n') {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                last = c;
            } else {
                if (!Character.isWhitespace(c)) {
                    last = c;
                }
                i++;
            }
        }
        return last;
    }

    private static int leadingBlanks(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
