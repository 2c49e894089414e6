package org.reachlab.data.io;

import java.util.List;

/**
 * A row that could not be accepted, and why. Nothing of the row is lost: {@code record} holds all
 * of its values.
 *
 * @param file   the file the row came from
 * @param line   the line it starts on (header = 1)
 * @param column the column at fault, or {@code ""} when the row as a whole is at fault
 * @param value  that column's value as read
 * @param code   a stable short code for counting ({@code unknown_outcome}, {@code no_offset}, ...)
 * @param reason a sentence a person can act on
 * @param record every value of the row, in file order
 */
public record Rejection(String file, long line, String column, String value, String code, String reason,
                        List<String> record) {

    public Rejection {
        column = column == null ? "" : column;
        value = value == null ? "" : value;
        record = List.copyOf(record);
    }
}
