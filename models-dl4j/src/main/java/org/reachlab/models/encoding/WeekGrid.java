package org.reachlab.models.encoding;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.time.IsoWeek;

/**
 * The 168 query instants of an ISO week in one zone ({@link IsoWeek#slotInstant}, the middle of each
 * local hour) with their local minute, weekday, date and clock features: what every contact of the
 * zone shares when its weekly profile is scored, computed once. Immutable and thread-safe.
 */
public final class WeekGrid {

    private final IsoWeek week;
    private final ZoneId zone;
    private final long[] epochs = new long[LocalSlot.COUNT];
    private final int[] minutes = new int[LocalSlot.COUNT];
    private final int[] weekdays = new int[LocalSlot.COUNT];
    private final int[] dayIndex = new int[LocalSlot.COUNT];
    private final short[] localSlots = new short[LocalSlot.COUNT];
    private final LocalDate[] dates = new LocalDate[7];
    private final float[] clock = new float[LocalSlot.COUNT * DenseFeatures.CLOCK_COLUMNS];

    private WeekGrid(IsoWeek week, ZoneId zone) {
        this.week = week;
        this.zone = zone;
        LocalDate monday = week.monday();
        for (int d = 0; d < 7; d++) {
            dates[d] = monday.plusDays(d);
        }
        for (int s = 0; s < LocalSlot.COUNT; s++) {
            ZonedDateTime local = week.slotInstant(s, zone).atZone(zone);
            epochs[s] = local.toEpochSecond();
            minutes[s] = local.getHour() * 60 + local.getMinute();
            weekdays[s] = local.getDayOfWeek().getValue();
            // a DST gap can move the instant past midnight; the date is the one the query lands on
            dayIndex[s] = (int) (local.toLocalDate().toEpochDay() - monday.toEpochDay());
            if (dayIndex[s] < 0 || dayIndex[s] > 6) {
                throw new IllegalStateException("slot " + s + " of " + week + " lands outside the week in " + zone);
            }
            localSlots[s] = (short) LocalSlot.of(local).index();
            DenseFeatures.writeClock(clock, s * DenseFeatures.CLOCK_COLUMNS, minutes[s], weekdays[s]);
        }
    }

    /** The grid of a week in a zone. */
    public static WeekGrid of(IsoWeek week, ZoneId zone) {
        return new WeekGrid(week, zone);
    }

    /** The week. */
    public IsoWeek week() {
        return week;
    }

    /** The zone. */
    public ZoneId zone() {
        return zone;
    }

    /** The epoch second of slot {@code s}'s query. */
    public long epochSecond(int s) {
        return epochs[s];
    }

    /** The local minute of the day of slot {@code s}'s query. */
    public int minuteOfDay(int s) {
        return minutes[s];
    }

    /** The ISO weekday (1 = Monday) of slot {@code s}'s query. */
    public int dayOfWeek(int s) {
        return weekdays[s];
    }

    /** The day of the week (0 = Monday) whose date slot {@code s}'s query falls on. */
    public int dayIndex(int s) {
        return dayIndex[s];
    }

    /**
     * The local slot slot {@code s}'s query falls in: {@code s} itself, except in a DST gap, where the
     * query moves to the next hour.
     */
    public int localSlot(int s) {
        return localSlots[s];
    }

    /** The week's dates, Monday first. */
    public LocalDate date(int day) {
        return dates[day];
    }

    /** The clock columns ({@link DenseFeatures#writeClock}) of every slot, row-major; do not modify. */
    float[] clock() {
        return clock;
    }
}
