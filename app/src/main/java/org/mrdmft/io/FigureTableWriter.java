package org.mrdmft.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.TextTable;

/**
 * Writes the library's figure tables as CSV files {@code name.csv}: numbers at full double precision
 * ({@link Double#toString}), NaN cells empty; text cells as they are.
 */
public final class FigureTableWriter {
    private FigureTableWriter() {
    }

    /** Writes {@code table} as {@code dir/NAME.csv}. */
    public static Path write(DataTable table, Path dir) throws IOException {
        Path file = dir.resolve(table.name() + ".csv");
        List<DataTable.Column> columns = table.columns();
        double[][] values = new double[columns.size()][];
        boolean[] whole = new boolean[values.length];
        for (int c = 0; c < values.length; c++) {
            values[c] = columns.get(c).values();
            whole[c] = wholeNumbers(values[c]);
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", table.columnNames()));
            w.newLine();
            for (int i = 0; i < table.rows(); i++) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < values.length; c++) {
                    if (c > 0) {
                        line.append(',');
                    }
                    if (whole[c]) {
                        line.append((long) values[c][i]);
                    } else if (!Double.isNaN(values[c][i])) {
                        line.append(values[c][i]);
                    }
                }
                w.write(line.toString());
                w.newLine();
            }
        }
        return file;
    }

    /** Whether every value of a column is a whole number (a count or a label), written without ".0". */
    private static boolean wholeNumbers(double[] column) {
        for (double v : column) {
            if (!(v == Math.rint(v) && Math.abs(v) < 0x1p53)) {
                return false;
            }
        }
        return column.length > 0;
    }

    /** Writes {@code table} as {@code dir/NAME.csv}. */
    public static Path write(TextTable table, Path dir) throws IOException {
        Path file = dir.resolve(table.name() + ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", table.header()));
            w.newLine();
            for (List<String> row : table.rows()) {
                w.write(String.join(",", row));
                w.newLine();
            }
        }
        return file;
    }
}
