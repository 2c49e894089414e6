package org.reachlab.data.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week such as {@code 2026-W10}: Monday to Sunday, week 1 holds the year's first Thursday.
 *
 * @param year the week-based year
 * @param week 1–52 or 1–53
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-?W(\\d{1,2})");

    public IsoWeek {
        int max = (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > max) {
            throw new IllegalArgumentException("week must be in 1.." + max + " for " + year + ", received " + week);
        }
    }

    /** Parses {@code 2026-W10} (also {@code 2026W10}, case-insensitive). */
    public static IsoWeek parse(String text) {
        Matcher m = FORMAT.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new DateTimeParseException("expected an ISO week such as 2026-W10, received '" + text + "'", text, 0);
        }
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The ISO week a date falls in. */
    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The Monday of this week. */
    public LocalDate monday() {
        return LocalDate.of(year, 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The date of a slot (index 0–167) in this week. */
    public LocalDate date(int slot) {
        return monday().plusDays(slot / 24);
    }

    /**
     * The instant of the middle of a slot's local hour in a zone (a DST gap moves it forward as
     * {@link LocalTimes} says).
     */
    public Instant slotInstant(int slot, ZoneId zone) {
        return LocalTimes.toInstant(LocalDateTime.of(date(slot), LocalTime.of(slot % 24, 30)), zone);
    }

    /** The next week. */
    public IsoWeek next() {
        return of(monday().plusWeeks(1));
    }

    @Override
    public int compareTo(IsoWeek o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(week, o.week);
    }

    /** {@code 2026-W10}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04d-W%02d", year, week);
    }
}
