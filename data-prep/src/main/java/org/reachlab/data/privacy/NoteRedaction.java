package org.reachlab.data.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.reachlab.data.io.Rejection;

/**
 * Replaces the personal data in a note's text by typed placeholders ({@code [PERSON]},
 * {@code [EMAIL]}, {@code [PHONE]}, {@code [IBAN]}, {@code [ADDRESS]}) before the text is written.
 *
 * <p>{@link #installed()} finds the implementation on the class path (nlp-signals provides it
 * through {@link ServiceLoader}); {@link #KEEP} writes text as it is, for a user's own local run
 * that asked to keep personal data.
 */
public interface NoteRedaction {

    /** Keeps text as it is: the opt-out. */
    NoteRedaction KEEP = new NoteRedaction() {
        @Override
        public String redact(String text, String lang) {
            return text;
        }

        @Override
        public boolean keepsText() {
            return true;
        }
    };

    /**
     * The text with its personal data replaced.
     *
     * @param text the note's text (null gives null)
     * @param lang its language code ({@code en}, {@code de}, {@code no}), or null when unknown
     * @return the redacted text
     */
    String redact(String text, String lang);

    /**
     * A rejected row or note as it may be written: its value, reason and every value of its
     * record through {@link #redact(String, String)} (a rejected row may hold note text anywhere).
     *
     * @param r the rejection
     * @return the rejection to write ({@code r} itself when text is kept)
     */
    default Rejection redact(Rejection r) {
        if (keepsText()) {
            return r;
        }
        List<String> record = new ArrayList<>(r.record().size());
        for (String v : r.record()) {
            record.add(redact(v, null));
        }
        return new Rejection(r.file(), r.line(), r.column(), redact(r.value(), null), r.code(), redact(r.reason(), null),
                record);
    }

    /** True when this redaction writes text unchanged. */
    default boolean keepsText() {
        return false;
    }

    /**
     * The redaction on the class path.
     *
     * @return the first provider found
     * @throws IllegalStateException when none is installed (note text would otherwise be written as is)
     */
    static NoteRedaction installed() {
        return ServiceLoader.load(NoteRedaction.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "no " + NoteRedaction.class.getName() + " on the class path: note text cannot be written"
                        + " without removing personal data (nlp-signals provides one)"));
    }

    /**
     * The installed redaction, or {@link #KEEP} when personal data is to be kept.
     *
     * @param keepPersonalData true for a user's own local run that opted out
     * @return the redaction to write note text with
     */
    static NoteRedaction choose(boolean keepPersonalData) {
        return keepPersonalData ? KEEP : installed();
    }
}
