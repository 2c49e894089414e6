package org.reachlab.models.encoding;

import java.util.List;

/**
 * The numeric (non-categorical) features, before standardisation: cyclic time of day and week,
 * calendar flags, attempt number, recency and previous outcomes (log-scaled counts with missing
 * indicators), and the stated-preference weight for the slot with its presence flag.
 */
public final class DenseFeatures {

    /** Column names, in vector order. */
    public static final List<String> NAMES = List.of("hour_sin", "hour_cos", "dow_sin", "dow_cos", "weekend",
            "holiday", "bridge_day", "log_days_to_next_holiday", "log_attempt_number", "first_attempt",
            "log_hours_since_previous", "never_contacted", "log_hours_since_last_contact", "log_previous_contacts",
            "log_previous_no_answer", "log_previous_voicemail", "log_previous_gatekeeper", "log_previous_busy",
            "log_previous_other", "previous_contact_rate", "stated_weight", "stated_present");

    /** The 0/1 columns, which standardisation leaves as they are (a rare flag would become a huge input). */
    public static final java.util.Set<String> FLAGS = java.util.Set.of("weekend", "holiday", "bridge_day",
            "first_attempt", "never_contacted", "stated_present");

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

    /**
     * Writes the raw dense features of one attempt or query into {@code out} from {@code offset}.
     *
     * @param minuteOfDay        local minute of the day, 0–1439
     * @param dayOfWeek          1 (Monday) to 7
     * @param hoursSincePrevious NaN for a first attempt
     * @param hoursSinceContact  NaN when never reached
     * @param counts             previous outcomes by {@link ContactHistory} bucket
     * @param statedWeight       the stated-preference weight for the slot in [-1, 1], 0 when nothing was said
     */
    public static void write(float[] out, int offset, int minuteOfDay, int dayOfWeek, boolean weekend, boolean holiday,
                             boolean bridgeDay, int daysToNextHoliday, int attemptNumber, double hoursSincePrevious,
                             double hoursSinceContact, int[] counts, double statedWeight) {
        double dayAngle = TWO_PI * minuteOfDay / 1440.0;
        double weekAngle = TWO_PI * ((dayOfWeek - 1) + minuteOfDay / 1440.0) / 7.0;
        int o = offset;
        out[o++] = (float) Math.sin(dayAngle);
        out[o++] = (float) Math.cos(dayAngle);
        out[o++] = (float) Math.sin(weekAngle);
        out[o++] = (float) Math.cos(weekAngle);
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
        out[o] = statedWeight != 0 ? 1f : 0f;
    }
}
