package org.reachlab.data.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reachlab.data.io.CsvRow;
import org.reachlab.data.io.CsvTableReader;
import org.reachlab.data.io.Rejection;
import org.reachlab.data.io.RejectsWriter;
import org.reachlab.data.io.TableSchema;

/**
 * Imports the Copenhagen Networks Study call log ({@code timestamp,from,to,duration}) as the
 * standard {@code calls.csv} and {@code contacts.csv}.
 *
 * <ul>
 *   <li>The callee ({@code to}) is the contact and the caller ({@code from}) the rep; a call is
 *       {@code connected} when {@code duration > 0}, otherwise {@code no_answer} (the raw duration,
 *       -1 for a missed call and 0 for a call with no talk time, is kept in the extra column
 *       {@code source_duration}).</li>
 *   <li>Reps and contacts keep the study's person ids, one id space: a call from {@code a} to
 *       {@code b} is an attempt on contact {@code b} by rep {@code a}, and a later call from
 *       {@code b} to {@code a} is an attempt on contact {@code a} by rep {@code b}, so a contact's
 *       calls to a rep (inbound calls) can be read from the log itself.</li>
 *   <li>The study published no calendar date: {@code timestamp} counts seconds from an unknown
 *       start. The import places that start at a fixed epoch, by default Monday 2 February 2026
 *       00:00 in {@code Europe/Copenhagen} ({@link #DEFAULT_EPOCH}); the 28 days that follow
 *       contain no daylight-saving change, so hours of the day are as logged, and weekdays are
 *       right only up to a constant shift.</li>
 *   <li>Calls logged twice, once by each phone (same caller, callee and positive duration,
 *       within {@link #DEFAULT_DUPLICATE_WINDOW_S} seconds), are kept once and counted.</li>
 *   <li>Contacts are in country {@code DK}, zone {@code Europe/Copenhagen}.</li>
 *   <li>With the study's text-message log ({@code timestamp,from,to}, same clock), each message
 *       becomes up to two rows of {@code events.csv}: {@code sms_in} of the sender and
 *       {@code sms_out} of the receiver, each with the other person as {@code rep_id}. Only people
 *       who are contacts (who received a call) get events; the others' rows are counted as skipped.</li>
 * </ul>
 */
public final class CopenhagenImport {

    /** The instant the study's second 0 is placed at. */
    public static final OffsetDateTime DEFAULT_EPOCH = OffsetDateTime.parse("2026-02-02T00:00:00+01:00");
    /** Two logs of one call are at most this many seconds apart. */
    public static final int DEFAULT_DUPLICATE_WINDOW_S = 300;
    /** The study's zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private static final TableSchema SCHEMA = new TableSchema("copenhagen calls",
            List.of("timestamp", "from", "to", "duration"), List.of());
    private static final TableSchema SMS_SCHEMA = new TableSchema("copenhagen sms",
            List.of("timestamp", "from", "to"), List.of());

    private CopenhagenImport() {
    }

    /**
     * What the import read and wrote.
     *
     * @param read       data rows read
     * @param rejected   rows that could not be read (see rejects.csv)
     * @param duplicates calls dropped as the second log of the same call
     * @param calls      calls written
     * @param contacts   contacts written
     * @param connected  calls written as connected
     * @param epoch      the instant of second 0
     */
    public record Summary(long read, long rejected, long duplicates, long calls, long contacts, long connected,
                          OffsetDateTime epoch, Sms sms) {
    }

    /**
     * What the import read of the text-message log and wrote as events.
     *
     * @param read     message rows read
     * @param rejected rows that could not be read
     * @param events   events written (two per message between contacts, one when only one is a contact)
     * @param skipped  message ends that are not contacts, so written as no event
     */
    public record Sms(long read, long rejected, long events, long skipped) {
    }

    private record Call(long line, long t, String from, String to, int duration) {
    }

    /** Runs the import with the default epoch and duplicate window. */
    public static Summary run(Path in, Path out) throws IOException {
        return run(in, out, DEFAULT_EPOCH, DEFAULT_DUPLICATE_WINDOW_S);
    }

    /** Runs the import; writes calls.csv, contacts.csv and rejects.csv into {@code out}. */
    public static Summary run(Path in, Path out, OffsetDateTime epoch, int duplicateWindowS) throws IOException {
        return run(in, null, out, epoch, duplicateWindowS);
    }

