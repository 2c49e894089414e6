package org.reachlab.data.domain;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * An hour of the week in a contact's own zone: Monday 00:00–01:00 is index 0, Sunday 23:00–24:00
 * index 167.
 *
 * @param day  day of week
 * @param hour hour of day, 0–23
 */
public record LocalSlot(DayOfWeek day, int hour) implements Comparable<LocalSlot> {

    /** The number of slots in a week. */
    public static final int COUNT = 7 * 24;

    private static final List<LocalSlot> ALL =
            IntStream.range(0, COUNT).mapToObj(i -> new LocalSlot(DayOfWeek.of(i / 24 + 1), i % 24)).toList();

    public LocalSlot {
        if (day == null) {
            throw new IllegalArgumentException("day must not be null");
        }
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("hour must be in 0..23, received " + hour);
        }
    }

    /** The slot with the given index, 0–167. */
    public static LocalSlot of(int index) {
        if (index < 0 || index >= COUNT) {
            throw new IllegalArgumentException("slot index must be in 0.." + (COUNT - 1) + ", received " + index);
        }
        return ALL.get(index);
    }

    /** The slot a local date-time falls in. */
    public static LocalSlot of(LocalDateTime local) {
        return ALL.get(indexOf(local.getDayOfWeek(), local.getHour()));
    }

    /** The slot a zoned date-time falls in, read in its own zone. */
    public static LocalSlot of(ZonedDateTime zoned) {
        return of(zoned.toLocalDateTime());
    }

    /** The index of a day and hour without creating a slot. */
    public static int indexOf(DayOfWeek day, int hour) {
        return (day.getValue() - 1) * 24 + hour;
    }

    /** All 168 slots, Monday 00h first. */
    public static List<LocalSlot> all() {
        return ALL;
    }

    /** This slot's index, 0–167. */
    public int index() {
        return indexOf(day, hour);
    }

    /** True on Monday to Friday. */
    public boolean isWeekday() {
        return day.getValue() <= 5;
    }

    @Override
    public int compareTo(LocalSlot o) {
        return Integer.compare(index(), o.index());
    }

    /** {@code MON-14} style label. */
    @Override
    public String toString() {
        return day.name().substring(0, 3) + "-" + String.format(Locale.ROOT, "%02d", hour);
    }
}
