package org.reachlab.data.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Cuts the data rows of a CSV file into chunks of whole records, as raw bytes, so that the
 * chunks can be decoded and parsed on several threads. A chunk ends after a line feed that
 * ends a record (outside quotes), so no record and no UTF-8 character is split; each chunk knows
 * the line it starts on.
 *
 * <p>Records are found as the CSV parser finds them (RFC 4180 without escape character, no
 * trimming): a quote opens a quoted field only at the start of a field, a doubled quote inside
 * one is a quote, and a line break inside one is part of the field. Line breaks are counted as
 * the parser counts them: a CR, or an LF not right after a CR.
 */
final class CsvChunks implements Closeable {

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_SEEN = 3;

    /** Bytes of whole records and the line the first starts on. */
    record Chunk(byte[] bytes, long firstLine) {
    }

    private final InputStream in;
    private final int chunkBytes;
    private byte[] data;
    private int length;
    private long nextLine;
    private boolean eof;

    private CsvChunks(InputStream in, int chunkBytes) {
        this.in = in;
        this.chunkBytes = chunkBytes;
        this.data = new byte[chunkBytes];
    }

    /**
     * Opens a file and skips its byte order mark and header record.
     *
     * @param chunkBytes the size a chunk aims at (a record longer than that makes a longer chunk)
     */
    static CsvChunks open(Path file, int chunkBytes) throws IOException {
        if (chunkBytes < 1) {
            throw new IllegalArgumentException("chunkBytes must be positive, received " + chunkBytes);
        }
        CsvChunks c = new CsvChunks(Files.newInputStream(file), chunkBytes);
        try {
            c.skipHeader();
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void skipHeader() throws IOException {
        fill();
        int from = length >= 3 && data[0] == (byte) 0xEF && data[1] == (byte) 0xBB && data[2] == (byte) 0xBF ? 3 : 0;
        while (true) {
            int end = firstRecordEnd(from);
            if (end >= 0) {
                nextLine = 1 + lineBreaks(data, 0, end);
                drop(end);
                return;
            }
            if (eof) {
                drop(length); // a header without rows
                return;
            }
            grow();
        }
    }

    /** The next chunk, or {@code null} after the last. */
    Chunk next() throws IOException {
        fill();
        while (true) {
            if (length == 0) {
                return null;
            }
            int cut = eof ? length : lastRecordEnd();
            if (cut > 0) {
                Chunk chunk = new Chunk(Arrays.copyOf(data, cut), nextLine);
                nextLine += lineBreaks(data, 0, cut);
                drop(cut);
                return chunk;
            }
            grow(); // one record longer than the buffer
        }
    }

    /** Reads until the buffer is full or the file ends. */
    private void fill() throws IOException {
        while (!eof && length < data.length) {
            int n = in.read(data, length, data.length - length);
            if (n < 0) {
                eof = true;
            } else {
                length += n;
            }
        }
    }

    private void grow() throws IOException {
        data = Arrays.copyOf(data, Math.max(chunkBytes, data.length * 2));
        fill();
    }

    private void drop(int n) {
        System.arraycopy(data, n, data, 0, length - n);
        length -= n;
    }

    /** The position after the first record's end (CR, LF or CRLF) at or after {@code from}, or -1. */
    private int firstRecordEnd(int from) {
        int state = FIELD_START;
        for (int i = from; i < length; i++) {
            byte b = data[i];
            if (state == QUOTED) {
                if (b == '"') {
                    state = QUOTE_SEEN;
                }
                continue;
            }
            if (b == '\n') {
                return i + 1;
            }
            if (b == '\r') {
                if (i + 1 < length) {
                    return data[i + 1] == '\n' ? i + 2 : i + 1;
                }
                return eof ? i + 1 : -1; // a CRLF may be split by the buffer's end
            }
            state = step(state, b);
        }
        return -1;
    }

    /** The position after the last line feed that ends a record, or 0 when there is none. */
    private int lastRecordEnd() {
        int state = FIELD_START;
        int cut = 0;
        byte[] d = data;
        for (int i = 0, n = length; i < n; i++) {
            byte b = d[i];
            if (state == QUOTED) {
                if (b == '"') {
                    state = QUOTE_SEEN;
                }
            } else if (b == '\n') {
                cut = i + 1;
                state = FIELD_START;
            } else if (b == '\r') {
                state = FIELD_START;
            } else {
                state = step(state, b);
            }
        }
        return cut;
    }

    /** The state after a byte that is not a line break, outside a quoted field's body. */
    private static int step(int state, byte b) {
        switch (state) {
            case FIELD_START:
                return b == '"' ? QUOTED : b == ',' ? FIELD_START : UNQUOTED;
            case QUOTE_SEEN:
                // a doubled quote stays in the field; anything else after a closing quote is the
                // parser's to judge (blanks are skipped, other characters are an error)
                return b == '"' ? QUOTED : b == ',' ? FIELD_START : UNQUOTED;
            default:
                return b == ',' ? FIELD_START : UNQUOTED;
        }
    }

    /** Line breaks in {@code d[from, to)} as the CSV parser counts them. */
    private static long lineBreaks(byte[] d, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            byte b = d[i];
            if (b == '\r' || (b == '\n' && (i == 0 || d[i - 1] != '\r'))) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