    /**
     * Runs the import; writes calls.csv, contacts.csv, rejects.csv and, with a text-message log
     * ({@code sms} not null), events.csv into {@code out}.
     */
    public static Summary run(Path in, Path sms, Path out, OffsetDateTime epoch, int duplicateWindowS)
            throws IOException {
        Files.createDirectories(out);
        List<Call> calls = new ArrayList<>();
        long read;
        long[] rejected = {0};
        long[] smsRejected = {0};
        List<Call> messages = new ArrayList<>();
        long smsRead = 0;
        try (RejectsWriter rejects = RejectsWriter.create(out.resolve("rejects.csv"))) {
            java.util.function.Consumer<Rejection> sink = r -> {
                rejected[0]++;
                rejects.accept(r);
            };
            try (CsvTableReader reader = CsvTableReader.open(in, SCHEMA, sink)) {
                for (CsvRow row : reader) {
                    Call c = parse(row, sink);
                    if (c != null) {
                        calls.add(c);
                    }
                }
                read = reader.rowsRead();
            }
            if (sms != null) {
                java.util.function.Consumer<Rejection> smsSink = r -> {
                    smsRejected[0]++;
                    rejects.accept(r);
                };
                try (CsvTableReader reader = CsvTableReader.open(sms, SMS_SCHEMA, smsSink)) {
                    for (CsvRow row : reader) {
                        Call m = parseMessage(row, smsSink);
                        if (m != null) {
                            messages.add(m);
                        }
                    }
                    smsRead = reader.rowsRead();
                }
                if (smsRead != smsRejected[0] + messages.size()) {
                    throw new IllegalStateException("read " + smsRead + " message rows but parsed " + messages.size()
                            + " and rejected " + smsRejected[0]);
                }
            }
        }
        calls.sort(Comparator.comparingLong(Call::t).thenComparingLong(Call::line));
        Map<String, Long> lastSeen = new HashMap<>();
        List<Call> kept = new ArrayList<>();
        long duplicates = 0;
        for (Call c : calls) {
            if (c.duration() > 0) {
                String key = c.from() + '\u0000' + c.to() + '\u0000' + c.duration();
                Long previous = lastSeen.put(key, c.t());
                if (previous != null && c.t() - previous <= duplicateWindowS) {
                    duplicates++;
                    continue;
                }
            }
            kept.add(c);
        }
        TreeSet<String> contacts = new TreeSet<>(Comparator.comparingLong(CopenhagenImport::numeric)
                .thenComparing(Comparator.naturalOrder()));
        long connected = 0;
        Instant zero = epoch.toInstant();
        try (CSVPrinter p = printer(out.resolve("calls.csv"))) {
            p.printRecord("attempt_id", "contact_id", "at", "outcome", "channel", "rep_id", "duration_s",
                    "source_duration");
            for (Call c : kept) {
                ZonedDateTime at = zero.plusSeconds(c.t()).atZone(ZONE);
                boolean answered = c.duration() > 0;
                connected += answered ? 1 : 0;
                contacts.add(c.to());
                p.printRecord("cph-" + c.line(), c.to(), at.toOffsetDateTime(), answered ? "connected" : "no_answer",
                        "phone", c.from(), c.duration() >= 0 ? c.duration() : null, c.duration());
            }
        }
        try (CSVPrinter p = printer(out.resolve("contacts.csv"))) {
            p.printRecord("contact_id", "country", "zone");
            for (String id : contacts) {
                p.printRecord(id, "DK", ZONE.getId());
            }
        }
        if (read != rejected[0] + calls.size()) {
            throw new IllegalStateException("read " + read + " rows but parsed " + calls.size() + " and rejected "
                    + rejected[0]);
        }
        Sms smsSummary = null;
        if (sms != null) {
            messages.sort(Comparator.comparingLong(Call::t).thenComparingLong(Call::line));
            long events = 0;
            long skipped = 0;
            try (CSVPrinter p = printer(out.resolve("events.csv"))) {
                p.printRecord("event_id", "contact_id", "at", "kind", "rep_id", "source");
                for (Call m : messages) {
                    java.time.OffsetDateTime at = zero.plusSeconds(m.t()).atZone(ZONE).toOffsetDateTime();
                    if (contacts.contains(m.from())) {
                        p.printRecord("sms-" + m.line() + "-in", m.from(), at, "sms_in", m.to(), "copenhagen-sms");
                        events++;
                    } else {
                        skipped++;
                    }
                    if (contacts.contains(m.to())) {
                        p.printRecord("sms-" + m.line() + "-out", m.to(), at, "sms_out", m.from(), "copenhagen-sms");
                        events++;
                    } else {
                        skipped++;
                    }
                }
            }
            smsSummary = new Sms(smsRead, smsRejected[0], events, skipped);
        }
        return new Summary(read, rejected[0], duplicates, kept.size(), contacts.size(), connected, epoch, smsSummary);
    }

    private static Call parseMessage(CsvRow row, java.util.function.Consumer<Rejection> sink) {
        for (String c : new String[] {"timestamp", "from", "to"}) {
            if (row.get(c) == null) {
                sink.accept(row.reject(c, "missing_" + c, "the required column '" + c + "' is empty"));
                return null;
            }
        }
        long t;
        try {
            t = Long.parseLong(row.get("timestamp"));
        } catch (NumberFormatException e) {
            sink.accept(row.reject("timestamp", "bad_timestamp", "timestamp must be whole seconds since the start"
                    + " of the study, received '" + row.get("timestamp") + "'"));
            return null;
        }
        if (t < 0) {
            sink.accept(row.reject("timestamp", "out_of_range", "timestamp must be >= 0, received " + t));
            return null;
        }
        return new Call(row.line(), t, row.get("from"), row.get("to"), 0);
    }

    private static long numeric(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static Call parse(CsvRow row, java.util.function.Consumer<Rejection> sink) {
        String[] columns = {"timestamp", "from", "to", "duration"};
        for (String c : columns) {
            if (row.get(c) == null) {
                sink.accept(row.reject(c, "missing_" + c, "the required column '" + c + "' is empty"));
                return null;
            }
        }
        long t;
        int duration;
        try {
            t = Long.parseLong(row.get("timestamp"));
        } catch (NumberFormatException e) {
            sink.accept(row.reject("timestamp", "bad_timestamp", "timestamp must be whole seconds since the start"
                    + " of the study, received '" + row.get("timestamp") + "'"));
            return null;
        }
        try {
            duration = Integer.parseInt(row.get("duration"));
        } catch (NumberFormatException e) {
            sink.accept(row.reject("duration", "bad_duration", "duration must be whole seconds (-1 for a missed"
                    + " call), received '" + row.get("duration") + "'"));
            return null;
        }
        if (t < 0 || duration < -1) {
            sink.accept(row.reject(t < 0 ? "timestamp" : "duration", "out_of_range",
                    "timestamp must be >= 0 and duration >= -1, received " + t + " and " + duration));
            return null;
        }
        return new Call(row.line(), t, row.get("from"), row.get("to"), duration);
    }

    private static CSVPrinter printer(Path file) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
    }
}
