package org.reachlab.signals;

import java.util.List;
import java.util.Objects;

/**
 * The signals extracted from one note: one line of {@code extract}'s output.
 *
 * @param id        the note id
 * @param contactId the note's contact, or null
 * @param signals   the signals, in text order
 */
public record NoteSignals(String id, String contactId, List<TimingSignal> signals) {

    public NoteSignals {
        Objects.requireNonNull(id, "id");
        signals = List.copyOf(signals);
    }
}
