package org.reachlab.data.compliance;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;

/**
 * When calls are allowed: a calling window, calling weekdays and whether public holidays are
 * callable, by default and per country and region (a region's entry over its country's over the
 * default), and the limits on attempts that apply to every contact.
 *
 * <p>{@link #check} is the one place that decides whether a call is lawful; the planner and the
 * simulator both ask it (the simulator through {@link #hourMask} and {@link #dayAllowed}, which
 * say the same for whole local hours).
 *
 * @param defaults              the rules where no country or region entry says otherwise
 * @param countries             entries by ISO 3166-1 alpha-2 code
 * @param regions               entries by ISO 3166-2 code ({@code US-FL})
 * @param maxPerWeek            attempts per contact per ISO week of its local dates
 * @param minGapMinutes         minutes between two attempts to a contact
 * @param pauseAfterConnectDays days after a connect before the contact may be called again
 * @param source                where the rules come from (a file, the bundled defaults, a world)
 */
public record CallingRules(Scope defaults, Map<String, Scope> countries, Map<String, Scope> regions,
                           int maxPerWeek, int minGapMinutes, int pauseAfterConnectDays, String source) {

    /** The rules of one place: any key may be {@code null} in a country or region entry (take the one above). */
    public record Scope(CallingWindow window, Set<DayOfWeek> days, Boolean holidays) {
        public Scope {
            days = days == null ? null : Set.copyOf(days);
        }

        Scope over(Scope base) {
            return new Scope(window != null ? window : base.window, days != null ? days : base.days,
                    holidays != null ? holidays : base.holidays);
        }

        /** Whether calls are allowed on this weekday. */
        public boolean allows(DayOfWeek d) {
            return days.contains(d);
        }
    }

    public CallingRules {
        if (defaults == null || defaults.window == null || defaults.days == null || defaults.holidays == null) {
            throw new IllegalArgumentException("the default rules need a window, days and holidays, received "
                    + defaults);
        }
        countries = Map.copyOf(countries);
        regions = Map.copyOf(regions);
        if (maxPerWeek < 1 || minGapMinutes < 0 || pauseAfterConnectDays < 0) {
            throw new IllegalArgumentException("maxPerWeek >= 1, minGapMinutes >= 0, pauseAfterConnectDays >= 0, "
                    + "received " + maxPerWeek + ", " + minGapMinutes + ", " + pauseAfterConnectDays);
        }
    }

    /**
     * Rules with one window of whole hours for every contact, as a world file's {@code dialing} keys
     * give them: calls start at or after {@code earliest} and before {@code latest}; no minimum gap.
     */
    public static CallingRules uniform(int earliest, int latest, boolean weekends, boolean holidays, int maxPerWeek,
                                       int pauseAfterConnectDays, String source) {
        Set<DayOfWeek> days = weekends ? EnumSet.allOf(DayOfWeek.class)
                : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        return new CallingRules(new Scope(CallingWindow.ofHours(earliest, latest), days, holidays), Map.of(),
                Map.of(), maxPerWeek, 0, pauseAfterConnectDays, source);
    }

    /** The rules that apply to a contact, its region's entry over its country's over the default. */
    public Scope scope(Contact c) {
        Scope s = defaults;
        Scope country = countries.get(c.country());
        if (country != null) {
            s = country.over(s);
        }
        Scope region = c.subdivision() == null ? null : regions.get(c.subdivision());
        if (region != null) {
            s = region.over(s);
        }
        return s;
    }

    /** Whether the contact's local date is a calling day (weekday allowed, not a public holiday unless allowed). */
    public boolean dayAllowed(Contact c, LocalDate localDate, HolidayCalendar calendar) {
        Scope s = scope(c);
        if (!s.allows(localDate.getDayOfWeek())) {
            return false;
        }
        return s.holidays || !calendar.isHoliday(localDate, c.region());
    }

    /**
     * The local hours (bit {@code h} for hour {@code h}) in which a call may start at any minute: the
     * whole hour inside the contact's window and outside its quiet hours; 0 for {@code do_not_call}.
     */
    public int hourMask(Contact c, ContactFlags flags) {
        if (flags.doNotCall()) {
            return 0;
        }
        CallingWindow w = scope(c).window;
        int mask = 0;
        for (int h = 0; h < 24; h++) {
            if (w.containsHour(h) && !flags.quietDuringHour(h)) {
                mask |= 1 << h;
            }
        }
        return mask;
    }

    /**
     * Whether a call to the contact starting at the instant is allowed, or the first rule it breaks.
     *
     * @param c        the contact (its zone gives the local time)
     * @param flags    the contact's own flags
     * @param start    when the call starts
     * @param history  the contact's earlier attempts, and those planned before this one
     * @param calendar public holidays
     */
    public Optional<RuleBreach> check(Contact c, ContactFlags flags, Instant start, CallHistory history,
                                      HolidayCalendar calendar) {
        return forContact(c, flags, history, calendar).check(start);
    }

    /** The rules of one contact with one history, for many checks in a row (each local date's verdict is kept). */
    public ContactRules forContact(Contact c, ContactFlags flags, CallHistory history, HolidayCalendar calendar) {
        return new ContactRules(c, flags, history, calendar);
    }

    /**
     * The rules as they apply to one contact with one history: {@link #check} answers for any start;
     * what depends only on the contact's local date (the day, the pause, the weekly cap) is worked
     * out once per date.
     */
    public final class ContactRules {
        private final Contact contact;
        private final ContactFlags flags;
        private final CallHistory history;
        private final HolidayCalendar calendar;
        private final Scope scope;
        private final LocalDate connected;
        private LocalDate lastDate;
        private RuleBreach lastVerdict;

        private ContactRules(Contact contact, ContactFlags flags, CallHistory history, HolidayCalendar calendar) {
            this.contact = contact;
            this.flags = flags;
            this.history = history;
            this.calendar = calendar;
            this.scope = scope(contact);
            this.connected = history.lastConnect() == null ? null
                    : history.lastConnect().atZone(contact.zone()).toLocalDate();
        }

        /** Whether a call starting at the instant is allowed, or the first rule it breaks. */
        public Optional<RuleBreach> check(Instant start) {
            if (flags.doNotCall()) {
                return Optional.of(RuleBreach.DO_NOT_CALL);
            }
            LocalDateTime local = LocalDateTime.ofInstant(start, contact.zone());
            LocalDate date = local.toLocalDate();
            if (!date.equals(lastDate)) {
                lastVerdict = dayVerdict(date);
                lastDate = date;
            }
            if (lastVerdict == RuleBreach.DAY_NOT_ALLOWED) {
                return Optional.of(lastVerdict);
            }
            java.time.LocalTime t = local.toLocalTime();
            if (!scope.window.contains(t)) {
                return Optional.of(RuleBreach.OUTSIDE_WINDOW);
            }
            if (flags.quiet(t)) {
                return Optional.of(RuleBreach.QUIET_HOURS);
            }
            if (lastVerdict != null) {
                return Optional.of(lastVerdict);
            }
            if (minGapMinutes > 0) {
                for (Instant a : history.attempts()) {
                    if (Math.abs(Duration.between(a, start).toMinutes()) < minGapMinutes) {
                        return Optional.of(RuleBreach.MIN_GAP);
                    }
                }
            }
            return Optional.empty();
        }

        /** What the local date alone forbids: the day, the pause after a connect, the weekly cap; or {@code null}. */
        private RuleBreach dayVerdict(LocalDate date) {
            if (!scope.allows(date.getDayOfWeek()) || (!scope.holidays && calendar.isHoliday(date, contact.region()))) {
                return RuleBreach.DAY_NOT_ALLOWED;
            }
            if (connected != null && date.isBefore(connected.plusDays(pauseAfterConnectDays))) {
                return RuleBreach.PAUSE_AFTER_CONNECT;
            }
            if (attemptsInWeek(contact, date, history) >= maxPerWeek) {
                return RuleBreach.WEEKLY_CAP;
            }
            return null;
        }
    }

    /**
     * Whether the contact is due on its local date at all: not {@code do_not_call}, a calling day, out
     * of the pause after a connect and with attempts left this week. A due contact may still have no
     * allowed time left that day; {@link #check} decides for each start.
     */
    public Optional<RuleBreach> due(Contact c, ContactFlags flags, LocalDate localDate, CallHistory history,
                                    HolidayCalendar calendar) {
        if (flags.doNotCall()) {
            return Optional.of(RuleBreach.DO_NOT_CALL);
        }
        if (!dayAllowed(c, localDate, calendar)) {
            return Optional.of(RuleBreach.DAY_NOT_ALLOWED);
        }
        if (history.lastConnect() != null
                && localDate.isBefore(history.lastConnect().atZone(c.zone()).toLocalDate().plusDays(pauseAfterConnectDays))) {
            return Optional.of(RuleBreach.PAUSE_AFTER_CONNECT);
        }
        if (attemptsInWeek(c, localDate, history) >= maxPerWeek) {
            return Optional.of(RuleBreach.WEEKLY_CAP);
        }
        return Optional.empty();
    }

    /** Attempts in the ISO week (of the contact's local dates) that holds the date. */
    public int attemptsInWeek(Contact c, LocalDate localDate, CallHistory history) {
        LocalDate weekStart = localDate.with(DayOfWeek.MONDAY);
        LocalDate next = weekStart.plusDays(7);
        int n = 0;
        for (Instant a : history.attempts()) {
            LocalDate d = a.atZone(c.zone()).toLocalDate();
            if (!d.isBefore(weekStart) && d.isBefore(next)) {
                n++;
            }
        }
        return n;
    }

    /** The rules in a few words, for a plan's summary: the default window and where it differs. */
    public String describe(Contact c) {
        Scope s = scope(c);
        return s.window + " " + (s.days.size() == 7 ? "every day" : s.days.size() == 5
                && !s.days.contains(DayOfWeek.SATURDAY) && !s.days.contains(DayOfWeek.SUNDAY) ? "Mon-Fri"
                : s.days.toString()) + (s.holidays ? "" : ", not on public holidays");
    }
}
