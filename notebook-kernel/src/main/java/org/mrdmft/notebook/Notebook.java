package org.mrdmft.notebook;

/**
 * What a cell can call on the notebook. Every session predefines {@code display(Object)} and
 * {@code display(Object, double, double)} as calls to these methods, so cells write {@code display(chart)}.
 */
public final class Notebook {
    private Notebook() {
    }

    /**
     * Shows a value below the running cell, rendered as its last expression would be (a chart or image as PNG, a
     * {@code DataTable} as a table, anything else as text).
     *
     * @throws IllegalStateException if called outside a cell's own thread (for example from a parallel stream)
     */
    public static void display(Object value) {
        if (Thread.currentThread() instanceof CellThread cell) {
            cell.display().accept(value);
        } else {
            throw new IllegalStateException("display() works on the cell's own thread, not on thread "
                    + Thread.currentThread().getName());
        }
    }

    /** Shows a chart at the given size in inches (see {@link SizedChart}). */
    public static void display(Object chart, double widthInches, double heightInches) {
        display(new SizedChart(chart, widthInches, heightInches));
    }
}
