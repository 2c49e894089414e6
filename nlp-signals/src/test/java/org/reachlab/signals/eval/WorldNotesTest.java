package org.reachlab.signals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.Note;
import org.reachlab.data.synth.Statement;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.data.synth.WorldGenerator;
import org.reachlab.signals.Extractors;
import org.reachlab.signals.NoteSignals;
import org.reachlab.signals.SignalNote;
import org.reachlab.signals.TimingSignal;

/**
 * The synthetic world writes each contact's notes in the contact's language; the extractor reads
 * in every language the statements recorded beside the notes (month-end statements, which name no
 * window, aside), and finds nothing in the notes without one. German and Norwegian notes are read
 * as well as the English ones or better: the English wordings "You can usually get me between ..." and
 * "in meetings until 10" are not read (0.82 on this world when the languages were added).
 */
class WorldNotesTest {

    private static SyntheticWorld world;
    private static final Map<String, List<Double>> F1 = new HashMap<>();
    private static final Map<String, int[]> ALARMS = new HashMap<>();
    /** Mean F1 reached per language when the languages were added. */
    private static final Map<String, Double> MIN_F1 = Map.of("en", 0.80, "de", 0.95, "no", 0.95);

    @BeforeAll
    static void readTheWorld() {
        world = new WorldGenerator(WorldFiles.defaults().withContacts(900)).generate(11);
        Map<String, Contact> contacts = new HashMap<>();
        world.contacts().forEach(c -> contacts.put(c.id(), c));
        Map<String, List<Statement>> byNote = new HashMap<>();
        world.statements().forEach(s -> byNote.computeIfAbsent(s.noteId(), k -> new ArrayList<>()).add(s));
        List<SignalNote> notes = new ArrayList<>();
        for (Note n : world.notes()) {
            notes.add(new SignalNote(n.id(), n.contactId(), n.at(), n.text(), n.lang(), contacts.get(n.contactId()).zone()));
        }
        List<NoteSignals> found = Extractors.filtered().extractAll(notes);
        for (int i = 0; i < notes.size(); i++) {
            String lang = notes.get(i).lang();
            List<Statement> stated = byNote.getOrDefault(notes.get(i).id(), List.of());
            if (stated.stream().anyMatch(s -> s.basis().equals("month_end"))) {
                continue;
            }
            Set<String> predicted = Cells.of(found.get(i).signals());
            if (stated.isEmpty()) {
                int[] a = ALARMS.computeIfAbsent(lang, k -> new int[2]);
                a[0] += predicted.isEmpty() ? 0 : 1;
                a[1]++;
            } else {
                F1.computeIfAbsent(lang, k -> new ArrayList<>())
                        .add(Cells.f1(predicted, Cells.of(stated.stream().map(WorldNotesTest::signal).toList())));
            }
        }
    }

    private static TimingSignal signal(Statement s) {
        List<DayOfWeek> days = s.days().stream().map(WorldNotesTest::day).toList();
        return new TimingSignal(s.kind(), days, s.from(), s.to(), s.dateFrom(), s.dateTo(), null, 1.0, "", 0, 0);
    }

    private static DayOfWeek day(String code) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a weekday code: " + code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "no"})
    void notesAreWrittenInTheContactsLanguage(String lang) {
        Map<String, String> language = new HashMap<>();
        world.contacts().forEach(c -> language.put(c.id(), c.language()));
        List<Note> mine = world.notes().stream().filter(n -> n.lang().equals(lang)).toList();
        assertThat(mine).hasSizeGreaterThan(100);
        assertThat(mine).allMatch(n -> lang.equals("en") ? !Set.of("de", "no").contains(language.get(n.contactId()))
                : lang.equals(language.get(n.contactId())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "no"})
    void theExtractorReadsTheStatedTruth(String lang) {
        List<Double> f1 = F1.get(lang);
        assertThat(f1).as("notes with statements in %s", lang).hasSizeGreaterThan(10);
        double mean = f1.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        int[] alarms = ALARMS.get(lang);
        double rate = (double) alarms[0] / alarms[1];
        assertThat(mean).as("mean F1 of %d %s notes with statements is %.3f, must stay >= %.2f", f1.size(), lang, mean,
                MIN_F1.get(lang)).isGreaterThanOrEqualTo(MIN_F1.get(lang));
        assertThat(rate).as(String.format(Locale.ROOT, "false alarms on %d %s notes without statements: %.3f",
                alarms[1], lang, rate)).isLessThanOrEqualTo(0.02);
    }
}
