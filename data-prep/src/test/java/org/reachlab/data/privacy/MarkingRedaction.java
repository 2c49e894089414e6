package org.reachlab.data.privacy;

import java.util.regex.Pattern;

/**
 * The redaction data-prep's own tests find on the class path (the real one lives in nlp-signals,
 * which data-prep cannot see): it replaces words with an {@code @} by {@code [EMAIL]}, enough to
 * tell that a writer sends note text through the redaction.
 */
public final class MarkingRedaction implements NoteRedaction {

    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.[a-z]+");

    @Override
    public String redact(String text, String lang) {
        return text == null ? null : EMAIL.matcher(text).replaceAll("[EMAIL]");
    }
}
