package org.reachlab.data.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.reachlab.data.domain.Region;

/**
 * Public holidays of a region, with bridge days and the distance to the next holiday.
 *
 * <p>Holidays come from Jollyday, which knows national and regional calendars (German states,
 * US states, the four nations of the UK, and many more countries). Public and bank holidays
 * count; observances (Christmas Eve in Germany, for instance) do not. A region whose country
 * Jollyday does not know has no holidays, and {@link #supports(Region)} says so.
 *
 * <p>A <em>bridge day</em> is a working day with a holiday on one side and a day off (weekend or
 * holiday) on the other: the Friday after Ascension Thursday, the Monday before a Tuesday
 * holiday. Many people take it off.
 *
 * <p>Thread-safe; holidays are computed once per region and year and cached.
 */
public final class HolidayCalendar {

    /** How far {@link CalendarDay#daysToNextHoliday()} looks ahead. */
    public static final int HORIZON_DAYS = 366;

    private static final Set<String> SUPPORTED = supportedCodes();

    private final Map<String, HolidayManager> managers = new ConcurrentHashMap<>();
    private final Map<RegionYear, Map<LocalDate, String>> cache = new ConcurrentHashMap<>();

    /** A calendar backed by Jollyday's bundled holiday definitions. */
    public static HolidayCalendar standard() {
        return new HolidayCalendar();
    }

    /** True when holidays are known for the region's country. */
    public boolean supports(Region region) {
        return SUPPORTED.contains(region.country().toLowerCase(Locale.ROOT));
    }

    /** True when the date is a public holiday in the region. */
    public boolean isHoliday(LocalDate date, Region region) {
        return holidays(region, date.getYear()).containsKey(date);
    }

    /** The holiday's English name, when the date is a holiday in the region. */
    public Optional<String> holidayName(LocalDate date, Region region) {
        return Optional.ofNullable(holidays(region, date.getYear()).get(date));
    }

    /** Monday to Friday and not a holiday. */
    public boolean isWorkingDay(LocalDate date, Region region) {
        return !isWeekend(date) && !isHoliday(date, region);
    }

    /** A working day between a holiday and another day off (see the class comment). */
    public boolean isBridgeDay(LocalDate date, Region region) {
        if (!isWorkingDay(date, region)) {
            return false;
        }
        LocalDate before = date.minusDays(1);
        LocalDate after = date.plusDays(1);
        boolean holidayBefore = isHoliday(before, region);
        boolean holidayAfter = isHoliday(after, region);
        boolean offBefore = holidayBefore || isWeekend(before);
        boolean offAfter = holidayAfter || isWeekend(after);
        return (holidayBefore && offAfter) || (holidayAfter && offBefore);
    }

    /** Days until the next holiday (0 on a holiday); {@link #HORIZON_DAYS} when none is that close. */
    public int daysToNextHoliday(LocalDate date, Region region) {
        for (int d = 0; d < HORIZON_DAYS; d++) {
            if (isHoliday(date.plusDays(d), region)) {
                return d;
            }
        }
        return HORIZON_DAYS;
    }

    /** Everything the calendar says about a date. */
    public CalendarDay day(LocalDate date, Region region) {
        String name = holidays(region, date.getYear()).get(date);
        return new CalendarDay(date, name != null, name, isBridgeDay(date, region),
                isWorkingDay(date, region), daysToNextHoliday(date, region));
    }

    /** The holidays of a region in a year, date to English name. */
    public Map<LocalDate, String> holidays(Region region, int year) {
        return cache.computeIfAbsent(new RegionYear(region, year), this::load);
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    /** Jollyday's lazy service loading is not safe when first used from several threads at once. */
    private static final Object JOLLYDAY_LOCK = new Object();

    private Map<LocalDate, String> load(RegionYear key) {
        synchronized (JOLLYDAY_LOCK) {
            return loadUnderLock(key);
        }
    }

    private Map<LocalDate, String> loadUnderLock(RegionYear key) {
        String country = key.region().country().toLowerCase(Locale.ROOT);
        if (!SUPPORTED.contains(country)) {
            return Map.of();
        }
        HolidayManager manager = managers.computeIfAbsent(country,
                c -> HolidayManager.getInstance(ManagerParameters.create(c)));
        String[] args = key.region().subdivisionCode()
                .map(s -> new String[] {s.toLowerCase(Locale.ROOT)})
                .orElse(new String[0]);
        Map<LocalDate, String> out = new HashMap<>();
        // a holiday observed on another day can cross a year boundary (1 Jan on a Saturday is
        // observed on 31 Dec in the US), so the neighbouring years are read too
        for (int y = key.year() - 1; y <= key.year() + 1; y++) {
            for (Holiday h : manager.getHolidays(Year.of(y), args)) {
                if (h.getType() == HolidayType.OBSERVANCE) {
                    continue;
                }
                String name = h.getDescription(Locale.ENGLISH);
                for (LocalDate d : new LocalDate[] {h.getDate(), h.getActualDate()}) {
                    if (d.getYear() == key.year()) {
                        out.putIfAbsent(d, name);
                    }
                }
            }
        }
        return Map.copyOf(out);
    }

    private static Set<String> supportedCodes() {
        Set<String> codes = new java.util.HashSet<>();
        for (String c : HolidayManager.getSupportedCalendarCodes()) {
            codes.add(c.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(codes);
    }

    private record RegionYear(Region region, int year) {
    }
}
