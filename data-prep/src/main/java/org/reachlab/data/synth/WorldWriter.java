package org.reachlab.data.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.domain.Note;
import org.reachlab.data.privacy.NoteRedaction;

/**
 * Writes a world's contacts and notes in the standard table formats ({@code contacts.csv},
 * {@code notes.csv}), its ground truth under {@code truth/}, and its effective
 * {@code world.yaml}. Output is byte-identical for the same world.
 *
 * <p>Truth files: {@code truth/profiles.csv} (one row per contact and weekly profile: its
 * validity, shift, habit and the 168 slot probabilities {@code s000..s167}, index =
 * (day of week - 1) * 24 + hour), {@code truth/events.csv} (dated events with their factor),
 * {@code truth/contacts.csv} (segment, reach, wrong number, bridge days, drift date) and
 * {@code truth/statements.csv} (every timing statement in the notes with its truth).
 */
public final class WorldWriter {

    /** The CSV dialect of every written table: RFC 4180 with LF line ends. */
    public static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    /** Columns of contacts.csv. */
    public static final List<String> CONTACT_COLUMNS = List.of("contact_id", "country", "zone", "subdivision",
            "industry", "company_id", "company_size", "role", "language");

    /** Columns of notes.csv. */
    public static final List<String> NOTE_COLUMNS = List.of("id", "contact_id", "at", "text", "source", "lang");

    private WorldWriter() {
    }

    /**
     * Writes contacts.csv, notes.csv, world.yaml and truth/ into a directory (created if needed),
     * with the personal data of the notes' text replaced by placeholders ({@link NoteRedaction#installed()}).
     */
    public static void write(SyntheticWorld world, Path dir) throws IOException {
        write(world, dir, NoteRedaction.installed());
    }

    /**
     * Writes contacts.csv, notes.csv, world.yaml and truth/ into a directory (created if needed).
     *
     * @param world     the world
     * @param dir       the directory
     * @param redaction what the notes' text goes through before it is written
     */
    public static void write(SyntheticWorld world, Path dir, NoteRedaction redaction) throws IOException {
        Files.createDirectories(dir.resolve("truth"));
        writeContacts(world.contacts(), dir.resolve("contacts.csv"));
        writeNotes(world.notes(), dir.resolve("notes.csv"), redaction);
        Files.writeString(dir.resolve("world.yaml"), WorldFiles.toYaml(world.config()), StandardCharsets.UTF_8);
        writeProfiles(world, dir.resolve("truth/profiles.csv"));
        writeEvents(world, dir.resolve("truth/events.csv"));
        writeTraits(world, dir.resolve("truth/contacts.csv"));
        writeStatements(world, dir.resolve("truth/statements.csv"));
    }

    /** Writes contacts in the standard contacts.csv format. */
    public static void writeContacts(List<Contact> contacts, Path file) throws IOException {
        try (CSVPrinter p = printer(file, CONTACT_COLUMNS)) {
            for (Contact c : contacts) {
                p.printRecord(c.id(), c.country(), c.zone().getId(), nz(c.subdivision()), nz(c.industry()),
                        nz(c.companyId()), c.companySize() == null ? "" : c.companySize().toString(), nz(c.role()),
                        nz(c.language()));
            }
        }
    }

    /** Writes notes in the standard notes.csv format, with their personal data replaced by placeholders. */
    public static void writeNotes(List<Note> notes, Path file) throws IOException {
        writeNotes(notes, file, NoteRedaction.installed());
    }

    /**
     * Writes notes in the standard notes.csv format.
     *
     * @param notes     the notes
     * @param file      the file
     * @param redaction what each note's text goes through before it is written
     */
    public static void writeNotes(List<Note> notes, Path file, NoteRedaction redaction) throws IOException {
        try (CSVPrinter p = printer(file, NOTE_COLUMNS)) {
            for (Note n : notes) {
                p.printRecord(n.id(), n.contactId(), n.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                        redaction.redact(n.text(), n.lang()),
                        n.source() == null ? "" : n.source().code(), nz(n.lang()));
            }
        }
    }

