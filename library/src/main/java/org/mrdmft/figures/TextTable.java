package org.mrdmft.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * A table whose cells are text: the figure tables that name things (attractor kinds, label codes) beside their
 * numbers, which {@link DataTable}'s numeric columns cannot hold. The command line writes each as the CSV file
 * {@code name.csv}, cells as given (they contain no commas).
 *
 * @param name the table's name (its CSV file is {@code name.csv})
 * @param header the column headers
 * @param rows the rows, each with one cell per header
 */
public record TextTable(String name, List<String> header, List<List<String>> rows) {
    public TextTable {
        header = List.copyOf(header);
        List<List<String>> copy = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("table " + name + ": a row has " + row.size() + " cells, not "
                        + header.size());
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
    }

    /** The cells of one column, top to bottom. */
    public List<String> column(String columnName) {
        int c = header.indexOf(columnName);
        if (c < 0) {
            throw new IllegalArgumentException("table " + name + " has no column " + columnName);
        }
        return rows.stream().map(r -> r.get(c)).toList();
    }

    /** code,label: the integer codes of the dynamics labels in the numeric tables, in code order. */
    public static TextTable labelCodes(String name) {
        List<List<String>> rows = new ArrayList<>();
        for (org.mrdmft.dynamics.DynamicsLabel l : org.mrdmft.dynamics.DynamicsLabel.values()) {
            rows.add(List.of(Integer.toString(l.ordinal()), l.configName()));
        }
        return new TextTable(name, List.of("code", "label"), rows);
    }
}
