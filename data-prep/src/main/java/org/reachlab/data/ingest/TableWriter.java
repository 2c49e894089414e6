package org.reachlab.data.ingest;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a validated table: the standard columns, then the input's extra columns as they were. */
final class TableWriter implements Closeable {

    private final CSVPrinter printer;
    private final List<String> columns;

    TableWriter(Path file, List<String> standard, List<String> extra) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
        this.columns = new ArrayList<>(standard);
        this.columns.addAll(extra);
        printer.printRecord(columns);
    }

    /** All columns of the written table. */
    List<String> columns() {
        return columns;
    }

    void write(List<?> values) {
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a validated table", e);
        }
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
