package org.reachlab.evaluation.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reachlab.stats.Estimate;

/**
 * Writes a result table as CSV: comma-separated, a value quoted only when it must be (it holds a
 * comma, a quote or a line break), one {@code \n} after each row, UTF-8. Decimals are written
 * with six places and NaN as an empty cell ({@link #decimal}).
 */
public final class ResultCsv implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final CSVPrinter printer;

    private ResultCsv(Appendable out, List<String> header) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(header);
    }

    /** Opens the file (replacing it) and writes the header row. */
    public static ResultCsv open(Path file, List<String> header) throws IOException {
        return new ResultCsv(Files.newBufferedWriter(file, StandardCharsets.UTF_8), header);
    }

    /** Writes into a string builder, starting with the header row. */
    public static ResultCsv into(StringBuilder out, List<String> header) {
        try {
            return new ResultCsv(out, header);
        } catch (IOException e) {
            throw new IllegalStateException("a string builder cannot fail", e);
        }
    }

    /** Writes one row; each cell as its string form, null as an empty cell. */
    public ResultCsv row(List<?> cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write a CSV row", e);
        }
        return this;
    }

    /** Writes one row of the given cells. */
    public ResultCsv row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    /** A decimal with six places ("" for NaN). */
    public static String decimal(double x) {
        return Double.isNaN(x) ? "" : String.format(Locale.ROOT, "%.6f", x);
    }

    /** The three cells value, lo, hi of an estimate, as {@link #decimal}s; three empty cells for null. */
    public static List<String> cells(Estimate e) {
        if (e == null) {
            return List.of("", "", "");
        }
        return List.of(decimal(e.value()), decimal(e.lo()), decimal(e.hi()));
    }

    /** A row builder: cells added in order. */
    public static final class Row {
        private final List<Object> cells = new ArrayList<>();

        /** Adds cells. */
        public Row add(Object... values) {
            cells.addAll(Arrays.asList(values));
            return this;
        }

        /** Adds an estimate's three cells. */
        public Row add(Estimate e) {
            cells.addAll(ResultCsv.cells(e));
            return this;
        }

        /** The cells. */
        public List<Object> cells() {
            return cells;
        }
    }

    /** A new row builder. */
    public static Row cellsOf(Object... first) {
        return new Row().add(first);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
