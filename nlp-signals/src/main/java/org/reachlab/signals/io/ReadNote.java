package org.reachlab.signals.io;

import java.util.List;
import org.reachlab.data.io.Rejection;
import org.reachlab.signals.SignalNote;

/**
 * A note as read from a file, with where it came from, so that a later check can still reject it
 * with its file, line and values.
 *
 * @param note   the note
 * @param file   the file it came from
 * @param line   the line it starts on (a CSV header is line 1)
 * @param record every value of its row (CSV) or its whole line (JSON Lines)
 */
public record ReadNote(SignalNote note, String file, long line, List<String> record) {

    public ReadNote {
        record = List.copyOf(record);
    }

    /**
     * A rejection of this note.
     *
     * @param column the field at fault
     * @param value  its value
     * @param code   a stable short code
     * @param reason a sentence a person can act on
     * @return the rejection
     */
    public Rejection reject(String column, String value, String code, String reason) {
        return new Rejection(file, line, column, value, code, "note " + note.id() + ": " + reason, record);
    }
}
