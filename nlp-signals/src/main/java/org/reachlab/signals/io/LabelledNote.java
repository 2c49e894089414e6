package org.reachlab.signals.io;

import java.util.List;
import java.util.Objects;
import org.reachlab.signals.SignalNote;
import org.reachlab.signals.TimingSignal;

/**
 * A note with the signals a person labelled in it.
 *
 * @param note     the note
 * @param expected the labelled signals
 * @param line     its line number in the file
 */
public record LabelledNote(SignalNote note, List<TimingSignal> expected, int line) {

    public LabelledNote {
        Objects.requireNonNull(note, "note");
        expected = List.copyOf(expected);
    }
}
