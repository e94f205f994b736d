package org.mrdmft.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Named numeric columns of equal length: the plotted numbers of one figure panel, as plain data. The
 * command line writes each table as a CSV file of the same name; code and notebooks read the columns.
 * NaN marks a cell that is not drawn (for example a branch that does not exist at that x).
 *
 * @param name the table's name (its CSV file is {@code name.csv})
 * @param columns the columns in order
 */
public record DataTable(String name, List<Column> columns) {
    /**
     * One column.
     *
     * @param name the column header
     * @param values the values, one per row
     */
    public record Column(String name, double[] values) {
        public Column {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    public DataTable {
        columns = List.copyOf(columns);
        for (Column c : columns) {
            if (c.values.length != columns.get(0).values.length) {
                throw new IllegalArgumentException("column " + c.name() + " of table " + name + " has "
                        + c.values.length + " rows, not " + columns.get(0).values.length);
            }
        }
    }

    /** Starts a table with the given name. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** The number of rows (0 without columns). */
    public int rows() {
        return columns.isEmpty() ? 0 : columns.get(0).values.length;
    }

    /** The column of that name. */
    public double[] column(String columnName) {
        for (Column c : columns) {
            if (c.name().equals(columnName)) {
                return c.values();
            }
        }
        throw new IllegalArgumentException("table " + name + " has no column " + columnName);
    }

    /** The table called {@code tableName} among {@code tables}. */
    public static DataTable find(List<DataTable> tables, String tableName) {
        return tables.stream().filter(t -> t.name().equals(tableName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + tableName));
    }

    /** The column headers in order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** Collects columns in order. */
    public static final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Adds a column (copied). */
        public Builder column(String columnName, double[] values) {
            columns.add(new Column(columnName, values));
            return this;
        }

        /** Adds a column of 1 (true) and 0 (false). */
        public Builder column(String columnName, boolean[] values) {
            double[] v = new double[values.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = values[i] ? 1.0 : 0.0;
            }
            return column(columnName, v);
        }

        public DataTable build() {
            return new DataTable(name, Collections.unmodifiableList(new ArrayList<>(columns)));
        }
    }
}
