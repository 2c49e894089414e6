package org.reachlab.signals.eval;

import java.util.List;
import org.reachlab.signals.TimingSignal;

/**
 * The score of one labelled note.
 *
 * @param id       the note id
 * @param text     the note text
 * @param expected the labelled signals
 * @param found    the extracted signals
 * @param f1       the cell F1
 */
public record NoteScore(String id, String text, List<TimingSignal> expected, List<TimingSignal> found, double f1) {

    public NoteScore {
        expected = List.copyOf(expected);
        found = List.copyOf(found);
    }

    /** True when nothing was expected and something was found. */
    public boolean falseAlarm() {
        return expected.isEmpty() && !found.isEmpty();
    }

    /** True when something was expected and nothing was found. */
    public boolean miss() {
        return !expected.isEmpty() && found.isEmpty();
    }
}
