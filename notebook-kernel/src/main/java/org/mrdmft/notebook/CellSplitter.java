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
     */
    record Piece(String source, int offset) {
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
            pieces.add(new Piece(source, consumed));
            int used = rest.length() - remaining.length();
            if (used <= 0) {
                return pieces; // JShell could not cut further: what is left went in whole
            }
            consumed += used;
            rest = remaining;
        }
    }

    private static int leadingBlanks(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
