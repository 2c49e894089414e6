package org.reachlab.data.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses the decoded text of one chunk of a CSV file into records, giving the values and start
 * lines Commons CSV gives with the reader's format (RFC 4180: no escape character, surrounding
 * spaces kept, empty lines kept as one empty value) without its per-character reader and
 * per-token buffers. A quoted field that is not closed, or a closing quote followed by anything
 * but blanks, a comma or a line end, is an error, as it is for Commons CSV; the reader then
 * reads the file again with Commons CSV for its message. {@code CsvChunkParserTest} checks the
 * two parsers against each other on random text.
 */
final class CsvChunkParser {

    /** A quoted field the parser cannot accept. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private final char[] text;
    private final int length;
    private int pos;
    private long breaks;
    private int counted;
    private final List<String> fields = new ArrayList<>(16);
    private final StringBuilder quoted = new StringBuilder();

    CsvChunkParser(char[] text, int length) {
        this.text = text;
        this.length = length;
    }

    /** Line breaks (CR, or LF not after CR) before {@code to}, counted once. */
    private long breaksBefore(int to) {
        for (int i = counted; i < to; i++) {
            char c = text[i];
            if (c == '\r' || (c == '\n' && (i == 0 || text[i - 1] != '\r'))) {
                breaks++;
            }
        }
        counted = Math.max(counted, to);
        return breaks;
    }

    /** The line (1 = the chunk's first) the next record starts on; call before {@link #next()}. */
    long nextLine() {
        return breaksBefore(pos) + 1;
    }

    /** The next record's values, or {@code null} at the end of the text. */
    List<String> next() throws Malformed {
        if (pos >= length) {
            return null;
        }
        fields.clear();
        while (true) {
            if (pos >= length) { // end of text right after a comma: one more empty value
                fields.add("");
                return done();
            }
            char c = text[pos];
            if (c == ',') {
                fields.add("");
                pos++;
                continue;
            }
            if (c == '\r' || c == '\n') {
                fields.add("");
                endOfLine();
                return done();
            }
            if (c == '"') {
                if (quotedField()) {
                    return done();
                }
                continue;
            }
            int start = pos;
            while (pos < length) {
                c = text[pos];
                if (c == ',' || c == '\r' || c == '\n') {
                    break;
                }
                pos++;
            }
            fields.add(new String(text, start, pos - start));
            if (pos >= length) {
                return done();
            }
            if (c == ',') {
                pos++;
            } else {
                endOfLine();
                return done();
            }
        }
    }

    /** Reads a quoted field at {@code pos}; true when it ended the record. */
    private boolean quotedField() throws Malformed {
        int open = pos;
        pos++;
        quoted.setLength(0);
        int from = pos;
        while (true) {
            if (pos >= length) {
                throw new Malformed("end of text inside the quoted field opened at character " + open);
            }
            char c = text[pos++];
            if (c == '"') {
                quoted.append(text, from, pos - 1 - from);
                if (pos < length && text[pos] == '"') {
                    quoted.append('"');
                    pos++;
                    from = pos;
                    continue;
                }
                break;
            }
        }
        fields.add(quoted.toString());
        while (true) {
            if (pos >= length) {
                return true;
            }
            char c = text[pos];
            if (c == ',') {
                pos++;
                return false;
            }
            if (c == '\r' || c == '\n') {
                endOfLine();
                return true;
            }
            if (!Character.isWhitespace(c)) {
                throw new Malformed("character '" + c + "' between a closing quote and the next comma at "
                        + pos);
            }
            pos++;
        }
    }

    private void endOfLine() {
        if (text[pos] == '\r' && pos + 1 < length && text[pos + 1] == '\n') {
            pos += 2;
        } else {
            pos++;
        }
    }

    private List<String> done() {
        return Arrays.asList(fields.toArray(new String[0]));
    }
}
