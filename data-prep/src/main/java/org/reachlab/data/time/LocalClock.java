package org.reachlab.data.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Fast local slot and date of an instant in a contact's zone, without creating date-time objects.
 */
public final class LocalClock {

    private LocalClock() {
    }

    /** Local epoch second (seconds since 1970-01-01T00:00 local wall-clock time). */
    public static long localSecond(long epochSecond, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        int offset = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH).getTotalSeconds()
                : rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        return epochSecond + offset;
    }

    /** The local slot index (0–167, Monday 00h = 0) of an instant. */
    public static int slot(long epochSecond, ZoneId zone) {
        return slotOfLocal(localSecond(epochSecond, zone));
    }

    /** The local slot index of a local epoch second. */
    public static int slotOfLocal(long localSecond) {
        long day = epochDayOfLocal(localSecond);
        int hour = hourOfLocal(localSecond);
        // 1970-01-01 was a Thursday (ISO day 4)
        int isoDay = (int) Math.floorMod(day + 3, 7L); // 0 = Monday
        return isoDay * 24 + hour;
    }

    /** The local epoch day of a local epoch second. */
    public static long epochDayOfLocal(long localSecond) {
        return Math.floorDiv(localSecond, 86400L);
    }

    /** The hour of day (0–23) of a local epoch second. */
    public static int hourOfLocal(long localSecond) {
        return (int) (Math.floorMod(localSecond, 86400L) / 3600);
    }

    /** The local epoch day of an instant. */
    public static long epochDay(long epochSecond, ZoneId zone) {
        return epochDayOfLocal(localSecond(epochSecond, zone));
    }

    /** The local date of an instant. */
    public static LocalDate date(long epochSecond, ZoneId zone) {
        return LocalDate.ofEpochDay(epochDay(epochSecond, zone));
    }

    /** The local hour of day of an instant. */
    public static int hour(long epochSecond, ZoneId zone) {
        return hourOfLocal(localSecond(epochSecond, zone));
    }
}
