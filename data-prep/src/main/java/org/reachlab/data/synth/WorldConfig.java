package org.reachlab.data.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything that defines a synthetic world, as read from a world YAML file. The keys and
 * their defaults are those of the bundled {@code default-world.yaml}; a user's file only lists
 * what it changes (see {@link WorldFiles}).
 *
 * @param start       first day of the simulated history, ISO date (a Monday is usual)
 * @param weeks       length of the history in weeks
 * @param contacts    number of contacts
 * @param countries   the country mix
 * @param segments    the industry × role profiles
 * @param individual  how each contact departs from its segment
 * @param lunchDip    the dip around lunch that most people share
 * @param calendar    how holidays and bridge days change reachability
 * @param vacations   personal vacations
 * @param fairs       trade-fair weeks per industry
 * @param monthEnd    month-end effects by role
 * @param drift       routine changes at a random date
 * @param outcomes    what happens on a dial that does not connect, and fatigue
 * @param notes       notes and emails
 * @param dialing     hard rules and capacity of the dialing team
 */
public record WorldConfig(String start, int weeks, int contacts, List<CountryMix> countries,
                          List<Segment> segments, Individual individual, LunchDip lunchDip,
                          CalendarEffects calendar, Vacations vacations, List<Fair> fairs,
                          MonthEnd monthEnd, Drift drift, Outcomes outcomes, Notes notes,
                          Dialing dialing) {

    /** The first day, parsed. */
    public LocalDate startDate() {
        try {
            return LocalDate.parse(start);
        } catch (DateTimeParseException e) {
            throw new WorldConfigException("start must be an ISO date such as 2025-10-06, received '" + start + "'");
        }
    }

    /** The day after the last simulated day. */
    public LocalDate endDate() {
        return startDate().plusWeeks(weeks);
    }

    /** A copy with another number of contacts. */
    public WorldConfig withContacts(int n) {
        return new WorldConfig(start, weeks, n, countries, segments, individual, lunchDip, calendar,
                vacations, fairs, monthEnd, drift, outcomes, notes, dialing);
    }

    /** A copy with another number of weeks. */
    public WorldConfig withWeeks(int w) {
        return new WorldConfig(start, w, contacts, countries, segments, individual, lunchDip, calendar,
                vacations, fairs, monthEnd, drift, outcomes, notes, dialing);
    }

    /** A copy with other dialing rules and capacity. */
    public WorldConfig withDialing(Dialing d) {
        return new WorldConfig(start, weeks, contacts, countries, segments, individual, lunchDip, calendar,
                vacations, fairs, monthEnd, drift, outcomes, notes, d);
    }

    /** Checks ranges and cross-references; throws {@link WorldConfigException} naming the key. */
    public WorldConfig validate() {
        startDate();
        positive("weeks", weeks);
        positive("contacts", contacts);
        if (countries == null || countries.isEmpty()) {
            throw new WorldConfigException("countries must list at least one country");
        }
        for (CountryMix c : countries) {
            if (c.country() == null || c.country().length() != 2) {
                throw new WorldConfigException("countries[].country must be an ISO 3166-1 alpha-2 code, received '" + c.country() + "'");
            }
            share("countries[" + c.country() + "].share", c.share());
            for (String s : c.subdivisionsOrEmpty()) {
                if (!s.startsWith(c.country() + "-")) {
                    throw new WorldConfigException("subdivision " + s + " does not belong to country " + c.country());
                }
            }
        }
        if (segments == null || segments.isEmpty()) {
            throw new WorldConfigException("segments must list at least one segment");
        }
        for (Segment s : segments) {
            String k = "segments[" + s.industry() + "/" + s.role() + "]";
            if (s.industry() == null || s.role() == null) {
                throw new WorldConfigException("every segment needs an industry and a role, received " + s);
            }
            share(k + ".share", s.share());
            probability(k + ".peak", s.peak());
            probability(k + ".meetingRate", s.meetingRate());
            for (Window w : s.windowsOrEmpty()) {
                if (w.from() < 0 || w.to() > 24 || w.from() >= w.to()) {
                    throw new WorldConfigException(k + ".windows needs 0 <= from < to <= 24, received from=" + w.from() + " to=" + w.to());
                }
                if (w.level() < 0) {
                    throw new WorldConfigException(k + ".windows level must be >= 0, received " + w.level());
                }
                w.dayList();
            }
        }
        probability("individual.sharpShare", individual.sharpShare());
        range("individual.sharpRate", individual.sharpRate(), 0, 1);
        range("individual.sharpDays", individual.sharpDays(), 1, 5);
        range("individual.sharpMinutes", individual.sharpMinutes(), 15, 240);
        probability("individual.maxProbability", individual.maxProbability());
        probability("drift.share", drift.share());
        probability("outcomes.wrongNumberShare", outcomes.wrongNumberShare());
        probability("outcomes.failedRate", outcomes.failedRate());
        if (outcomes.notConnected() == null || outcomes.notConnected().isEmpty()) {
            throw new WorldConfigException("outcomes.notConnected must give weights for no_answer, voicemail, busy, gatekeeper");
        }
        for (Map.Entry<String, Double> e : outcomes.notConnected().entrySet()) {
            if (!List.of("no_answer", "voicemail", "busy", "gatekeeper").contains(e.getKey())) {
                throw new WorldConfigException("unknown key '" + e.getKey() + "' at outcomes.notConnected"
                        + " (known keys there: busy, gatekeeper, no_answer, voicemail)");
            }
            share("outcomes.notConnected." + e.getKey(), e.getValue() == null ? -1 : e.getValue());
        }
        probability("outcomes.fatigue.factor", outcomes.fatigue().factor());
        probability("notes.timingShare", notes.timingShare());
        probability("notes.vagueShare", notes.vagueShare());
        positive("dialing.reps", dialing.reps());
        positive("dialing.dialsPerRep", dialing.dialsPerRep());
        positive("dialing.dialsPerRepHour", dialing.dialsPerRepHour());
        positive("dialing.maxAttemptsPerWeek", dialing.maxAttemptsPerWeek());
        if (dialing.earliest() < 0 || dialing.latest() > 24 || dialing.earliest() >= dialing.latest()) {
            throw new WorldConfigException("dialing needs 0 <= earliest < latest <= 24, received earliest="
                    + dialing.earliest() + " latest=" + dialing.latest());
        }
        if (dialing.compliance() != null) {
            try {
                dialing.callingRules();
            } catch (org.reachlab.data.compliance.ComplianceException e) {
                throw new WorldConfigException("dialing.compliance: " + e.getMessage(), e);
            }
        }
        for (Fair f : fairs == null ? List.<Fair>of() : fairs) {
            f.fromDay(2000);
            f.toDay(2000);
            probability("fairs[" + f.name() + "].attendShare", f.attendShare());
        }
        return this;
    }

    private static void positive(String key, int v) {
        if (v <= 0) {
            throw new WorldConfigException(key + " must be > 0, received " + v);
        }
    }

    private static void share(String key, double v) {
        if (!(v >= 0)) {
            throw new WorldConfigException(key + " must be >= 0, received " + v);
        }
    }

    private static void probability(String key, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new WorldConfigException(key + " must be in [0, 1], received " + v);
        }
    }

    private static void range(String key, List<? extends Number> r, double lo, double hi) {
        if (r == null || r.size() != 2 || r.get(0).doubleValue() > r.get(1).doubleValue()
                || r.get(0).doubleValue() < lo || r.get(1).doubleValue() > hi) {
            throw new WorldConfigException(key + " must be [min, max] within [" + lo + ", " + hi + "], received " + r);
        }
    }

    /**
     * One country of the mix.
     *
     * @param country      ISO 3166-1 alpha-2 code
     * @param share        relative weight
     * @param subdivisions ISO 3166-2 codes drawn uniformly (empty: the whole country)
     * @param language     language code of the contacts
     */
    public record CountryMix(String country, double share, List<String> subdivisions, String language) {
        /** The subdivisions, never null. */
        public List<String> subdivisionsOrEmpty() {
            return subdivisions == null ? List.of() : subdivisions;
        }
    }

    /**
     * A segment profile: the connect probability by local hour of people with this industry and role.
     *
     * @param industry    industry code written to contacts.csv
     * @param role        role code written to contacts.csv
     * @param share       relative weight in the contact mix
     * @param peak        connect probability at level 1.0
     * @param offLevel    level of working hours (07–19) not covered by a window
     * @param nightLevel  level outside 07–19 not covered by a window
     * @param weekendLevel level on Saturdays and Sundays not covered by a window
     * @param lunchDip    whether the shared lunch dip applies
     * @param meetingRate probability that a connect books a meeting
     * @param windows     levels by hour range
     */
    public record Segment(String industry, String role, double share, double peak, double offLevel,
                          double nightLevel, double weekendLevel, boolean lunchDip, double meetingRate,
                          List<Window> windows) {
        /** The windows, never null. */
        public List<Window> windowsOrEmpty() {
            return windows == null ? List.of() : windows;
        }
    }

    /**
     * A level over a range of whole hours, on the listed days (Monday to Friday when none).
     *
     * @param from  first hour, inclusive
     * @param to    last hour, exclusive
     * @param level multiplier of the segment's peak
     * @param days  three-letter day names (MON...SUN), or null for weekdays
     */
    public record Window(int from, int to, double level, List<String> days) {
        /** The days this window applies to. */
        public List<DayOfWeek> dayList() {
            if (days == null || days.isEmpty()) {
                return List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY);
            }
            return days.stream().map(Window::day).toList();
        }

        private static DayOfWeek day(String d) {
            for (DayOfWeek w : DayOfWeek.values()) {
                if (w.name().startsWith(d.trim().toUpperCase(Locale.ROOT)) && d.trim().length() >= 3) {
                    return w;
                }
            }
            throw new WorldConfigException("unknown day '" + d + "' in a segment window (expected MON...SUN)");
        }
    }

    /**
     * How a contact departs from its segment.
     *
     * @param reachSpread      standard deviation of the log of a contact's overall reachability
     * @param noise            standard deviation of the log-normal noise on each slot
     * @param shiftHours       segment windows shifted by up to this many hours either way
     * @param sharpShare       share of contacts with a sharp habit
     * @param sharpRate        [min, max] connect probability inside a habit window
     * @param sharpDays        [min, max] number of weekdays with the habit
     * @param sharpMinutes     [min, max] length of the habit window in minutes
     * @param sharpElsewhere   multiplier on other weekday slots of a sharp person
     * @param maxProbability   cap on any slot's connect probability
     */
    public record Individual(double reachSpread, double noise, int shiftHours, double sharpShare,
                             List<Double> sharpRate, List<Integer> sharpDays, List<Integer> sharpMinutes,
                             double sharpElsewhere, double maxProbability) {
    }

    /**
     * The lunch dip.
     *
     * @param from   first hour
     * @param to     end hour, exclusive
     * @param factor multiplier inside
     */
    public record LunchDip(int from, int to, double factor) {
    }

    /**
     * Public holidays and bridge days of each contact's region.
     *
     * @param holidayFactor   multiplier on a public holiday
     * @param bridgeDayFactor multiplier on a bridge day
     * @param bridgeDayShare  share of contacts who take bridge days off
     */
    public record CalendarEffects(double holidayFactor, double bridgeDayFactor, double bridgeDayShare) {
    }

    /**
     * Personal vacations.
     *
     * @param summerShare     share of contacts with a summer vacation each year
     * @param summerDays      [min, max] length in calendar days
     * @param julyShare       share of summer vacations starting in July (the rest in June or August)
     * @param christmasShare  share of contacts off between Christmas and New Year
     * @param extraWeeks      mean number of other vacation weeks a year
     * @param factor          multiplier while on vacation
     */
    public record Vacations(double summerShare, List<Integer> summerDays, double julyShare,
                            double christmasShare, double extraWeeks, double factor) {
    }

    /**
     * A trade fair that takes part of an industry away every year.
     *
     * @param industry    industry attending
     * @param name        name used in notes
     * @param from        first day, MM-dd
     * @param to          last day, MM-dd
     * @param attendShare share of the industry's contacts attending
     * @param factor      multiplier while away
     */
    public record Fair(String industry, String name, String from, String to, double attendShare, double factor) {
        /** The first day in a year. */
        public LocalDate fromDay(int year) {
            return monthDay("from", from, year);
        }

        /** The last day in a year. */
        public LocalDate toDay(int year) {
            return monthDay("to", to, year);
        }

        private LocalDate monthDay(String key, String md, int year) {
            try {
                return LocalDate.parse(year + "-" + md);
            } catch (DateTimeParseException | NullPointerException e) {
                throw new WorldConfigException("fairs[" + name + "]." + key + " must be MM-dd such as 11-11, received '" + md + "'");
            }
        }
    }

    /**
     * Month-end effects.
     *
     * @param lastWorkingDays how many working days at the end of a month are affected
     * @param roles           multiplier by role code
     */
    public record MonthEnd(int lastWorkingDays, Map<String, Double> roles) {
    }

    /**
     * Routine changes.
     *
     * @param share share of contacts whose routine changes once, at a uniformly random date of the history
     */
    public record Drift(double share) {
    }

    /**
     * Outcomes of dials that do not connect.
     *
     * @param wrongNumberShare        share of contacts whose number is wrong (every dial gives wrong_number)
     * @param failedRate              share of other dials that fail technically
     * @param notConnected            relative weights of no_answer, voicemail, busy, gatekeeper
     * @param largeCompany            company size from which gatekeepers are more frequent
     * @param largeCompanyGatekeeper  multiplier of the gatekeeper weight in large companies
     * @param fatigue                 fatigue from repeated calls in the same window
     */
    public record Outcomes(double wrongNumberShare, double failedRate, Map<String, Double> notConnected,
                           int largeCompany, double largeCompanyGatekeeper, Fatigue fatigue) {
    }

    /**
     * Fatigue: each earlier dial to the same person within {@code windowDays} days and
     * {@code hourRadius} hours of the same local time of day multiplies the connect probability by
     * {@code factor}.
     *
     * @param factor     multiplier per earlier dial
     * @param windowDays how far back dials count
     * @param hourRadius how close in time of day they must be
     */
    public record Fatigue(double factor, int windowDays, int hourRadius) {
    }

    /**
     * Notes and emails.
     *
     * @param perContact  mean number of notes per contact over the history
     * @param timingShare share of contacts who state a routine or an absence
     * @param vagueShare  share of routine statements that are vague
     */
    public record Notes(double perContact, double timingShare, double vagueShare) {
    }

    /**
     * The dialing team and the hard rules every policy obeys.
     *
     * @param reps               number of reps
     * @param dialsPerRep        dials per rep per day
     * @param dialsPerRepHour    dials per rep per hour (a dial with its ringing, talk and
     *                           after-call work takes minutes; by default 12, five minutes each)
     * @param earliest           first local hour a call may start
     * @param latest             local hour by which calls must have started (exclusive)
     * @param weekends           whether calls on Saturday and Sunday are allowed
     * @param holidays           whether calls on the contact's public holidays are allowed
     * @param maxAttemptsPerWeek attempts per contact per ISO week
     * @param recontactDays      days after a connect before the contact is due again
     * @param compliance         a calling-rules file ({@code bundled} for the bundled one) whose rules
     *                           replace the six keys above (earliest to recontactDays), or {@code null}
     *                           to use those keys
     */
    public record Dialing(int reps, int dialsPerRep, int dialsPerRepHour, int earliest, int latest, boolean weekends,
                          boolean holidays, int maxAttemptsPerWeek, int recontactDays,
                          @com.fasterxml.jackson.annotation.JsonInclude(
                                  com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String compliance) {

        /** The hard rules without a rules file: the six keys of the world file. */
        public Dialing(int reps, int dialsPerRep, int dialsPerRepHour, int earliest, int latest, boolean weekends,
                       boolean holidays, int maxAttemptsPerWeek, int recontactDays) {
            this(reps, dialsPerRep, dialsPerRepHour, earliest, latest, weekends, holidays, maxAttemptsPerWeek,
                    recontactDays, null);
        }

        /**
         * The calling rules every dial obeys, in the structure the planner reads: those of the
         * {@code compliance} file when one is named, else one window {@code [earliest, latest)} for
         * every contact with the world's weekend, holiday, weekly-cap and recontact keys.
         */
        public org.reachlab.data.compliance.CallingRules callingRules() {
            if (compliance != null) {
                return org.reachlab.data.compliance.ComplianceFiles.load(compliance);
            }
            return org.reachlab.data.compliance.CallingRules.uniform(earliest, latest, weekends, holidays,
                    maxAttemptsPerWeek, recontactDays, "the world file's dialing keys");
        }

        /** Dials per day for the whole team. */
        public int dailyCapacity() {
            return reps * dialsPerRep;
        }

        /** Dials per hour for the whole team. */
        public int hourlyCapacity() {
            return reps * dialsPerRepHour;
        }

        /** A copy with another number of reps. */
        public Dialing withReps(int n) {
            return new Dialing(n, dialsPerRep, dialsPerRepHour, earliest, latest, weekends, holidays,
                    maxAttemptsPerWeek, recontactDays, compliance);
        }

        /** A copy with another hourly capacity per rep. */
        public Dialing withDialsPerRepHour(int n) {
            return new Dialing(reps, dialsPerRep, n, earliest, latest, weekends, holidays, maxAttemptsPerWeek,
                    recontactDays, compliance);
        }
    }
}
