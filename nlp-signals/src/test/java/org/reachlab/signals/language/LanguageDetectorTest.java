package org.reachlab.signals.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reachlab.signals.io.LabelledNote;
import org.reachlab.signals.io.NoteFiles;

/** The language detector on the labelled sets, whose notes carry their language, and on short texts. */
class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = LanguageDetector.shared();
    private static final String DIR = "src/test/resources/org/reachlab/signals/";

    private static List<LabelledNote> notes(String... files) throws Exception {
        List<LabelledNote> out = new ArrayList<>();
        for (String f : files) {
            out.addAll(NoteFiles.readLabelled(Path.of(DIR + f)));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "no"})
    void readsTheLanguageOfGermanAndNorwegianNotes(String lang) throws Exception {
        List<LabelledNote> notes = notes("labelled-" + lang + ".jsonl", "heldout-" + lang + ".jsonl");
        List<String> wrong = notes.stream().filter(n -> !DETECTOR.detect(n.note().text()).equals(lang))
                .map(n -> n.note().text()).toList();
        double accuracy = 1.0 - (double) wrong.size() / notes.size();
        assertThat(accuracy).as("accuracy on %d %s notes is %.3f; wrong: %s", notes.size(), lang, accuracy, wrong)
                .isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void neverTakesEnglishNotesForAnotherLanguage() throws Exception {
        List<LabelledNote> notes = notes("labelled-en.jsonl", "heldout-en.jsonl", "heldout2-en.jsonl");
        List<String> wrong = notes.stream().filter(n -> !DETECTOR.detect(n.note().text()).equals("en"))
                .map(n -> n.note().text()).toList();
        assertThat(wrong).as("English notes read as another language").isEmpty();
    }

    @Test
    void shortOrNeutralTextStaysInTheDefault() {
        assertThat(DETECTOR.detect("")).isEqualTo("en");
        assertThat(DETECTOR.detect("14:00")).isEqualTo("en");
        assertThat(DETECTOR.detect("OK")).isEqualTo("en");
    }

    @Test
    void lettersAndStopWordsDecide() {
        assertThat(DETECTOR.detect("Ring meg på ettermiddagen.")).isEqualTo("no");
        assertThat(DETECTOR.detect("Bitte nicht vor 10 Uhr anrufen.")).isEqualTo("de");
        assertThat(DETECTOR.detect("Please call me after lunch.")).isEqualTo("en");
    }
}
