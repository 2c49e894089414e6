package org.reachlab.data.ingest;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reachlab.data.io.CsvLineWriter;
import org.reachlab.data.io.CsvRow;

/** Writes a validated table: the standard columns, then the input's extra columns as they were. */
final class TableWriter implements Closeable {

    private final BufferedWriter writer;
    private final CsvLineWriter line;
    private final List<String> extra;

    TableWriter(Path file, List<String> standard, List<String> extra) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16);
        this.line = new CsvLineWriter(writer);
        this.extra = List.copyOf(extra);
        List<String> columns = new ArrayList<>(standard);
        columns.addAll(extra);
        line.row(columns);
    }

    /** The writer for the standard fields of the next row; finish it with {@link #endRow(CsvRow)}. */
    CsvLineWriter line() {
        return line;
    }

    /** Appends the row's extra columns (empty when {@code row} is null) and ends the row. */
    void endRow(CsvRow row) {
        endRow(line, row);
    }

    /**
     * Appends the row's extra columns to a row being formatted elsewhere (into a buffer on
     * another thread) and ends it; only reads this writer's column list.
     */
    void endRow(CsvLineWriter into, CsvRow row) {
        for (String e : extra) {
            into.text(row == null ? "" : row.raw(e));
        }
        into.end();
    }

    /** Writes rows formatted elsewhere, as they are. */
    void write(char[] text, int from, int to) throws IOException {
        writer.write(text, from, to - from);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
