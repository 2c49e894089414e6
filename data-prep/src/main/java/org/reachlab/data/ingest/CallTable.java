package org.reachlab.data.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.reachlab.data.io.CsvLineWriter;
import org.reachlab.data.io.CsvRow;
import org.reachlab.data.io.CsvTableReader;
import org.reachlab.data.io.Rejection;
import org.reachlab.data.io.RowChunk;
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
        return read(file, contacts, rejects, validated, redaction, log, also, Parallelism.sequential());
    }

    /**
     * As {@link #read(Path, ContactTable, Consumer, Path, NoteRedaction, AttemptLog.Builder, Consumer)},
     * parsing and validating on the given number of threads; {@code rejects}, {@code log} and
     * {@code also} are called on the calling thread, in file order, and every output is the same
     * as with one thread.
     */
    public static TableReport read(Path file, ContactTable contacts, Consumer<Rejection> rejects, Path validated,
                                   NoteRedaction redaction, AttemptLog.Builder log, Consumer<AcceptedCall> also,
                                   Parallelism parallelism) throws IOException {
        Predicate<AcceptedCall> admit = call -> {
            if (!log.addIfNew(call.attempt(), call.contact())) {
                return false;
            }
            also.accept(call);
            return true;
        };
        if (parallelism.chunked()) {
            return readChunked(file, contacts, rejects, validated, redaction, admit, parallelism);
        }
        return read(file, contacts, rejects, validated, redaction, admit);
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
                            throw duplicate(row, call);
                        }
                        report.countAccepted();
                        if (out != null) {
                            format(out, out.line(), call, row, redaction);
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

    private static RowRejected duplicate(CsvRow row, AcceptedCall call) {
        return RowRejected.of(row, "attempt_id", "duplicate_attempt_id", "attempt_id '"
                + call.attempt().id() + "' appeared earlier in the file; the first row is kept");
    }

    /** Formats one validated row, extra columns included, into {@code line}. */
    private static void format(TableWriter out, CsvLineWriter line, AcceptedCall call, CsvRow row,
                               NoteRedaction redaction) {
        Attempt a = call.attempt();
        ZonedDateTime local = call.local();
        line.text(a.id()).text(a.contactId()).instant(a.at()).offsetDateTime(local)
                .text(call.contact().zone().getId()).number(LocalSlot.indexOf(local.getDayOfWeek(), local.getHour()))
                .text(a.outcome().code()).text(a.channel().code()).text(a.repId());
        if (a.durationS() == null) {
            line.text(null);
        } else {
            line.number(a.durationS());
        }
        line.value(a.meetingBooked()).text(a.policy()).value(a.propensity())
                .text(redaction.redact(a.note(), call.contact().language()));
        out.endRow(line, row);
    }

    /**
     * Reads with chunks of the file parsed, validated and formatted on worker threads; duplicates,
     * {@code admit}, the counts, the rejects and the writes happen on this thread in file order.
     */
    private static TableReport readChunked(Path file, ContactTable contacts, Consumer<Rejection> rejects,
                                           Path validated, NoteRedaction redaction, Predicate<AcceptedCall> admit,
                                           Parallelism parallelism) throws IOException {
        TableReport report = new TableReport(TableSchema.CALLS.name(), file.toString());
        Consumer<Rejection> sink = r -> {
            report.countRejected(r);
            rejects.accept(r);
        };
        try (CsvTableReader reader = CsvTableReader.open(file, TableSchema.CALLS, sink)) {
            List<String> extra = reader.extraColumns(TableSchema.CALLS);
            try (TableWriter out = validated == null ? null : new TableWriter(validated, COLUMNS, extra)) {
                reader.readInChunks(parallelism.threads(), parallelism.chunkBytes(),
                        rows -> Checked.of(rows, contacts, out, redaction),
                        chunk -> chunk.merge(admit, report, sink, out));
            }
            report.read(reader.rowsRead());
        }
        report.checkBalanced();
        return report;
    }

    /**
     * One chunk validated on a worker: per row in file order its rejection or its accepted call,
     * and the accepted rows formatted one after another into {@code text} ({@code ends[i]} is where
     * row {@code i}'s text ends).
     */
    private static final class Checked {
        /** A row that passed validation and the call it gave. */
        private record Accepted(AcceptedCall call, CsvRow row) {
        }

        private final Object[] rows;
        private final int[] ends;
        private final char[] text;

        private Checked(Object[] rows, int[] ends, char[] text) {
            this.rows = rows;
            this.ends = ends;
            this.text = text;
        }

        /** Validates (and when {@code out} is given, formats) a chunk; runs on a worker thread. */
        static Checked of(RowChunk chunk, ContactTable contacts, TableWriter out, NoteRedaction redaction) {
            int n = chunk.size();
            Object[] rows = new Object[n];
            int[] ends = new int[n];
            StringBuilder text = out == null ? null : new StringBuilder(n * 128);
            CsvLineWriter line = text == null ? null : new CsvLineWriter(text);
            for (int i = 0; i < n; i++) {
                Rejection structural = chunk.structural(i);
                if (structural != null) {
                    rows[i] = structural;
                } else {
                    CsvRow row = chunk.row(i);
                    try {
                        AcceptedCall call = validate(row, contacts);
                        if (line != null) {
                            format(out, line, call, row, redaction);
                        }
                        rows[i] = new Accepted(call, row);
                    } catch (RowRejected e) {
                        rows[i] = e.rejection();
                    }
                }
                ends[i] = text == null ? 0 : text.length();
            }
            char[] chars = null;
            if (text != null) {
                chars = new char[text.length()];
                text.getChars(0, text.length(), chars, 0);
            }
            return new Checked(rows, ends, chars);
        }

        /** Admits the chunk's calls in order and writes those admitted; runs on the reading thread. */
        void merge(Predicate<AcceptedCall> admit, TableReport report, Consumer<Rejection> sink, TableWriter out) {
            int written = 0;
            int start = 0;
            try {
                for (int i = 0; i < rows.length; i++) {
                    if (rows[i] instanceof Rejection r) {
                        sink.accept(r);
                    } else {
                        Accepted accepted = (Accepted) rows[i];
                        AcceptedCall call = accepted.call();
                        if (admit.test(call)) {
                            report.countAccepted();
                        } else {
                            if (out != null) {
                                out.write(text, written, start);
                            }
                            written = ends[i];
                            sink.accept(duplicate(accepted.row(), call).rejection());
                        }
                    }
                    start = ends[i];
                }
                if (out != null) {
                    out.write(text, written, start);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the validated calls table", e);
            }
        }
    }
}
