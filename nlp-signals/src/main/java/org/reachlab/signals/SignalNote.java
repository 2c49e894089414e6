package org.reachlab.signals;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import org.reachlab.signals.language.LanguageDetector;

/**
 * A note as read for extraction: the spec's input fields.
 *
 * @param id        note id
 * @param contactId the contact the note is about, or null
 * @param at        when the note was written, with offset
 * @param text      the body
 * @param lang      language code, or null to detect it from the text
 * @param zone      the person's zone when known, or null (then the offset of {@code at} is used)
 */
public record SignalNote(String id, String contactId, OffsetDateTime at, String text, String lang, ZoneId zone) {

    public SignalNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
    }

    /** The language to extract with: the given one, or the one {@link LanguageDetector} reads in the text. */
    public String language() {
        return lang == null || lang.isBlank() ? LanguageDetector.shared().detect(text)
                : lang.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** The zone the note's relative words ("tomorrow") are resolved in. */
    public ZoneId effectiveZone() {
        return zone != null ? zone : at.getOffset();
    }
}
