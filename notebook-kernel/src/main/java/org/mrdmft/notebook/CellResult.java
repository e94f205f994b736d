package org.mrdmft.notebook;

import java.util.List;

/** How a cell ended: with nothing to show, with the value of its last expression, or with an error. */
public sealed interface CellResult {

    /** The cell ended with a statement or declaration: nothing to show. */
    record Nothing() implements CellResult {
    }

    /**
     * The cell ended with an expression.
     *
     * @param value its value, possibly {@code null}
     */
    record Value(Object value) implements CellResult {
    }

    /**
     * The cell failed; what Jupyter calls an error: the rest of the cell did not run.
     *
     * @param name the kind of error (a compile error, or the exception's class name)
     * @param message what went wrong, with the position in the cell for a compile error
     * @param traceback the lines to show, for an exception its stack trace through the cell
     */
    record Failure(String name, String message, List<String> traceback) implements CellResult {
        public Failure {
            traceback = List.copyOf(traceback);
        }
    }
}
