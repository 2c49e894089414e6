package org.reachlab.pipeline.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.Note;
import org.reachlab.data.ingest.ContactTable;
import org.reachlab.data.ingest.NoteTable;
import org.reachlab.signals.NoteSignals;
import org.reachlab.signals.SignalNote;
import org.reachlab.signals.TimingSignal;
import org.reachlab.signals.extract.SignalExtractor;
import org.reachlab.signals.language.LanguageDetector;
import org.reachlab.signals.redact.Redactor;

/**
 * What each contact stated about when to call them, note by note, with the note's date and its
 * evidence with personal data replaced ({@link Redactor}): the quotes an explanation may show.
 */
public final class NoteStatements {

    /**
     * One statement.
     *
     * @param at     when the note was written
     * @param signal what it says, its evidence redacted
     */
    public record Statement(OffsetDateTime at, TimingSignal signal) {
    }

    private static final NoteStatements NONE = new NoteStatements(Map.of());

    private final Map<String, List<Statement>> byContact;

    private NoteStatements(Map<String, List<Statement>> byContact) {
        this.byContact = byContact;
    }

    /** No statements. */
    public static NoteStatements none() {
        return NONE;
    }

    /** Reads a notes table (rejected rows are skipped) and keeps the statements written before {@code date}. */
    public static NoteStatements read(Path notesCsv, ContactTable contacts, SignalExtractor extractor, LocalDate date)
            throws IOException {
        List<Note> notes = new ArrayList<>();
        NoteTable.read(notesCsv, contacts, r -> { }, (note, row) -> notes.add(note));
        return of(notes, contacts.contacts(), extractor, date);
    }

    /** The statements of notes about known contacts written before the contact's local {@code date}. */
    public static NoteStatements of(List<Note> notes, Map<String, Contact> contacts, SignalExtractor extractor,
                                    LocalDate date) {
        List<SignalNote> supported = new ArrayList<>();
        for (Note note : notes) {
            Contact c = contacts.get(note.contactId());
            if (c == null || !note.at().atZoneSameInstant(c.zone()).toLocalDate().isBefore(date)) {
                continue;
            }
            String lang = note.lang() != null ? note.lang()
                    : c.language() != null ? c.language() : LanguageDetector.shared().detect(note.text());
            if (extractor.supports(lang)) {
                supported.add(new SignalNote(note.id(), note.contactId(), note.at(), note.text(), lang, c.zone()));
            }
        }
        List<NoteSignals> signals = extractor.extractAll(supported);
        Redactor redactor = Redactor.standard();
        Map<String, List<Statement>> out = new HashMap<>();
        for (int i = 0; i < supported.size(); i++) {
            NoteSignals s = signals.get(i);
            if (s.signals().isEmpty()) {
                continue;
            }
            NoteSignals redacted = redactor.redactEvidence(s, supported.get(i));
            for (TimingSignal t : redacted.signals()) {
                out.computeIfAbsent(s.contactId(), k -> new ArrayList<>()).add(new Statement(supported.get(i).at(), t));
            }
        }
        out.values().forEach(l -> l.sort(java.util.Comparator.comparing(Statement::at)));
        return new NoteStatements(out);
    }

    /** The contact's statements, oldest first. */
    public List<Statement> of(String contactId) {
        return byContact.getOrDefault(contactId, List.of());
    }

    /** Contacts with any statement. */
    public int contacts() {
        return byContact.size();
    }
}
