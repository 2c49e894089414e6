package org.reachlab.signals.profile;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.reachlab.data.domain.SignalKind;

/**
 * A statement about particular dates (an absence, a busy or a good day), as kept in a profile.
 *
 * @param kind     what was said
 * @param dateFrom first day, inclusive
 * @param dateTo   last day, inclusive
 * @param from     window start, or null for whole days
 * @param to       window end (exclusive), or null for whole days
 * @param stated   when the note saying it was written
 */
public record DatedStatement(SignalKind kind, LocalDate dateFrom, LocalDate dateTo, LocalTime from, LocalTime to,
                             OffsetDateTime stated) {

    public DatedStatement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dateFrom, "dateFrom");
        Objects.requireNonNull(dateTo, "dateTo");
        Objects.requireNonNull(stated, "stated");
    }

    /** True when this statement says the person cannot be reached. */
    public boolean isAbsence() {
        return kind.isNegative();
    }

    /** True when the statement covers the given day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(dateFrom) && !day.isAfter(dateTo);
    }

    boolean overlaps(DatedStatement o) {
        if (dateTo.isBefore(o.dateFrom) || o.dateTo.isBefore(dateFrom)) {
            return false;
        }
        int a0 = from == null ? 0 : from.toSecondOfDay();
        int a1 = to == null || to.equals(LocalTime.MIDNIGHT) ? 86400 : to.toSecondOfDay();
        int b0 = o.from == null ? 0 : o.from.toSecondOfDay();
        int b1 = o.to == null || o.to.equals(LocalTime.MIDNIGHT) ? 86400 : o.to.toSecondOfDay();
        return a0 < b1 && b0 < a1;
    }
}
