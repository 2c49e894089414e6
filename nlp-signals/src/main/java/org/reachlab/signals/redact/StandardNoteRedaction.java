package org.reachlab.signals.redact;

import org.reachlab.data.privacy.NoteRedaction;

/** The {@link NoteRedaction} data-prep's writers find on the class path: {@link Redactor#standard()}. */
public final class StandardNoteRedaction implements NoteRedaction {

    @Override
    public String redact(String text, String lang) {
        return Redactor.standard().redact(text, lang);
    }
}
