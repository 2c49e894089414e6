package org.reachlab.models.encoding;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reachlab.data.calendar.CalendarDay;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Region;

/** Calendar days by region and date, computed once. Thread-safe. */
public final class DayCache {

    private final HolidayCalendar calendar;
    private final Map<Region, Map<LocalDate, CalendarDay>> days = new ConcurrentHashMap<>();

    /** A cache over a calendar. */
    public DayCache(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The calendar behind the cache. */
    public HolidayCalendar calendar() {
        return calendar;
    }

    /** What the calendar says about a date in a region. */
    public CalendarDay day(LocalDate date, Region region) {
        return days.computeIfAbsent(region, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(date, d -> calendar.day(d, region));
    }
}
