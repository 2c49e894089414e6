package org.reachlab.data.io;

import java.util.Arrays;

/**
 * The rows of one chunk of a CSV file, in file order, as {@link CsvTableReader#readInChunks}
 * hands them to a worker: each entry is either a row that passed the structural checks or the
 * rejection of one that did not.
 */
public final class RowChunk {

    private final CsvRow[] rows;
    private final Rejection[] rejected;

    private RowChunk(CsvRow[] rows, Rejection[] rejected) {
        this.rows = rows;
        this.rejected = rejected;
    }

    /** Entries in the chunk: rows read, including those rejected for their structure. */
    public int size() {
        return rows.length;
    }

    /** The row at {@code i}, or {@code null} when it failed the structural checks. */
    public CsvRow row(int i) {
        return rows[i];
    }

    /** Why the row at {@code i} failed the structural checks, or {@code null} when it passed. */
    public Rejection structural(int i) {
        return rejected[i];
    }

    /** Collects a chunk's entries in order. */
    static final class Builder {
        private CsvRow[] rows = new CsvRow[256];
        private Rejection[] rejected = new Rejection[256];
        private int size;

        void row(CsvRow row) {
            ensure();
            rows[size++] = row;
        }

        void rejected(Rejection r) {
            ensure();
            rejected[size++] = r;
        }

        private void ensure() {
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, size * 2);
                rejected = Arrays.copyOf(rejected, size * 2);
            }
        }

        RowChunk build() {
            return new RowChunk(Arrays.copyOf(rows, size), Arrays.copyOf(rejected, size));
        }
    }
}
