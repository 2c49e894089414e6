package org.reachlab.evaluation.evidence;

import org.reachlab.models.StatedPreferences;

/**
 * {@code notes}: what contacts said in notes and emails about when they can be reached. Without
 * it the belief is trained with no stated preferences at all, whatever its model does with them.
 */
public final class NotesSource implements EvidenceSource {

    @Override
    public String name() {
        return "notes";
    }

    @Override
    public String description() {
        return "the stated preferences read from the notes: without them the belief and its model get none";
    }

    @Override
    public Evidence remove(Evidence evidence) {
        return evidence.withPreferences(StatedPreferences.none());
    }
}
