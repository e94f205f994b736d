package org.mrdmft.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.mrdmft.plot.style.Panel;
import org.mrdmft.plot.style.PaperSize;

/**
 * A multi-panel figure: rows of panels, each row with its own height and each panel a share of the row's
 * width, every lettered panel marked a, b, c ... in bold at its top left (row by row, left to right). Used for the
 * composites of the paper figures, which put the single panels side by side as the paper lays them out.
 *
 * <p>Sizes are in inches at print size; {@link #draw} scales them to the area it is given. Each lettered cell
 * keeps a band at its top for its letter ({@link Panel#lettered}), so that the letter covers none of the panel's
 * own text.
 */
public final class PanelGrid implements Panel {
    /** Gap between neighbouring cells, in inches. */
    static final double GAP = 0.06;

    private final double width;
    private final List<Row> rows;

    private PanelGrid(double width, List<Row> rows) {
        this.width = width;
        this.rows = List.copyOf(rows);
    }

    /** A grid {@code width} inches wide (e.g. a page, 7 in). */
    public static Builder ofWidth(double width) {
        return new Builder(width);
    }

    /** The width in inches. */
    public double width() {
        return width;
    }

    /** The height in inches: the sum of the rows'. */
    public double height() {
        return rows.stream().mapToDouble(Row::height).sum();
    }

    /** How many panels carry a letter. */
    public int letters() {
        return (int) rows.stream().flatMap(r -> r.cells().stream()).filter(Cell::lettered).count();
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        double unit = area.getWidth() / width;
        double gap = GAP * unit / 2;
        double y = area.getY();
        int letter = 0;
        for (Row row : rows) {
            double h = row.height() / height() * area.getHeight();
            double total = row.cells().stream().mapToDouble(Cell::weight).sum();
            double x = area.getX();
            for (Cell cell : row.cells()) {
                double w = area.getWidth() * cell.weight() / total;
                Rectangle2D box = new Rectangle2D.Double(x + gap, y + gap, w - 2 * gap, h - 2 * gap);
                Panel panel = cell.panel() == null ? (gr, a) -> { } : cell.panel();
                if (cell.lettered()) {
                    panel = panel.lettered(String.valueOf((char) ('a' + letter++)));
                }
                panel.draw(g, box);
                x += w;
            }
            y += h;
        }
    }

    /** The printed size of this grid. */
    public PaperSize size() {
        return new PaperSize(width, height());
    }

    /**
     * One cell of a row.
     *
     * @param panel what it shows (null: empty space)
     * @param weight its share of the row's width relative to the other cells
     * @param lettered whether it gets the next panel letter
     */
    public record Cell(Panel panel, double weight, boolean lettered) {
        public Cell {
            if (!(weight > 0)) {
                throw new IllegalArgumentException("cell weight must be positive, was " + weight);
            }
        }

        /** A lettered panel of weight 1. */
        public static Cell of(Panel panel) {
            return new Cell(panel, 1, true);
        }

        /** A lettered panel of the given weight. */
        public static Cell of(Panel panel, double weight) {
            return new Cell(panel, weight, true);
        }

        /** A panel without letter (a shared legend, a heading). */
        public static Cell plain(Panel panel, double weight) {
            return new Cell(panel, weight, false);
        }
    }

    /**
     * One row: its height in inches and its cells.
     *
     * @param height inches at print size
     * @param cells left to right
     */
    public record Row(double height, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
            if (!(height > 0) || cells.isEmpty()) {
                throw new IllegalArgumentException("a row needs a positive height and at least one cell");
            }
        }
    }

    /** Collects the rows of a grid. */
    public static final class Builder {
        private final double width;
        private final List<Row> rows = new ArrayList<>();

        private Builder(double width) {
            this.width = width;
        }

        /** Adds a row of the given cells. */
        public Builder row(double height, Cell... cells) {
            rows.add(new Row(height, List.of(cells)));
            return this;
        }

        /** Adds a row of equally wide lettered panels. */
        public Builder row(double height, List<? extends Panel> panels) {
            rows.add(new Row(height, panels.stream().map(Cell::of).toList()));
            return this;
        }

        /** The grid. */
        public PanelGrid build() {
            return new PanelGrid(width, rows);
        }
    }
}
