package org.reachlab.data.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code rejects.csv}: one row per rejected input row, with the columns {@code file},
 * {@code line}, {@code column}, {@code value}, {@code reason}, {@code code} and {@code record}
 * (the whole row, re-quoted as CSV, so that nothing is lost and a fixed row can be pasted back).
 */
public final class RejectsWriter implements Consumer<Rejection>, Closeable {

    /** The header of the rejects file. */
    public static final List<String> HEADER = List.of("file", "line", "column", "value", "reason", "code", "record");

    private final CSVPrinter printer;

    private RejectsWriter(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Creates (or replaces) the rejects file. */
    public static RejectsWriter create(Path file) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
        p.printRecord(HEADER);
        return new RejectsWriter(p);
    }

    @Override
    public void accept(Rejection r) {
        try {
            printer.printRecord(r.file(), r.line(), r.column(), r.value(), r.reason(), r.code(), asCsv(r.record()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejects file", e);
        }
    }

    private static String asCsv(List<String> values) {
        StringBuilder sb = new StringBuilder();
        try {
            CSVFormat.RFC4180.printRecord(sb, new ArrayList<Object>(values).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = sb.length();
        while (n > 0 && (sb.charAt(n - 1) == '\n' || sb.charAt(n - 1) == '\r')) {
            n--;
        }
        return sb.substring(0, n);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
