package org.reachlab.models.encoding;

import java.util.List;
import org.reachlab.data.calendar.CalendarDay;
import org.reachlab.data.domain.LocalSlot;

/**
 * The numeric (non-categorical) features, before standardisation: cyclic time of day and week,
 * calendar flags, attempt number, recency and previous outcomes (log-scaled counts with missing
 * indicators), the stated-preference weight for the slot with its presence flag, the contact's own
 * hours, the rep-contact relationship ({@link Relations#NAMES}, written by {@link Relations}), and last
 * the contact's behavioural events ({@link EventEvidence#NAMES}, written by {@link EventEvidence}).
 */
public final class DenseFeatures {

    /** Column names, in vector order. */
    public static final List<String> NAMES = List.of("hour_sin", "hour_cos", "dow_sin", "dow_cos", "weekend",
            "holiday", "bridge_day", "log_days_to_next_holiday", "log_attempt_number", "first_attempt",
            "log_hours_since_previous", "never_contacted", "log_hours_since_last_contact", "log_previous_contacts",
            "log_previous_no_answer", "log_previous_voicemail", "log_previous_gatekeeper", "log_previous_busy",
            "log_previous_other", "previous_contact_rate", "stated_weight", "stated_present", "own_hour_lift",
            "log_own_hour_attempts", "logit_contact_rate", "rep_known", "logit_rep_rate", "log_pair_dials",
            "log_pair_connects", "logit_pair_rate", "pair_never_connected", "log_hours_since_pair_connect", "inbound",
            "log_inbound_calls", "log_hours_since_inbound", "events_known", "log_event_activity",
            "log_hours_since_event", "log_events_last_hour", "event_hour_lift", "event_day_lift", "log_pair_activity",
            "pair_events_known", "log_hours_since_pair_event", "replies_known", "log_reply_minutes");

    /** The 0/1 columns, which standardisation leaves as they are (a rare flag would become a huge input). */
    public static final java.util.Set<String> FLAGS = java.util.Set.of("weekend", "holiday", "bridge_day",
            "first_attempt", "never_contacted", "stated_present", "rep_known", "pair_never_connected", "inbound",
            "events_known", "pair_events_known", "replies_known");

    /** The first of the {@link Relations#NAMES} columns, which {@link #write} leaves to {@link Relations#write}. */
    public static final int RELATIONS = NAMES.indexOf("logit_contact_rate");

    /** The first of the {@link EventEvidence#NAMES} columns, which {@link EventEvidence} writes. */
    public static final int EVENTS = NAMES.indexOf("events_known");

    /** The number of dense columns. */
    public static final int COUNT = NAMES.size();

    /** The number of day parts: the 24 hours of a weekday and the 24 hours of a weekend day. */
    public static final int DAY_PARTS = 48;

    private static final double TWO_PI = 2 * Math.PI;

    private DenseFeatures() {
    }

    /** The day part (0–47) of a local hour on a weekday or weekend. */
    public static int dayPart(int hour, boolean weekend) {
        return hour + (weekend ? 24 : 0);
    }

    /** The columns {@link #writeClock} fills: the cyclic time of day and of the week. */
    public static final int CLOCK_COLUMNS = 4;

    /**
     * Writes the raw dense features of one attempt or query into {@code out} from {@code offset}.
     *
     * @param minuteOfDay        local minute of the day, 0–1439
     * @param dayOfWeek          1 (Monday) to 7
     * @param hoursSincePrevious NaN for a first attempt
     * @param hoursSinceContact  NaN when never reached
     * @param counts             previous outcomes by {@link ContactHistory} bucket
     * @param statedWeight       the stated-preference weight for the slot in [-1, 1], 0 when nothing was said
     * @param hours              the contact's connects by hour of the day before this attempt
     * @param epochSecond        the attempt's instant
     */
    public static void write(float[] out, int offset, int minuteOfDay, int dayOfWeek, boolean weekend, boolean holiday,
                             boolean bridgeDay, int daysToNextHoliday, int attemptNumber, double hoursSincePrevious,
                             double hoursSinceContact, int[] counts, double statedWeight, HourCounts hours,
                             long epochSecond) {
        writeClock(out, offset, minuteOfDay, dayOfWeek);
        int o = offset + CLOCK_COLUMNS;
        out[o++] = weekend ? 1f : 0f;
        out[o++] = holiday ? 1f : 0f;
        out[o++] = bridgeDay ? 1f : 0f;
        out[o++] = (float) Math.log1p(Math.max(0, daysToNextHoliday));
        out[o++] = (float) Math.log(Math.max(1, attemptNumber));
        boolean first = Double.isNaN(hoursSincePrevious);
        out[o++] = first ? 1f : 0f;
        out[o++] = first ? 0f : (float) Math.log1p(hoursSincePrevious);
        boolean never = Double.isNaN(hoursSinceContact);
        out[o++] = never ? 1f : 0f;
        out[o++] = never ? 0f : (float) Math.log1p(hoursSinceContact);
        int total = 0;
        for (int b = 0; b < ContactHistory.BUCKETS; b++) {
            out[o++] = (float) Math.log1p(counts[b]);
            total += counts[b];
        }
        // shrunk toward a 15 % prior so that one lucky first call does not read as 100 %
        out[o++] = (float) ((counts[0] + 0.3) / (total + 2.0));
        out[o++] = (float) statedWeight;
        out[o++] = statedWeight != 0 ? 1f : 0f;
        hours.write(epochSecond, dayPart(minuteOfDay / 60, weekend), out, o);
    }

