package org.mrdmft.notebook;

import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.IChart;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.TextTable;

/**
 * How the kernel shows a value: images and charts (JFreeChart at 6 x 4 inches and {@value #DPI} dpi unless a
 * {@link SizedChart} says otherwise, XChart at the chart's own size) as PNG, mrdmft's figure tables as HTML tables,
 * anything else as its text ({@code toString}, arrays element by element).
 */
public final class RichDisplay {
    /** Dots per inch of charts drawn by the kernel. */
    public static final int DPI = 100;
    /** Default chart width in inches. */
    public static final double WIDTH_INCHES = 6;
    /** Default chart height in inches. */
    public static final double HEIGHT_INCHES = 4;
    /** Rows of a long table shown at its head; a few more are shown at its tail. */
    static final int HEAD_ROWS = 30;
    static final int TAIL_ROWS = 5;

    /** The representations of {@code value}. */
    public MimeBundle render(Object value) {
        if (value instanceof SizedChart sized) {
            if (sized.chart() instanceof JFreeChart chart) {
                return chart(chart, sized.widthInches(), sized.heightInches());
            }
            return render(sized.chart());
        }
        if (value instanceof JFreeChart chart) {
            return chart(chart, WIDTH_INCHES, HEIGHT_INCHES);
        }
        if (value instanceof IChart chart) {
            return image(BitmapEncoder.getBufferedImage(chart), "XChart " + chart.getClass().getSimpleName());
        }
        if (value instanceof RenderedImage image) {
            return image(image, "image");
        }
        if (value instanceof DataTable table) {
            return table(table.name(), table.columnNames(), table.rows(),
                    (row, col) -> number(table.columns().get(col).values()[row]));
        }
        if (value instanceof TextTable table) {
            return table(table.name(), table.header(), table.rows().size(), (row, col) -> table.rows().get(row).get(col));
        }
        return new MimeBundle(Map.of(MimeBundle.TEXT, text(value)), Map.of());
    }

    private static MimeBundle chart(JFreeChart chart, double widthInches, double heightInches) {
        int width = (int) Math.round(widthInches * DPI);
        int height = (int) Math.round(heightInches * DPI);
        BufferedImage image = chart.createBufferedImage(width, height);
        return image(image, "JFreeChart");
    }

    private static MimeBundle image(RenderedImage image, String what) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", png)) {
                throw new IllegalStateException("no PNG writer for this image");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String label = what + " " + image.getWidth() + " x " + image.getHeight() + " px";
        return new MimeBundle(
                Map.of(MimeBundle.PNG, Base64.getEncoder().encodeToString(png.toByteArray()), MimeBundle.TEXT, label),
                Map.of(MimeBundle.PNG, Map.of("width", image.getWidth(), "height", image.getHeight())));
    }

    /** The text of a value: arrays element by element, {@code null} as "null", else {@code toString}. */
    static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value.getClass().isArray()) {
            String s = Arrays.deepToString(new Object[] {value});
            return s.substring(1, s.length() - 1);
        }
        return String.valueOf(value);
    }

    /** A cell of a numeric table: integers without a decimal point, others to six significant digits. */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return e < 0 ? mantissa : mantissa + s.substring(e);
    }

    /** One cell of a table by row and column. */
    private interface Cells {
        String at(int row, int column);
    }

    private static MimeBundle table(String name, List<String> header, int rows, Cells cells) {
        List<Integer> shown = shownRows(rows);
        StringBuilder html = new StringBuilder();
        html.append("<table>\n<caption>").append(escape(name)).append(" (").append(rows).append(rows == 1 ? " row" : " rows")
                .append(" &times; ").append(header.size()).append(header.size() == 1 ? " column" : " columns")
                .append(")</caption>\n<thead><tr>");
        header.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        int previous = -1;
        for (int row : shown) {
            if (row != previous + 1) {
                html.append("<tr>");
                header.forEach(h -> html.append("<td>&hellip;</td>"));
                html.append("</tr>\n");
            }
            html.append("<tr>");
            for (int c = 0; c < header.size(); c++) {
                html.append("<td>").append(escape(cells.at(row, c))).append("</td>");
            }
            html.append("</tr>\n");
            previous = row;
        }
        html.append("</tbody>\n</table>");

        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            for (int row : shown) {
                widths[c] = Math.max(widths[c], cells.at(row, c).length());
            }
        }
        StringBuilder text = new StringBuilder(name).append(" (").append(rows).append(" rows)\n");
        appendRow(text, header, widths);
        previous = -1;
        for (int row : shown) {
            if (row != previous + 1) {
                text.append("...\n");
            }
            List<String> line = new java.util.ArrayList<>();
            for (int c = 0; c < widths.length; c++) {
                line.add(cells.at(row, c));
            }
            appendRow(text, line, widths);
            previous = row;
        }
        return new MimeBundle(Map.of(MimeBundle.HTML, html.toString(), MimeBundle.TEXT, text.toString().stripTrailing()),
                Map.of());
    }

    private static List<Integer> shownRows(int rows) {
        List<Integer> shown = new java.util.ArrayList<>();
        if (rows <= HEAD_ROWS + TAIL_ROWS) {
            for (int r = 0; r < rows; r++) {
                shown.add(r);
            }
        } else {
            for (int r = 0; r < HEAD_ROWS; r++) {
                shown.add(r);
            }
            for (int r = rows - TAIL_ROWS; r < rows; r++) {
                shown.add(r);
            }
        }
        return shown;
    }

    private static void appendRow(StringBuilder text, List<String> cells, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            text.append(c == 0 ? "" : "  ").append(" ".repeat(widths[c] - cells.get(c).length())).append(cells.get(c));
        }
        text.append('\n');
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
