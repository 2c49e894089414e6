package org.reachlab.data.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.reachlab.data.domain.Attempt;
import org.reachlab.data.domain.Channel;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.domain.Outcome;
import org.reachlab.data.io.CsvRow;
import org.reachlab.data.io.CsvTableReader;
import org.reachlab.data.io.Rejection;
import org.reachlab.data.io.TableSchema;
import org.reachlab.data.io.Values;
import org.reachlab.data.log.AttemptLog;
import org.reachlab.data.log.IdColumn;
import org.reachlab.data.privacy.NoteRedaction;

/**
 * Streams and validates a calls file against the accepted contacts. Accepted attempts go to a
 * listener as they are read (the file is never held in memory); each rejected row goes to the
 * rejects sink. A duplicate {@code attempt_id} keeps the first row.
 */
public final class CallTable {

    /** Columns of the validated calls table, before the input's extra columns. */
    public static final List<String> COLUMNS = List.of("attempt_id", "contact_id", "at", "local_at", "zone", "slot",
            "outcome", "channel", "rep_id", "duration_s", "meeting_booked", "policy", "propensity", "note");

    private CallTable() {
    }

    /**
     * Reads and validates a calls file.
     *
     * @param file      the calls CSV
     * @param contacts  the validated contacts
     * @param rejects   receives every rejected row
     * @param validated where to write the accepted rows, or {@code null}
     * @param accepted  receives every accepted attempt, in file order
     * @return the table's counts
     */
    public static TableReport read(Path file, ContactTable contacts, Consumer<Rejection> rejects, Path validated,
                                   Consumer<AcceptedCall> accepted) throws IOException {
        IdColumn ids = new IdColumn();
        return read(file, contacts, rejects, validated, validated == null ? null : NoteRedaction.installed(), call -> {
            if (ids.add(call.attempt().id()) < 0) {
                return false;
            }
            accepted.accept(call);
            return true;
        });
    }

    /**
     * Reads and validates a calls file into an attempt log (which also detects duplicate ids, so
     * that each id is stored once).
     *
     * @param redaction what the {@code note} column's text goes through before it is written
     * @param also      receives every accepted attempt after it joined the log, in file order
     */
    public static TableReport read(Path file, ContactTable contacts, Consumer<Rejection> rejects, Path validated,
                                   NoteRedaction redaction, AttemptLog.Builder log, Consumer<AcceptedCall> also)
            throws IOException {
        return read(file, contacts, rejects, validated, redaction, call -> {
            if (!log.addIfNew(call.attempt(), call.contact())) {
                return false;
            }
            also.accept(call);
            return true;
        });
    }

    /** Reads with {@code admit} deciding on duplicates: false means the id was seen before. */
    private static TableReport read(Path file, ContactTable contacts, Consumer<Rejection> rejects, Path validated,
                                    NoteRedaction redaction, Predicate<AcceptedCall> admit) throws IOException {
        TableReport report = new TableReport(TableSchema.CALLS.name(), file.toString());
        Consumer<Rejection> sink = r -> {
            report.countRejected(r);
            rejects.accept(r);
        };
        try (CsvTableReader reader = CsvTableReader.open(file, TableSchema.CALLS, sink)) {
            List<String> extra = reader.extraColumns(TableSchema.CALLS);
            try (TableWriter out = validated == null ? null : new TableWriter(validated, COLUMNS, extra)) {
                for (CsvRow row : reader) {
                    try {
                        AcceptedCall call = validate(row, contacts);
                        if (!admit.test(call)) {
                            throw RowRejected.of(row, "attempt_id", "duplicate_attempt_id", "attempt_id '"
                                    + call.attempt().id() + "' appeared earlier in the file; the first row is kept");
                        }
                        report.countAccepted();
                        if (out != null) {
                            write(out, call, row, redaction);
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

    /** Validates one row. */
    static AcceptedCall validate(CsvRow row, ContactTable contacts) throws RowRejected {
        String id = RowRejected.required(row, "attempt_id");
        String contactId = RowRejected.required(row, "contact_id");
        Optional<Contact> contact = contacts.get(contactId);
        if (contact.isEmpty()) {
            Optional<String> why = contacts.rejectionOf(contactId);
            if (why.isPresent()) {
                throw RowRejected.of(row, "contact_id", "contact_rejected",
                        "contact '" + contactId + "' was rejected (" + why.get() + ")");
            }
            throw RowRejected.of(row, "contact_id", "unknown_contact",
                    "contact '" + contactId + "' is not in the contacts table");
        }
        OffsetDateTime at;
        try {
            at = Values.timestamp(RowRejected.required(row, "at"));
        } catch (Values.BadValue bad) {
            throw RowRejected.of(row, "at", bad);
        }
        Channel channel = Channel.PHONE;
        if (row.get("channel") != null) {
            channel = Channel.parse(row.get("channel")).orElseThrow(() -> RowRejected.of(row, "channel",
                    "unknown_channel", "unknown channel '" + row.get("channel")
                            + "' (expected phone, email, video, linkedin or sms)"));
        }
        String outcomeText = RowRejected.required(row, "outcome");
        Outcome outcome = Outcome.parse(outcomeText).orElseThrow(() -> RowRejected.of(row, "outcome",
                "unknown_outcome", "unknown outcome '" + outcomeText + "' (expected one of connected, no_answer,"
                        + " voicemail, busy, gatekeeper, wrong_number, failed, replied, no_reply, bounced)"));
        if (!outcome.appliesTo(channel)) {
            throw RowRejected.of(row, "outcome", "outcome_channel_mismatch", "outcome '" + outcome.code()
                    + "' does not apply to channel '" + channel.code() + "'");
        }
        Integer duration = null;
        Boolean meeting = null;
        Double propensity = null;
        try {
            if (row.get("duration_s") != null) {
                duration = Values.nonNegativeInt(row.get("duration_s"), "duration_s");
            }
        } catch (Values.BadValue bad) {
            throw RowRejected.of(row, "duration_s", bad);
        }
        try {
            if (row.get("meeting_booked") != null) {
                meeting = Values.bool(row.get("meeting_booked"), "meeting_booked");
            }
        } catch (Values.BadValue bad) {
            throw RowRejected.of(row, "meeting_booked", bad);
        }
        try {
            if (row.get("propensity") != null) {
                propensity = Values.propensity(row.get("propensity"));
            }
        } catch (Values.BadValue bad) {
            throw RowRejected.of(row, "propensity", bad);
        }
        String note = row.raw("note").isBlank() ? null : row.raw("note");
        Attempt attempt = new Attempt(id, contactId, at.toInstant(), outcome, channel, row.get("rep_id"), duration,
                meeting, row.get("policy"), propensity, note);
        Contact c = contact.get();
        ZonedDateTime local = at.toInstant().atZone(c.zone());
        return new AcceptedCall(attempt, c, local, row.line());
    }

    private static void write(TableWriter out, AcceptedCall call, CsvRow row, NoteRedaction redaction) {
        Attempt a = call.attempt();
        out.line().text(a.id()).text(a.contactId()).value(a.at()).value(call.local().toOffsetDateTime())
                .text(call.contact().zone().getId()).number(LocalSlot.of(call.local()).index())
                .text(a.outcome().code()).text(a.channel().code()).text(a.repId()).value(a.durationS())
                .value(a.meetingBooked()).text(a.policy()).value(a.propensity())
                .text(redaction.redact(a.note(), call.contact().language()));
        out.endRow(row);
    }
}
