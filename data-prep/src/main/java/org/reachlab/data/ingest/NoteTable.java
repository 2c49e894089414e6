package org.reachlab.data.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.reachlab.data.domain.Note;
import org.reachlab.data.domain.NoteSource;
import org.reachlab.data.io.CsvRow;
import org.reachlab.data.io.CsvTableReader;
import org.reachlab.data.io.Rejection;
import org.reachlab.data.io.TableSchema;
import org.reachlab.data.io.Values;
import org.reachlab.data.privacy.NoteRedaction;

/** Streams and validates a notes file against the accepted contacts. */
public final class NoteTable {

    /** Columns of the validated notes table, before the input's extra columns. */
    public static final List<String> COLUMNS = List.of("id", "contact_id", "at", "text", "source", "lang");

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private NoteTable() {
    }

    /** Writes notes in the validated notes layout. */
    public static final class Writer implements java.io.Closeable {
        private final TableWriter out;
        private final NoteRedaction redaction;

        Writer(Path file, List<String> extra, NoteRedaction redaction) throws IOException {
            this.out = new TableWriter(file, COLUMNS, extra);
            this.redaction = redaction;
        }

        void write(Note n, CsvRow row) {
            out.line().text(n.id()).text(n.contactId()).value(n.at()).text(redaction.redact(n.text(), n.lang()))
                    .text(n.source() == null ? null : n.source().code()).text(n.lang());
            out.endRow(row);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /**
     * Reads and validates a notes file.
     *
     * @param file     the notes CSV
     * @param contacts the validated contacts
     * @param rejects  receives every rejected row
     * @param accepted receives every accepted note with its row, in file order
     */
    public static TableReport read(Path file, ContactTable contacts, Consumer<Rejection> rejects,
                                   java.util.function.BiConsumer<Note, CsvRow> accepted) throws IOException {
        TableReport report = new TableReport(TableSchema.NOTES.name(), file.toString());
        Map<String, Long> firstLine = new HashMap<>();
        Consumer<Rejection> sink = r -> {
            report.countRejected(r);
            rejects.accept(r);
        };
        try (CsvTableReader reader = CsvTableReader.open(file, TableSchema.NOTES, sink)) {
            for (CsvRow row : reader) {
                try {
                    Note note = validate(row, contacts);
                    Long first = firstLine.putIfAbsent(note.id(), row.line());
                    if (first != null) {
                        throw RowRejected.of(row, "id", "duplicate_note_id",
                                "note id '" + note.id() + "' is already used on line " + first);
                    }
                    report.countAccepted();
                    accepted.accept(note, row);
                } catch (RowRejected e) {
                    sink.accept(e.rejection());
                }
            }
            report.read(reader.rowsRead());
        }
        report.checkBalanced();
        return report;
    }

    /** The extra columns of a notes file, read from its header. */
    static List<String> extraColumns(Path file) throws IOException {
        try (CsvTableReader reader = CsvTableReader.open(file, TableSchema.NOTES, r -> { })) {
            return reader.extraColumns(TableSchema.NOTES);
        }
    }

    static Note validate(CsvRow row, ContactTable contacts) throws RowRejected {
        String id = RowRejected.required(row, "id");
        String contactId = RowRejected.required(row, "contact_id");
        if (contacts.get(contactId).isEmpty()) {
            String why = contacts.rejectionOf(contactId).orElse(null);
            throw why != null
                    ? RowRejected.of(row, "contact_id", "contact_rejected",
                    "contact '" + contactId + "' was rejected (" + why + ")")
                    : RowRejected.of(row, "contact_id", "unknown_contact",
                    "contact '" + contactId + "' is not in the contacts table");
        }
        OffsetDateTime at;
        try {
            at = Values.timestamp(RowRejected.required(row, "at"));
        } catch (Values.BadValue bad) {
            throw RowRejected.of(row, "at", bad);
        }
        String text = row.raw("text");
        if (text.isBlank()) {
            throw RowRejected.of(row, "text", "missing_text", "the required column 'text' is empty");
        }
        NoteSource source = null;
        if (row.get("source") != null) {
            source = NoteSource.parse(row.get("source")).orElseThrow(() -> RowRejected.of(row, "source",
                    "unknown_source", "unknown source '" + row.get("source")
                            + "' (expected call_note, email_in, email_out or chat)"));
        }
        String lang = row.get("lang");
        if (lang != null) {
            lang = lang.toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(lang).matches()) {
                throw RowRejected.of(row, "lang", "bad_lang",
                        "'" + row.get("lang") + "' is not a language code (such as en, de, no)");
            }
        }
        return new Note(id, contactId, at, text, source, lang);
    }
}
