package org.mrdmft.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one layout of results on stdout, shared by solve (transient and stationary), simulate and the demo: a table
 * with one row per region (1-based) and one column per quantity, then the currents, one line per target region
 * with every entry labelled "mu&lt;-nu" (1-based, the current from region nu to region mu). Every number has six
 * decimals; an averaged number carries its standard error as "value +- error". Build it with the column methods,
 * then {@link #print(PrintStream)}.
 */
final class ResultLayout {
    private final List<String> names = new ArrayList<>();
    private final List<List<String>> cells = new ArrayList<>();
    private final int regions;
    private String currentsHeading;
    private double[][] currents;
    private double[][] currentErrors;

    /** A layout for {@code regions} regions. */
    ResultLayout(int regions) {
        this.regions = regions;
    }

    /** A column of one number per region. */
    ResultLayout column(String name, double[] values) {
        return column(name, values, null);
    }

    /** A column of one number per region with its standard error (none when {@code errors} is null). */
    ResultLayout column(String name, double[] values, double[] errors) {
        List<String> col = new ArrayList<>();
        for (int mu = 0; mu < regions; mu++) {
            col.add(errors == null ? number(values[mu]) : number(values[mu]) + " +- " + error(errors[mu]));
        }
        return text(name, col);
    }

    /** A column of one text per region. */
    ResultLayout text(String name, List<String> values) {
        names.add(name);
        cells.add(List.copyOf(values));
        return this;
    }

    /** The current matrix S[mu][nu] (nu -&gt; mu) under {@code heading}, with standard errors unless null. */
    ResultLayout currents(String heading, double[][] s, double[][] errors) {
        this.currentsHeading = heading;
        this.currents = s;
        this.currentErrors = errors;
        return this;
    }

    /** Prints the region table, then the currents. */
    void print(PrintStream out) {
        List<String> header = new ArrayList<>(List.of("region"));
        header.addAll(names);
        List<List<String>> rows = new ArrayList<>();
        for (int mu = 0; mu < regions; mu++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(mu + 1)));
            for (List<String> col : cells) {
                row.add(col.get(mu));
            }
            rows.add(row);
        }
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = header.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        out.println(line(header, width));
        rows.forEach(row -> out.println(line(row, width)));
        if (currents != null) {
            out.println(currentsHeading);
            printCurrents(out);
        }
    }

    private void printCurrents(PrintStream out) {
        int w = 0;
        for (int mu = 0; mu < regions; mu++) {
            for (int nu = 0; nu < regions; nu++) {
                w = Math.max(w, entry(mu, nu).length());
            }
        }
        for (int mu = 0; mu < regions; mu++) {
            StringBuilder line = new StringBuilder();
            for (int nu = 0; nu < regions; nu++) {
                line.append("  ").append(label(mu, nu)).append(' ')
                        .append(String.format(Locale.ROOT, "%" + w + "s", entry(mu, nu)));
            }
            out.println(line);
        }
    }

    private String entry(int mu, int nu) {
        String v = number(currents[mu][nu]);
        return currentErrors == null ? v : v + " +- " + error(currentErrors[mu][nu]);
    }

    /** Columns right-aligned to their widths (the region column left-aligned), two spaces apart. */
    private static String line(List<String> cells, int[] width) {
        StringBuilder out = new StringBuilder(" ");
        for (int c = 0; c < cells.size(); c++) {
            String fmt = c == 0 ? "%-" + width[c] + "s" : "%" + width[c] + "s";
            out.append(' ').append(c == 0 ? "" : " ").append(String.format(Locale.ROOT, fmt, cells.get(c)));
        }
        return out.toString();
    }

    /** "1&lt;-2": the current from region nu to region mu, 1-based (0-based arguments). */
    static String label(int mu, int nu) {
        return (mu + 1) + "<-" + (nu + 1);
    }

    /** Six decimals; a negative zero (e.g. -1e-13) prints as 0.000000. */
    static String number(double x) {
        String s = String.format(Locale.ROOT, "%.6f", x);
        return s.matches("-0\\.0+") ? s.substring(1) : s;
    }

    /** A standard error with two significant digits. */
    static String error(double x) {
        return String.format(Locale.ROOT, "%.1e", x);
    }
}
