package org.reachlab.data.compliance;

import java.time.LocalTime;
import java.util.Locale;

/**
 * A span of local wall-clock time, in minutes of the day: a call may start at or after {@code from}
 * and before {@code to}. {@code to} may be 1440 (24:00, the end of the day).
 *
 * @param from first minute of the day a call may start, 0-1439
 * @param to   minute of the day before which a call must start, {@code from < to <= 1440}
 */
public record CallingWindow(int from, int to) {

    public CallingWindow {
        if (from < 0 || to > 1440 || from >= to) {
            throw new IllegalArgumentException("a window needs 00:00 <= from < to <= 24:00, received from="
                    + format(from) + " to=" + format(to));
        }
    }

    /** A window of whole hours, {@code [fromHour, toHour)}. */
    public static CallingWindow ofHours(int fromHour, int toHour) {
        return new CallingWindow(fromHour * 60, toHour * 60);
    }

    /** Whether a call may start at this local time. */
    public boolean contains(LocalTime t) {
        int m = t.getHour() * 60 + t.getMinute();
        return m >= from && m < to;
    }

    /** Whether a call may start at any minute of the local hour {@code h} (the whole hour lies inside). */
    public boolean containsHour(int h) {
        return h * 60 >= from && h * 60 + 59 < to;
    }

    /** {@code HH:MM} of a minute of the day (1440 is {@code 24:00}). */
    public static String format(int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }

    @Override
    public String toString() {
        return format(from) + "-" + format(to);
    }
}
