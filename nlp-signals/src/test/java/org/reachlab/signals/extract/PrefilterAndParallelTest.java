package org.reachlab.signals.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachlab.signals.Extractors;
import org.reachlab.signals.NoteSignals;
import org.reachlab.signals.SharedData;
import org.reachlab.signals.SignalNote;
import org.reachlab.signals.io.LabelledNote;
import org.reachlab.signals.io.NoteFiles;
import org.reachlab.signals.io.NoteFormatException;
import org.reachlab.signals.lexicon.Lexicon;

/** The pre-filter changes no result, and parallel extraction equals sequential extraction. */
class PrefilterAndParallelTest {

    static List<SignalNote> ownNotes() throws IOException, NoteFormatException {
        Path own = Path.of("src/test/resources/org/reachlab/signals/labelled-en.jsonl");
        return NoteFiles.readLabelled(own).stream().map(LabelledNote::note).toList();
    }

    private static void sameWithAndWithoutFilter(List<SignalNote> notes) {
        List<NoteSignals> with = Extractors.filtered().extractAll(notes, 1);
        List<NoteSignals> without = Extractors.unfiltered().extractAll(notes, 1);
        assertThat(with).isEqualTo(without);
    }

    @Test
    void filterDoesNotChangeTheOwnSet() throws Exception {
        sameWithAndWithoutFilter(ownNotes());
    }

    @Test
    void filterDoesNotChangeTheGermanAndNorwegianSets() throws Exception {
        List<SignalNote> notes = new ArrayList<>();
        for (String f : List.of("labelled-de", "heldout-de", "labelled-no", "heldout-no")) {
            NoteFiles.readLabelled(Path.of("src/test/resources/org/reachlab/signals/" + f + ".jsonl")).stream()
                    .map(LabelledNote::note).forEach(notes::add);
        }
        NoteFiles.readLabelled(SharedData.require("data/dev/b2b-notes-de-no.dev.jsonl")).stream().map(LabelledNote::note)
                .forEach(notes::add);
        sameWithAndWithoutFilter(notes);
    }

    @Test
    void filterDoesNotChangeTheDevelopmentSets() throws Exception {
        List<SignalNote> notes = new ArrayList<>();
        for (String f : List.of("data/dev/b2b-notes.dev.jsonl", "data/dev/real-sentences.dev.jsonl")) {
            NoteFiles.readLabelled(SharedData.require(f)).stream().map(LabelledNote::note)
                    .filter(n -> n.language().equals("en")).forEach(notes::add);
        }
        sameWithAndWithoutFilter(notes);
    }

    @Test
    void filterDoesNotChangeTheRealEmailSentences() throws Exception {
        Path tsv = SharedData.require("data/real/email-sentences/sentences.tsv");
        List<SignalNote> notes = new ArrayList<>();
        List<String> lines = java.nio.file.Files.readAllLines(tsv);
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2001-03-07T09:00:00-06:00");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", 3);
            if (f.length == 3) {
                notes.add(new SignalNote(f[0], null, at, f[2], "en", java.time.ZoneId.of("America/Chicago")));
            }
        }
        assertThat(notes).hasSizeGreaterThan(100);
        sameWithAndWithoutFilter(notes);
    }

    @Test
    void filterSkipsTextsWithoutTimeWords() {
        TimeWordFilter f = new TimeWordFilter(Lexicon.load("en"));
        assertThat(f.mayContainSignal("Sent the ROI calculator, waiting for feedback.")).isFalse();
        assertThat(f.mayContainSignal("Call me tomorrow.")).isTrue();
        assertThat(f.mayContainSignal("Try after 4")).isTrue();
        assertThat(f.mayContainSignal("Afternoons are better")).isTrue();
        assertThat(f.mayContainSignal("OOO until Jan")).isTrue();
    }

    @Test
    void parallelEqualsSequential() throws Exception {
        List<SignalNote> notes = ownNotes();
        assertThat(Extractors.filtered().extractAll(notes, 2)).isEqualTo(Extractors.filtered().extractAll(notes, 1));
    }

    @Test
    void unknownLanguageIsNamed() {
        assertThatThrownBy(() -> Lexicon.load("xx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'xx'").hasMessageContaining("lexicon-xx.properties");
    }
}
