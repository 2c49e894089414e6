package org.reachlab.signals.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachlab.signals.Extractors;
import org.reachlab.signals.NoteSignals;
import org.reachlab.signals.SharedData;
import org.reachlab.signals.SignalNote;
import org.reachlab.signals.TimingSignal;
import org.reachlab.signals.io.LabelledNote;
import org.reachlab.signals.io.NoteFiles;

/**
 * Redaction changes what is written, never the signals: on every labelled set, each note's
 * signals with redacted evidence equal its signals in everything but the evidence text, and that
 * text holds none of the personal data found in the note, in English, German and Norwegian. Notes
 * in a language without a lexicon are not extracted and so not checked.
 */
class SignalsUnchangedTest {

    private static final List<String> OWN = List.of("labelled-en.jsonl", "heldout-en.jsonl", "heldout2-en.jsonl",
            "labelled-de.jsonl", "heldout-de.jsonl", "labelled-no.jsonl", "heldout-no.jsonl");
    private static final List<String> SHARED = List.of("data/dev/b2b-notes.dev.jsonl",
            "data/dev/b2b-notes-de-no.dev.jsonl", "data/dev/real-sentences.dev.jsonl");

    @Test
    void theModulesOwnSets() throws Exception {
        for (String f : OWN) {
            check(Path.of("src/test/resources/org/reachlab/signals").resolve(f));
        }
    }

    @Test
    void theSharedDevelopmentSets() throws Exception {
        for (String f : SHARED) {
            check(SharedData.require(f));
        }
    }

    private static void check(Path file) throws Exception {
        assertThat(file).exists();
        List<SignalNote> notes = new ArrayList<>();
        for (LabelledNote l : NoteFiles.readLabelled(file)) {
            if (Extractors.filtered().supports(l.note().language())) {
                notes.add(l.note());
            }
        }
        for (SignalNote note : notes) {
            NoteSignals found = Extractors.filtered().extract(note);
            NoteSignals shown = Redactor.standard().redactEvidence(found, note);
            assertThat(shown.signals()).as(file.getFileName() + " " + note.id()).hasSameSizeAs(found.signals());
            for (int i = 0; i < found.signals().size(); i++) {
                TimingSignal a = found.signals().get(i);
                TimingSignal b = shown.signals().get(i);
                assertThat(b.withEvidence(a.text(), a.spanBegin(), a.spanEnd())).as(note.id()).isEqualTo(a);
                for (Finding f : Redactor.standard().find(note.text(), note.language())) {
                    assertThat(b.text()).as(note.id()).doesNotContain(note.text().substring(f.begin(), f.end()));
                }
            }
        }
    }
}
