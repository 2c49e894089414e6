package org.reachlab.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.Note;
import org.reachlab.data.domain.SignalKind;
import org.reachlab.data.ingest.ContactTable;
import org.reachlab.data.ingest.NoteTable;
import org.reachlab.models.Absence;
import org.reachlab.models.ContactPreferences;
import org.reachlab.models.StatedPreferences;
import org.reachlab.signals.NoteSignals;
import org.reachlab.signals.SignalNote;
import org.reachlab.signals.language.LanguageDetector;
import org.reachlab.signals.extract.SignalExtractor;
import org.reachlab.signals.profile.DatedStatement;
import org.reachlab.signals.profile.ProfileBuilder;
import org.reachlab.signals.profile.StatedProfile;

/**
 * Stated preferences read out of a notes table: every note's timing signals (nlp-signals), then
 * each contact's profile (newer statements override older ones), as the evidence models take.
 *
 * <ul>
 *   <li>Recurring signals become the slot weights; they count as known from the newest note that
 *       stated any ({@link ContactPreferences#knownFrom()}), so a backtest never uses a
 *       preference written after its split.</li>
 *   <li>Dated absences, and dated avoidances of a window (busy at work on a date), become
 *       {@link Absence}s known from the note that stated them. Dated preferences ("back on the
 *       19th") have no counterpart in the models' evidence and are left out.</li>
 *   <li>Notes in a language without a lexicon are skipped and counted.</li>
 * </ul>
 */
public final class NotePreferences {

    /**
     * What was read.
     *
     * @param preferences the evidence, by contact
     * @param notes       notes read
     * @param withSignals notes with at least one signal
     * @param skipped     notes skipped because their language has no lexicon
     * @param contacts    contacts with any evidence
     */
    public record Result(StatedPreferences preferences, long notes, long withSignals, long skipped, int contacts) {
    }

    private NotePreferences() {
    }

    /** Reads the notes of accepted contacts (rejected rows are counted, not kept) and extracts their evidence. */
    public static Result read(Path notesCsv, ContactTable contacts, SignalExtractor extractor) throws IOException {
        List<Note> notes = new ArrayList<>();
        NoteTable.read(notesCsv, contacts, r -> { }, (note, row) -> notes.add(note));
        return of(notes, contacts.contacts(), extractor);
    }

    /**
     * Extracts the evidence of notes about known contacts (notes about others are ignored); a note
     * without a language takes its contact's, and without either the one its words show.
     */
    public static Result of(List<Note> notes, Map<String, Contact> contacts, SignalExtractor extractor) {
        Extracted x = extract(notes, contacts, extractor);
        Map<String, ContactPreferences> out = build(x.stated());
        return new Result(StatedPreferences.of(out), x.read(), x.stated().size(), x.skipped(), out.size());
    }

    /**
     * Like {@link #of}, but the preferences remember every note: {@code knownBefore(t)} gives
     * exactly what the notes written before {@code t} state (each contact's profile rebuilt from
     * them, newer statements overriding older ones), where {@link #of}'s keeps only the newest
     * profile and drops weights restated after {@code t}. For a run that reads the notes day by
     * day, such as the stated rule over an evaluation period. The notes are read once; each
     * instant's profiles are built once and kept.
     */
    public static Result timeline(List<Note> notes, Map<String, Contact> contacts, SignalExtractor extractor) {
        Extracted x = extract(notes, contacts, extractor);
        Timeline t = new Timeline(x.stated());
        return new Result(t, x.read(), x.stated().size(), x.skipped(), t.all.size());
    }

    /** The notes with signals, in input order, and what was read and skipped. */
    private record Extracted(List<ProfileBuilder.Stated> stated, long read, long skipped) {
    }

