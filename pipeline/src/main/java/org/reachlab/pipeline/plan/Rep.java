package org.reachlab.pipeline.plan;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A sales rep as the plan sees them.
 *
 * @param id       the rep's id
 * @param zone     where the rep works; working hours are in this zone
 * @param capacity dials a working day
 * @param perHour  dials in one hour (a dial with its ringing, talk and after-call work)
 * @param start    start of the working hours
 * @param end      end of the working hours (exclusive)
 * @param team     the rep's team, or {@code null}
 * @param days     the weekdays the rep works (Monday to Friday unless reps.csv says otherwise)
 */
public record Rep(String id, ZoneId zone, int capacity, int perHour, LocalTime start, LocalTime end, String team,
                  Set<DayOfWeek> days) {

    /** The working days when reps.csv gives none. */
    public static final Set<DayOfWeek> DEFAULT_DAYS = Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    /** Dials a day when reps.csv gives no capacity. */
    public static final int DEFAULT_CAPACITY = 60;
    /** Dials an hour: five minutes a dial, as the synthetic world's dialing rules count them. */
    public static final int DEFAULT_PER_HOUR = 12;
    /** Working hours when reps.csv gives none. */
    public static final LocalTime DEFAULT_START = LocalTime.of(8, 0);
    /** End of the working hours when reps.csv gives none. */
    public static final LocalTime DEFAULT_END = LocalTime.of(17, 0);

    public Rep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        if (capacity < 0 || perHour < 1 || perHour > 60) {
            throw new IllegalArgumentException("capacity >= 0 and 1 <= perHour <= 60, received capacity=" + capacity
                    + " perHour=" + perHour);
        }
        days = Set.copyOf(days);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a rep works on at least one weekday");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("start must be before end, received " + start + "-" + end);
        }
    }

    /** A rep with the default capacity and hours. */
    public static Rep withDefaults(String id, ZoneId zone) {
        return new Rep(id, zone, DEFAULT_CAPACITY, DEFAULT_PER_HOUR, DEFAULT_START, DEFAULT_END, null, DEFAULT_DAYS);
    }

    /** Minutes between two planned starts within an hour. */
    public int minutesPerDial() {
        return 60 / perHour;
    }
}
