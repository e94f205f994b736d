package org.mrdmft.notebook;

import java.util.function.Consumer;

/**
 * The thread that runs one snippet of a cell. It carries the cell's display target, so that {@link Notebook#display}
 * called by the cell's code reaches the right notebook output without any static state.
 */
final class CellThread extends Thread {
    private final Consumer<Object> display;

    CellThread(Runnable body, Consumer<Object> display) {
        super(body, "mrdmft-cell");
        this.display = display;
        setDaemon(true);
    }

    /** Where values given to {@code display(...)} during this snippet go. */
    Consumer<Object> display() {
        return display;
    }
}
