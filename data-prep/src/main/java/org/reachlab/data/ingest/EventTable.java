package org.reachlab.data.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.EventKind;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.io.CsvRow;
import org.reachlab.data.io.CsvTableReader;
import org.reachlab.data.io.Rejection;
import org.reachlab.data.io.TableSchema;
import org.reachlab.data.io.Values;
import org.reachlab.data.log.EventLog;
import org.reachlab.data.log.IdColumn;

/**
 * Streams and validates an events file against the accepted contacts, the way {@link CallTable}
 * reads calls: each accepted event joins an {@link EventLog} (localised to its contact's zone) and,
 * when asked, the validated table; each rejected row (missing value, unknown kind, bad time, unknown
 * or rejected contact, duplicate {@code event_id}, of which the first row is kept) goes to the
 * rejects sink. The file is never held in memory.
 */
public final class EventTable {

    /** Columns of the validated events table, before the input's extra columns. */
    public static final List<String> COLUMNS = List.of("event_id", "contact_id", "at", "local_at", "zone", "slot",
            "kind", "rep_id", "ref", "source");

    private EventTable() {
    }

    /**
     * Reads and validates an events file.
     *
     * @param file      the events CSV
     * @param contacts  the validated contacts
     * @param rejects   receives every rejected row
     * @param validated where to write the accepted rows, or {@code null}
     * @param log       receives every accepted event
     * @return the table's counts
     */
    public static TableReport read(Path file, ContactTable contacts, Consumer<Rejection> rejects, Path validated,
                                   EventLog.Builder log) throws IOException {
        TableReport report = new TableReport(TableSchema.EVENTS.name(), file.toString());
        Consumer<Rejection> sink = r -> {
            report.countRejected(r);
            rejects.accept(r);
        };
        IdColumn ids = new IdColumn();
        try (CsvTableReader reader = CsvTableReader.open(file, TableSchema.EVENTS, sink)) {
            List<String> extra = reader.extraColumns(TableSchema.EVENTS);
            try (TableWriter out = validated == null ? null : new TableWriter(validated, COLUMNS, extra)) {
                for (CsvRow row : reader) {
                    try {
                        String id = RowRejected.required(row, "event_id");
                        Contact contact = contact(row, contacts);
                        OffsetDateTime at;
                        try {
                            at = Values.timestamp(RowRejected.required(row, "at"));
                        } catch (Values.BadValue bad) {
                            throw RowRejected.of(row, "at", bad);
                        }
                        String kindText = RowRejected.required(row, "kind");
                        EventKind kind = EventKind.parse(kindText).orElseThrow(() -> RowRejected.of(row, "kind",
                                "unknown_kind", "unknown event kind '" + kindText + "' (expected one of "
                                        + EventKind.codes() + ")"));
                        if (ids.add(id) < 0) {
                            throw RowRejected.of(row, "event_id", "duplicate_event_id", "event_id '" + id
                                    + "' appeared earlier in the file; the first row is kept");
                        }
                        long second = at.toEpochSecond();
                        log.add(contact, second, kind, row.get("rep_id"));
                        report.countAccepted();
                        if (out != null) {
                            ZonedDateTime local = at.toInstant().atZone(contact.zone());
                            out.line().text(id).text(contact.id()).value(at.toInstant())
                                    .value(local.toOffsetDateTime()).text(contact.zone().getId())
                                    .number(LocalSlot.of(local).index()).text(kind.code()).text(row.get("rep_id"))
                                    .text(row.get("ref")).text(row.get("source"));
                            out.endRow(row);
                        }
                    } catch (RowRejected e) {
                        sink.accept(e.rejection());
                    }
                }
            }
            report.read(reader.rowsRead());
        }
        report.checkBalanced();
        return report;
    }

    private static Contact contact(CsvRow row, ContactTable contacts) throws RowRejected {
        String contactId = RowRejected.required(row, "contact_id");
        Optional<Contact> contact = contacts.get(contactId);
        if (contact.isPresent()) {
            return contact.get();
        }
        Optional<String> why = contacts.rejectionOf(contactId);
        if (why.isPresent()) {
            throw RowRejected.of(row, "contact_id", "contact_rejected",
                    "contact '" + contactId + "' was rejected (" + why.get() + ")");
        }
        throw RowRejected.of(row, "contact_id", "unknown_contact",
                "contact '" + contactId + "' is not in the contacts table");
    }
}
