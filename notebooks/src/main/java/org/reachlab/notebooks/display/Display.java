package org.reachlab.notebooks.display;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Consumer;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Turns values into what a notebook displays, and displays them.
 *
 * <p>A cell whose last expression is a {@link Table} shows an HTML table; one whose last
 * expression is an XChart chart shows a PNG image. {@link #show(Object)} displays a value
 * in the middle of a cell. Floating-point cells are written with four decimals; the other
 * cells as Tablesaw prints them.
 */
public final class Display {

    /** Rows an HTML table shows before it says how many more there are. */
    public static final int DEFAULT_MAX_ROWS = 60;

    private static volatile Consumer<DisplayData> sink;

    private Display() {
    }

    /**
     * Where {@link #show(Object)} sends what it renders; the kernel sets it. Without one,
     * {@code show} prints the plain-text form to standard output.
     */
    public static void setSink(Consumer<DisplayData> newSink) {
        sink = newSink;
    }

    /** Displays a value now (a table, a chart, {@link #html(String)}, or anything as text). */
    public static void show(Object value) {
        DisplayData data = bundle(value);
        Consumer<DisplayData> target = sink;
        if (target == null) {
            System.out.println(data.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN));
        } else {
            target.accept(data);
        }
    }

    /** HTML to display as it is (the caller escapes what needs escaping). */
    public static Html html(String html) {
        return new Html(html);
    }

    /** A fragment of HTML a notebook displays as HTML. */
    public record Html(String html) {
        @Override
        public String toString() {
            return html;
        }
    }

    /** The mime bundle of a value: HTML for tables, PNG for charts, text for the rest. */
    public static DisplayData bundle(Object value) {
        DisplayData data = new DisplayData();
        if (value instanceof Table table) {
            data.putHTML(tableHtml(table, DEFAULT_MAX_ROWS));
            data.putText(table.shape());
        } else if (value instanceof Chart<?, ?> chart) {
            data.putData("image/png", Base64.getEncoder().encodeToString(png(chart)));
            data.putText(chart.getClass().getSimpleName() + " \"" + chart.getTitle() + "\" ("
                + chart.getWidth() + "x" + chart.getHeight() + ")");
        } else if (value instanceof Html html) {
            data.putHTML(html.html());
            data.putText(html.html());
        } else {
            data.putText(String.valueOf(value));
        }
        return data;
    }

    /** The chart drawn as a PNG image. */
    public static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode chart \"" + chart.getTitle() + "\" as PNG", e);
        }
    }

    /**
     * The table as an HTML {@code <table>}: its name as caption, a header row, at most
     * {@code maxRows} rows and a last line saying how many were left out.
     */
    public static String tableHtml(Table table, int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, received maxRows=" + maxRows);
        }
        StringBuilder html = new StringBuilder("<table class=\"reachlab-table\">\n");
        if (table.name() != null && !table.name().isBlank()) {
            html.append("<caption>").append(escape(table.name())).append("</caption>\n");
        }
        html.append("<thead><tr>");
        for (Column<?> column : table.columns()) {
            html.append("<th>").append(escape(column.name())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        int shown = Math.min(maxRows, table.rowCount());
        for (int row = 0; row < shown; row++) {
            html.append("<tr>");
            for (Column<?> column : table.columns()) {
                boolean numeric = column instanceof NumericColumn<?>;
                html.append(numeric ? "<td style=\"text-align:right\">" : "<td>")
                    .append(escape(cell(column, row)))
                    .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (shown < table.rowCount()) {
            html.append("<p><em>").append(table.rowCount() - shown).append(" more rows of ")
                .append(table.rowCount()).append(" not shown</em></p>\n");
        }
        return html.toString();
    }

    private static String cell(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (column instanceof DoubleColumn || column instanceof FloatColumn) {
            return String.format(Locale.ROOT, "%.4f", ((Number) column.get(row)).doubleValue());
        }
        return column.getString(row);
    }

    /** The text with {@code & < > " '} escaped for HTML. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
