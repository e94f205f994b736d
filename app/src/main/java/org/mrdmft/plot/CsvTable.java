package org.mrdmft.plot;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mrdmft.figures.DataTable;

/** A table of named numeric columns of equal length, written as CSV with full double precision. */
public final class CsvTable {
    private final List<String> names = new ArrayList<>();
    private final List<double[]> columns = new ArrayList<>();

    /** The table's columns, in order. */
    public static CsvTable of(DataTable table) {
        CsvTable out = new CsvTable();
        for (DataTable.Column c : table.columns()) {
            out.column(c.name(), c.values());
        }
        return out;
    }

    /** Writes {@code table} as {@code dir/NAME.csv}. */
    public static Path write(DataTable table, Path dir) throws IOException {
        return of(table).write(dir.resolve(table.name() + ".csv"));
    }

    /** Adds a column; all columns must have the same length. */
    public CsvTable column(String name, double[] values) {
        if (!columns.isEmpty() && columns.get(0).length != values.length) {
            throw new IllegalArgumentException("column " + name + " has " + values.length + " rows, not "
                    + columns.get(0).length);
        }
        names.add(name);
        columns.add(values.clone());
        return this;
    }

    /** Writes the table; NaN cells are written empty. */
    public Path write(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", names));
            w.newLine();
            int rows = columns.isEmpty() ? 0 : columns.get(0).length;
            for (int i = 0; i < rows; i++) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < columns.size(); c++) {
                    if (c > 0) {
                        line.append(',');
                    }
                    double v = columns.get(c)[i];
                    if (!Double.isNaN(v)) {
                        line.append(v);
                    }
                }
                w.write(line.toString());
                w.newLine();
            }
        }
        return file;
    }
}
