package org.reachlab.data.domain;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A call note or email about a contact.
 *
 * @param id        unique note id
 * @param contactId whom the note is about
 * @param at        when it was written, with the writer's offset (the reference for "tomorrow")
 * @param text      the body
 * @param source    where it came from, or {@code null}
 * @param lang      language code, or {@code null} when not given
 */
public record Note(String id, String contactId, OffsetDateTime at, String text, NoteSource source,
                   String lang) {

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
    }
}
