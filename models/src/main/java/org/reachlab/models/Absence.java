package org.reachlab.models;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stated absence: the contact cannot be reached on these local dates (and hours).
 *
 * @param from     first local date, inclusive
 * @param to       last local date, inclusive
 * @param fromHour first local hour covered on each date (0 for whole days)
 * @param toHour   end hour, exclusive (24 for whole days)
 * @param knownFrom when the absence became known, or {@code null} for always
 */
public record Absence(LocalDate from, LocalDate to, int fromHour, int toHour, Instant knownFrom) {

    public Absence {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("absence ends (" + to + ") before it starts (" + from + ")");
        }
        if (fromHour < 0 || toHour > 24 || fromHour >= toHour) {
            throw new IllegalArgumentException("absence hours must satisfy 0 <= fromHour < toHour <= 24, received "
                    + fromHour + ".." + toHour);
        }
    }

    /** A whole-day absence. */
    public static Absence days(LocalDate from, LocalDate to) {
        return new Absence(from, to, 0, 24, null);
    }

    /** True when the absence covers the local date and hour. */
    public boolean covers(LocalDate date, int hour) {
        return !date.isBefore(from) && !date.isAfter(to) && hour >= fromHour && hour < toHour;
    }
}