    /** Writes the {@link #CLOCK_COLUMNS} cyclic time columns of a local minute of a weekday. */
    public static void writeClock(float[] out, int offset, int minuteOfDay, int dayOfWeek) {
        double dayAngle = TWO_PI * minuteOfDay / 1440.0;
        double weekAngle = TWO_PI * ((dayOfWeek - 1) + minuteOfDay / 1440.0) / 7.0;
        out[offset] = (float) Math.sin(dayAngle);
        out[offset + 1] = (float) Math.cos(dayAngle);
        out[offset + 2] = (float) Math.sin(weekAngle);
        out[offset + 3] = (float) Math.cos(weekAngle);
    }

    /**
     * Writes the 168 rows of a contact's week, row {@code s} at {@code offset + s × COUNT}: the same
     * values as {@link #write} gives for each slot, with what is the same for every row of the week
     * (the history's counts, the attempt number) computed once, the clock columns taken from the
     * grid, and the own-hour columns computed slot by slot.
     *
     * @param grid    the week's local times in the contact's zone
     * @param days    the calendar day of each of the week's 7 local dates, Monday first
     * @param history the contact's history before the week's queries
     * @param stated  the stated weight of each slot as known at the slot's instant
     */
    public static void writeWeek(float[] out, int offset, WeekGrid grid, CalendarDay[] days,
                                 ContactHistory history, double[] stated) {
        int[] counts = new int[ContactHistory.BUCKETS];
        for (int b = 0; b < ContactHistory.BUCKETS; b++) {
            counts[b] = history.count(b);
        }
        // one full row, then only the columns that change from slot to slot
        int first = offset;
        int s0 = 0;
        CalendarDay d0 = days[grid.dayIndex(s0)];
        write(out, first, grid.minuteOfDay(s0), grid.dayOfWeek(s0), grid.dayOfWeek(s0) >= 6, d0.holiday(),
                d0.bridgeDay(), d0.daysToNextHoliday(), history.attempts() + 1,
                history.hoursSincePrevious(grid.epochSecond(s0)), history.hoursSinceLastContact(grid.epochSecond(s0)),
                counts, stated[s0], history.hours(), grid.epochSecond(s0));
        boolean firstAttempt = history.lastAttempt() == Long.MIN_VALUE;
        boolean never = history.lastContact() == Long.MIN_VALUE;
        for (int s = 1; s < LocalSlot.COUNT; s++) {
            int o = offset + s * COUNT;
            System.arraycopy(out, first, out, o, COUNT);
            System.arraycopy(grid.clock(), s * CLOCK_COLUMNS, out, o, CLOCK_COLUMNS);
            int dow = grid.dayOfWeek(s);
            CalendarDay d = days[grid.dayIndex(s)];
            long t = grid.epochSecond(s);
            out[o + WEEKEND] = dow >= 6 ? 1f : 0f;
            out[o + HOLIDAY] = d.holiday() ? 1f : 0f;
            out[o + BRIDGE_DAY] = d.bridgeDay() ? 1f : 0f;
            out[o + DAYS_TO_HOLIDAY] = (float) Math.log1p(Math.max(0, d.daysToNextHoliday()));
            if (!firstAttempt) {
                out[o + HOURS_SINCE_PREVIOUS] = (float) Math.log1p(history.hoursSincePrevious(t));
            }
            if (!never) {
                out[o + HOURS_SINCE_CONTACT] = (float) Math.log1p(history.hoursSinceLastContact(t));
            }
            double w = stated[s];
            out[o + STATED_WEIGHT] = (float) w;
            out[o + STATED_PRESENT] = w != 0 ? 1f : 0f;
            history.hours().write(t, dayPart(grid.minuteOfDay(s) / 60, dow >= 6), out, o + OWN_HOUR_LIFT);
        }
    }

    private static final int WEEKEND = NAMES.indexOf("weekend");
    private static final int HOLIDAY = NAMES.indexOf("holiday");
    private static final int BRIDGE_DAY = NAMES.indexOf("bridge_day");
    private static final int DAYS_TO_HOLIDAY = NAMES.indexOf("log_days_to_next_holiday");
    private static final int STATED_PRESENT = NAMES.indexOf("stated_present");
    private static final int HOURS_SINCE_PREVIOUS = NAMES.indexOf("log_hours_since_previous");
    private static final int HOURS_SINCE_CONTACT = NAMES.indexOf("log_hours_since_last_contact");
    private static final int STATED_WEIGHT = NAMES.indexOf("stated_weight");
    private static final int OWN_HOUR_LIFT = NAMES.indexOf("own_hour_lift");
}