    private static void writeProfiles(SyntheticWorld world, Path file) throws IOException {
        List<String> cols = new ArrayList<>(List.of("contact_id", "valid_from", "valid_to", "shift", "habit"));
        for (int s = 0; s < LocalSlot.COUNT; s++) {
            cols.add(String.format(Locale.ROOT, "s%03d", s));
        }
        try (CSVPrinter p = printer(file, cols)) {
            List<String> row = new ArrayList<>(cols.size());
            StringBuilder b = new StringBuilder(8);
            for (ContactTruth t : world.truths()) {
                for (int k = 0; k < t.profiles().size(); k++) {
                    Profile pr = t.profiles().get(k);
                    row.clear();
                    row.add(t.contact().id());
                    row.add(pr.from().equals(LocalDate.MIN) ? "" : pr.from().toString());
                    row.add(k + 1 < t.profiles().size() ? t.profiles().get(k + 1).from().minusDays(1).toString() : "");
                    row.add(Integer.toString(pr.shift()));
                    row.add(habit(pr.habit()));
                    for (int s = 0; s < LocalSlot.COUNT; s++) {
                        row.add(t.wrongNumber() ? "0" : decimal(b, pr.at(s)));
                    }
                    p.printRecord(row);
                }
            }
        }
    }

    private static void writeEvents(SyntheticWorld world, Path file) throws IOException {
        try (CSVPrinter p = printer(file, List.of("contact_id", "kind", "date_from", "date_to", "factor", "detail"))) {
            StringBuilder b = new StringBuilder(8);
            for (ContactTruth t : world.truths()) {
                for (TruthEvent e : t.events()) {
                    p.printRecord(t.contact().id(), e.kind().code(), e.from(), e.to(), decimal(b, e.factor()), e.detail());
                }
            }
        }
    }

    private static void writeTraits(SyntheticWorld world, Path file) throws IOException {
        try (CSVPrinter p = printer(file, List.of("contact_id", "segment", "reach", "wrong_number",
                "takes_bridge_days", "drift_date", "meeting_rate"))) {
            StringBuilder b = new StringBuilder(8);
            for (int i = 0; i < world.truths().size(); i++) {
                ContactTruth t = world.truth(i);
                WorldConfig.Segment s = world.config().segments().get(t.segment());
                p.printRecord(t.contact().id(), s.industry() + "/" + s.role(), decimal(b, t.reach()), t.wrongNumber(),
                        t.takesBridgeDays(), t.driftDate() == null ? "" : t.driftDate().toString(),
                        decimal(b, world.meetingRate(i)));
            }
        }
    }

    private static void writeStatements(SyntheticWorld world, Path file) throws IOException {
        try (CSVPrinter p = printer(file, List.of("note_id", "contact_id", "kind", "days", "from", "to", "date_from",
                "date_to", "basis", "vague", "valid_until", "rate_inside", "rate_outside"))) {
            StringBuilder b = new StringBuilder(8);
            for (Statement s : world.statements()) {
                p.printRecord(s.noteId(), s.contactId(), s.kind().name(), String.join(" ", s.days()), time(s.from()),
                        time(s.to()), s.dateFrom() == null ? "" : s.dateFrom(), s.dateTo() == null ? "" : s.dateTo(),
                        s.basis(), s.vague(), s.validUntil() == null ? "" : s.validUntil(),
                        Double.isNaN(s.rateInside()) ? "" : decimal(b, s.rateInside()),
                        Double.isNaN(s.rateOutside()) ? "" : decimal(b, s.rateOutside()));
            }
        }
    }

    private static String time(LocalTime t) {
        if (t == null) {
            return "";
        }
        return t.equals(LocalTime.MAX) ? "24:00" : String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

    private static String habit(Habit h) {
        if (h == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (var d : h.days()) {
            b.append(d.name(), 0, 3).append(' ');
        }
        b.append(String.format(Locale.ROOT, "%02d:%02d-%02d:%02d@%.2f", h.fromMinute() / 60, h.fromMinute() % 60,
                h.toMinute() / 60, h.toMinute() % 60, h.rate()));
        return b.toString();
    }

    /** Opens a CSV file with a header. */
    public static CSVPrinter printer(Path file, List<String> columns) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSV);
        p.printRecord(columns);
        return p;
    }

    /** A value in [0, 1000) written with four decimals, fast and locale-free ({@code 0.1234}). */
    public static String decimal(StringBuilder b, double v) {
        b.setLength(0);
        long x = Math.round(v * 10_000);
        if (x < 0) {
            b.append('-');
            x = -x;
        }
        b.append(x / 10_000).append('.');
        long frac = x % 10_000;
        if (frac < 1000) {
            b.append('0');
        }
        if (frac < 100) {
            b.append('0');
        }
        if (frac < 10) {
            b.append('0');
        }
        b.append(frac);
        return b.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
