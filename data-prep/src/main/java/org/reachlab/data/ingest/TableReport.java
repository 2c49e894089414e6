package org.reachlab.data.ingest;

import java.util.Map;
import java.util.TreeMap;
import org.reachlab.data.io.Rejection;

/**
 * Counts for one input table: rows read, accepted, rejected, and rejections by reason code.
 * Mutable while a table is read, then only read.
 */
public final class TableReport {

    private final String table;
    private final String file;
    private long read;
    private long accepted;
    private long rejected;
    private final Map<String, Long> rejectedByReason = new TreeMap<>();

    public TableReport(String table, String file) {
        this.table = table;
        this.file = file;
    }

    void read(long rows) {
        this.read = rows;
    }

    void countAccepted() {
        accepted++;
    }

    void countRejected(Rejection r) {
        rejected++;
        rejectedByReason.merge(r.code(), 1L, Long::sum);
    }

    public String table() {
        return table;
    }

    public String file() {
        return file;
    }

    /** Data rows the CSV reader saw (blank lines are not rows). */
    public long read() {
        return read;
    }

    /**
     * Checks that every row read was either accepted or rejected.
     *
     * @throws IllegalStateException when a row was lost (a defect of the workbench, not of the input)
     */
    void checkBalanced() {
        if (read != accepted + rejected) {
            throw new IllegalStateException(file + ": read " + read + " rows but accepted " + accepted
                    + " and rejected " + rejected + "; rows were lost");
        }
    }

    public long accepted() {
        return accepted;
    }

    public long rejected() {
        return rejected;
    }

    /** Rejected rows per reason code, sorted by code. */
    public Map<String, Long> rejectedByReason() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(rejectedByReason));
    }
}
