package org.reachlab.data.calendar;

import java.time.LocalDate;

/**
 * What the calendar says about one date in one region.
 *
 * @param date              the local date
 * @param holiday           a public holiday there
 * @param holidayName       its English name, or {@code null}
 * @param bridgeDay         a working day squeezed between a holiday and another day off
 * @param workingDay        Monday to Friday and not a holiday
 * @param daysToNextHoliday 0 on a holiday, 1 the day before one, ...; {@link HolidayCalendar#HORIZON_DAYS}
 *                          when none falls within that many days
 */
public record CalendarDay(LocalDate date, boolean holiday, String holidayName, boolean bridgeDay,
                          boolean workingDay, int daysToNextHoliday) {
}