    private static Extracted extract(List<Note> notes, Map<String, Contact> contacts, SignalExtractor extractor) {
        long skipped = 0;
        long read = 0;
        List<SignalNote> supported = new ArrayList<>();
        for (Note note : notes) {
            Contact c = contacts.get(note.contactId());
            if (c == null) {
                continue;
            }
            read++;
            String lang = note.lang() != null ? note.lang()
                    : c.language() != null ? c.language() : LanguageDetector.shared().detect(note.text());
            if (extractor.supports(lang)) {
                supported.add(new SignalNote(note.id(), note.contactId(), note.at(), note.text(), lang, c.zone()));
            } else {
                skipped++;
            }
        }
        List<NoteSignals> signals = extractor.extractAll(supported);
        List<ProfileBuilder.Stated> stated = new ArrayList<>();
        for (int i = 0; i < supported.size(); i++) {
            NoteSignals s = signals.get(i);
            if (!s.signals().isEmpty()) {
                stated.add(new ProfileBuilder.Stated(supported.get(i).at(), s));
            }
        }
        return new Extracted(stated, read, skipped);
    }

    /** Each contact's evidence from notes with signals; recurring weights known from the newest that states any. */
    private static Map<String, ContactPreferences> build(List<ProfileBuilder.Stated> stated) {
        Map<String, Instant> recurringKnown = new HashMap<>();
        for (ProfileBuilder.Stated s : stated) {
            if (s.signals().signals().stream().anyMatch(t -> !t.isDated())) {
                recurringKnown.merge(s.signals().contactId(), s.at().toInstant(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Map<String, ContactPreferences> out = new LinkedHashMap<>();
        ProfileBuilder.build(stated).forEach((id, profile) -> {
            ContactPreferences p = adapt(profile, recurringKnown.get(id));
            if (p.hasWeights() || !p.absences().isEmpty()) {
                out.put(id, p);
            }
        });
        return out;
    }

    /** Stated preferences whose {@code knownBefore} rebuilds the profiles from the notes written before. */
    private static final class Timeline implements StatedPreferences {
        private final List<ProfileBuilder.Stated> stated;
        private final Map<String, ContactPreferences> all;
        private final Map<Instant, StatedPreferences> before = new ConcurrentHashMap<>();

        Timeline(List<ProfileBuilder.Stated> stated) {
            this.stated = List.copyOf(stated);
            this.all = build(this.stated);
        }

        @Override
        public Optional<ContactPreferences> of(String contactId) {
            return Optional.ofNullable(all.get(contactId));
        }

        @Override
        public StatedPreferences knownBefore(Instant t) {
            return before.computeIfAbsent(t, k -> StatedPreferences.of(build(
                    stated.stream().filter(s -> s.at().toInstant().isBefore(k)).toList())));
        }
    }

    /** One contact's profile as model evidence. */
    static ContactPreferences adapt(StatedProfile profile, Instant weightsKnownFrom) {
        double[] w = profile.weights();
        for (int s = 0; s < w.length; s++) {
            w[s] = Math.max(-1, Math.min(1, w[s]));
        }
        List<Absence> absences = new ArrayList<>();
        for (DatedStatement d : profile.dated()) {
            if (d.isAbsence() || d.kind() == SignalKind.AVOID) {
                int fromHour = d.from() == null ? 0 : d.from().getHour();
                int toHour = d.to() == null ? 24 : endHour(d.to());
                if (fromHour < toHour) {
                    absences.add(new Absence(d.dateFrom(), d.dateTo(), fromHour, toHour, d.stated().toInstant()));
                }
            }
        }
        return new ContactPreferences(profile.contactId(), w, absences, weightsKnownFrom);
    }

    /** The hour a half-open window ending at {@code to} ends in: 14:00 → 14, 14:15 → 15. */
    private static int endHour(LocalTime to) {
        if (to.equals(LocalTime.MIDNIGHT)) {
            return 24;
        }
        return to.getMinute() == 0 && to.getSecond() == 0 ? to.getHour() : to.getHour() + 1;
    }

}
