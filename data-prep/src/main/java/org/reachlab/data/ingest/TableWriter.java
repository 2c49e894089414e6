package org.reachlab.data.ingest;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
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
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
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
        for (String e : extra) {
            line.text(row == null ? "" : row.raw(e));
        }
        line.end();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
