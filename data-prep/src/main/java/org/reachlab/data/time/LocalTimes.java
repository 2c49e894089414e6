package org.reachlab.data.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;

/**
 * Conversions between instants and a contact's local wall-clock time.
 *
 * <p>From an instant to local time there is exactly one answer. From a local time to an
 * instant there may be none (a DST gap: 02:30 on the day clocks jump to 03:00) or two (a DST
 * overlap: 02:30 on the day clocks fall back). The rules here, used everywhere in the
 * workbench: a local time in a gap is moved forward by the gap's length (02:30 becomes 03:30
 * summer time, the instant a clock that was not changed would show 02:30); a local time in an
 * overlap takes the earlier offset (the first 02:30) unless an offset is preferred.
 */
public final class LocalTimes {

    private LocalTimes() {
    }

    /** The local time of an instant in a zone. */
    public static ZonedDateTime toLocal(Instant instant, ZoneId zone) {
        return instant.atZone(zone);
    }

    /** The instant of a local time in a zone, with the gap and overlap rules above. */
    public static Instant toInstant(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    /**
     * The instant of a local time, choosing {@code preferred} in an overlap when it is one of the
     * two valid offsets (so that instant → local → instant is the identity).
     */
    public static Instant toInstant(LocalDateTime local, ZoneId zone, ZoneOffset preferred) {
        return ZonedDateTime.ofLocal(local, zone, preferred).toInstant();
    }

    /** True when the local time does not exist in the zone (it falls in a DST gap). */
    public static boolean isInGap(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition t = zone.getRules().getTransition(local);
        return t != null && t.isGap();
    }

    /** True when the local time exists twice in the zone (it falls in a DST overlap). */
    public static boolean isInOverlap(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition t = zone.getRules().getTransition(local);
        return t != null && t.isOverlap();
    }
}
