package org.reachlab.data.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Note;
import org.reachlab.data.domain.NoteSource;
import org.reachlab.data.features.Features;
import org.reachlab.data.io.Rejection;
import org.reachlab.data.io.RejectsWriter;
import org.reachlab.data.log.AttemptLog;
import org.reachlab.data.log.EventLog;
import org.reachlab.data.time.ZoneResolver;

/**
 * The ingest job: reads contacts, then calls (and notes), validates every row, and writes into
 * the output directory:
 * <ul>
 *   <li>{@code contacts.csv}, {@code calls.csv}, {@code notes.csv}: the accepted rows in a
 *       normalised layout (zones filled in, each call's local time and slot added, extra input
 *       columns passed through); call notes from calls.csv's {@code note} column are added to
 *       notes.csv with source {@code call_note} and the attempt's id;</li>
 *   <li>{@code rejects.csv}: every rejected row of every table with file, line, column, value and
 *       reason;</li>
 *   <li>note text (in notes.csv and in the values of rejected rows) with its personal data replaced
 *       by placeholders, unless the options keep it ({@link IngestOptions#redaction()});</li>
 *   <li>{@code events.csv}: the accepted behavioural events (when an events file is given), each
 *       with its local time, zone and slot in the contact's zone; an events file with no usable row
 *       is a warning, and the run goes on without events;</li>
 *   <li>{@code features.csv}: the feature table (see {@link Features}), with the event columns;</li>
 *   <li>{@code summary.json}: per table read, accepted, rejected and rejections by reason.</li>
 * </ul>
 */
public final class Ingestion {

    private final ZoneResolver zones;
    private final HolidayCalendar calendar;
    private final Parallelism parallelism;

    /** An ingestion that reads the calls with {@link Parallelism#standard()}. */
    public Ingestion(ZoneResolver zones, HolidayCalendar calendar) {
        this(zones, calendar, Parallelism.standard());
    }

    private Ingestion(ZoneResolver zones, HolidayCalendar calendar, Parallelism parallelism) {
        this.zones = zones;
        this.calendar = calendar;
        this.parallelism = parallelism;
    }

    /** This ingestion reading the calls table with the given parallelism (the outputs do not change). */
    public Ingestion with(Parallelism p) {
        return new Ingestion(zones, calendar, p);
    }

    /** An ingestion with the bundled zone tables and holiday calendars. */
    public static Ingestion standard() {
        return new Ingestion(ZoneResolver.standard(), HolidayCalendar.standard());
    }

    /** Runs the job. */
    public IngestResult run(IngestOptions o) throws IOException {
        long start = System.nanoTime();
        Map<String, Double> phases = new LinkedHashMap<>();
        long mark = start;
        Files.createDirectories(o.out());
        List<TableReport> reports = new ArrayList<>();
        AttemptLog.Builder log = AttemptLog.builder();
        long[] notes = {0};
        List<String> warnings = new ArrayList<>();
        EventLog events = EventLog.empty();
        try (RejectsWriter file = RejectsWriter.create(o.out().resolve("rejects.csv"))) {
            Consumer<Rejection> rejects = r -> file.accept(o.redaction().redact(r));
            ContactTable contacts = ContactTable.read(o.contacts(), zones, rejects, o.out().resolve("contacts.csv"));
            reports.add(contacts.report());
            mark = phase(phases, "contacts", mark);
            List<String> noteExtra = o.notes() == null ? List.of() : NoteTable.extraColumns(o.notes());
            try (NoteTable.Writer noteOut = new NoteTable.Writer(o.out().resolve("notes.csv"), noteExtra,
                    o.redaction())) {
                reports.add(CallTable.read(o.calls(), contacts, rejects, o.out().resolve("calls.csv"),
                        o.redaction(), log, call -> {
                    if (call.attempt().note() != null) {
                        noteOut.write(new Note(call.attempt().id(), call.contact().id(),
                                call.attempt().at().atZone(call.contact().zone()).toOffsetDateTime(),
                                call.attempt().note(), NoteSource.CALL_NOTE, call.contact().language()), null);
                        notes[0]++;
                    }
                }, parallelism));
                if (o.notes() != null) {
                    reports.add(NoteTable.read(o.notes(), contacts, rejects, (note, row) -> {
                        noteOut.write(note, row);
                        notes[0]++;
                    }));
                }
            }
            mark = phase(phases, "calls and notes", mark);
            if (o.events() != null) {
                EventLog.Builder eventLog = EventLog.builder();
                TableReport report = EventTable.read(o.events(), contacts, rejects, o.out().resolve("events.csv"),
                        eventLog);
                reports.add(report);
                if (report.accepted() == 0) {
                    warnings.add(o.events() + ": no usable event (" + report.read() + " rows read, "
                            + report.rejected() + " rejected, see rejects.csv); the run goes on without events");
                } else {
                    events = eventLog.build();
                }
                mark = phase(phases, "events", mark);
            }
        }
        AttemptLog attempts = log.build();
        mark = phase(phases, "sort by contact and time", mark);
        long featureRows = -1;
        if (o.features()) {
            featureRows = Features.writeCsv(attempts, events, calendar, o.out().resolve("features.csv"));
            phase(phases, "features", mark);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        IngestResult result = new IngestResult(List.copyOf(reports), attempts, notes[0], featureRows, seconds,
                java.util.Collections.unmodifiableMap(phases), events, List.copyOf(warnings));
        writeSummary(result, o.out().resolve("summary.json"));
        return result;
    }

    private static long phase(Map<String, Double> phases, String name, long since) {
        long now = System.nanoTime();
        phases.put(name, (now - since) / 1e9);
        return now;
    }

    /** Writes {@code summary.json}. */
    static void writeSummary(IngestResult r, Path file) throws IOException {
        Map<String, Object> tables = new LinkedHashMap<>();
        for (TableReport t : r.tables()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", t.file());
            m.put("read", t.read());
            m.put("accepted", t.accepted());
            m.put("rejected", t.rejected());
            m.put("rejected_by_reason", t.rejectedByReason());
            tables.put(t.table(), m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tables", tables);
        root.put("contacts_with_attempts", r.log().contacts().size());
        root.put("notes_written", r.notes());
        root.put("feature_rows", r.featureRows());
        root.put("events", r.events().size());
        root.put("warnings", r.warnings());
        root.put("rejects_file", "rejects.csv");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }
}
