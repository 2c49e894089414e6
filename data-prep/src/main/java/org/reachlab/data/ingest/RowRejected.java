package org.reachlab.data.ingest;

import org.reachlab.data.io.CsvRow;
import org.reachlab.data.io.Rejection;
import org.reachlab.data.io.Values;

/** Thrown by a validator for a row that cannot be accepted; carries the rejection. */
final class RowRejected extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Rejection rejection;

    RowRejected(Rejection rejection) {
        super(rejection.reason(), null, false, false);
        this.rejection = rejection;
    }

    Rejection rejection() {
        return rejection;
    }

    static RowRejected of(CsvRow row, String column, String code, String reason) {
        return new RowRejected(row.reject(column, code, reason));
    }

    static RowRejected of(CsvRow row, String column, Values.BadValue bad) {
        return new RowRejected(row.reject(column, bad.code(), bad.getMessage()));
    }

    /** The value of a required column, or a rejection naming it. */
    static String required(CsvRow row, String column) throws RowRejected {
        String v = row.get(column);
        if (v == null) {
            throw of(row, column, "missing_" + column, "the required column '" + column + "' is empty");
        }
        return v;
    }
}
