package org.reachlab.data.io;

import java.util.List;
import java.util.Map;

/**
 * One data row of a CSV table, read by {@link CsvTableReader}.
 *
 * @param file   the file's name as the user gave it
 * @param line   the line the row starts on (the header is line 1)
 * @param values the raw values, in file order
 * @param index  lower-case column name to position in {@code values}
 */
public record CsvRow(String file, long line, List<String> values, Map<String, Integer> index) {

    /** The trimmed value of a column, or {@code null} when the column is absent or the value blank. */
    public String get(String column) {
        Integer i = index.get(column);
        if (i == null || i >= values.size()) {
            return null;
        }
        String v = values.get(i).trim();
        return v.isEmpty() ? null : v;
    }

    /** The untrimmed value of a column ({@code ""} when absent), for free text. */
    public String raw(String column) {
        Integer i = index.get(column);
        return i == null || i >= values.size() ? "" : values.get(i);
    }

    /** A rejection of this row for a value of one column. */
    public Rejection reject(String column, String code, String reason) {
        return new Rejection(file, line, column, column == null ? "" : raw(column), code, reason, values);
    }
}
