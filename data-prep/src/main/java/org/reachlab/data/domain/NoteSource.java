package org.reachlab.data.domain;

import java.util.Locale;
import java.util.Optional;

/** Where a note's text came from. */
public enum NoteSource {
    CALL_NOTE, EMAIL_IN, EMAIL_OUT, CHAT;

    /** The lower-case code used in CSV files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a code case-insensitively; empty when the text names no source. */
    public static Optional<NoteSource> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (NoteSource s : values()) {
            if (s.name().equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
