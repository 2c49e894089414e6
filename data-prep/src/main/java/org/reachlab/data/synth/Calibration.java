package org.reachlab.data.synth;

import java.time.LocalDate;
import java.util.Locale;
import org.reachlab.data.domain.Contact;

/**
 * The calibration figures of a world, computed exactly from its ground truth over the days of
 * its history on which calls are allowed (by default working days of each contact's region):
 *
 * <ul>
 *   <li>{@code uniformRate}: expected connect rate of a dial at a uniformly random hour in
 *       09:00-17:00 local;</li>
 *   <li>{@code hourly}: the pooled connect rate of each local hour, and the best hour in
 *       09:00-17:00 with its rate, compared with {@code uniformRate} (the pooled average);</li>
 *   <li>{@code individualLift}: the mean over contacts of (the contact's own best hour in
 *       09:00-17:00 minus its own 09:00-17:00 average), in probability;</li>
 *   <li>{@code oracleRate}: expected connect rate when every dial goes to the contact's best
 *       allowed hour of that day.</li>
 * </ul>
 *
 * @param uniformRate    expected rate of uniform 09-17 dials
 * @param hourly         pooled rate by local hour 0-23 (0 where calls are not allowed)
 * @param bestHour       the pooled best hour in 09-17
 * @param bestHourRate   its pooled rate
 * @param individualLift mean over contacts of own best 09-17 hour minus own 09-17 average
 * @param oracleRate     expected rate of the best allowed hour per contact and day
 * @param contactDays    number of (contact, allowed day) pairs averaged over
 */
public record Calibration(double uniformRate, double[] hourly, int bestHour, double bestHourRate,
                          double individualLift, double oracleRate, long contactDays) {

    /** First hour of the uniform window. */
    public static final int UNIFORM_FROM = 9;
    /** End (exclusive) of the uniform window. */
    public static final int UNIFORM_TO = 17;

    /** Computes the figures of a world. */
    public static Calibration of(SyntheticWorld world) {
        WorldConfig.Dialing rules = world.config().dialing();
        double[] hourly = new double[24];
        double uniform = 0;
        double oracle = 0;
        double lift = 0;
        long days = 0;
        int liftContacts = 0;
        double[] own = new double[24];
        for (int i = 0; i < world.contacts().size(); i++) {
            Contact c = world.contacts().get(i);
            java.util.Arrays.fill(own, 0);
            int ownDays = 0;
            for (LocalDate d = world.start(); d.isBefore(world.end()); d = d.plusDays(1)) {
                if (!allowed(world, rules, c, d)) {
                    continue;
                }
                double best = 0;
                for (int h = rules.earliest(); h < rules.latest(); h++) {
                    double p = world.connectProbability(i, d, h);
                    hourly[h] += p;
                    own[h] += p;
                    best = Math.max(best, p);
                    if (h >= UNIFORM_FROM && h < UNIFORM_TO) {
                        uniform += p / (UNIFORM_TO - UNIFORM_FROM);
                    }
                }
                oracle += best;
                days++;
                ownDays++;
            }
            if (ownDays > 0) {
                double max = 0;
                double mean = 0;
                for (int h = UNIFORM_FROM; h < UNIFORM_TO; h++) {
                    max = Math.max(max, own[h] / ownDays);
                    mean += own[h] / ownDays / (UNIFORM_TO - UNIFORM_FROM);
                }
                lift += max - mean;
                liftContacts++;
            }
        }
        int bestHour = UNIFORM_FROM;
        for (int h = 0; h < 24; h++) {
            hourly[h] = days == 0 ? 0 : hourly[h] / days;
        }
        for (int h = UNIFORM_FROM; h < UNIFORM_TO; h++) {
            if (hourly[h] > hourly[bestHour]) {
                bestHour = h;
            }
        }
        return new Calibration(days == 0 ? 0 : uniform / days, hourly, bestHour, hourly[bestHour],
                liftContacts == 0 ? 0 : lift / liftContacts, days == 0 ? 0 : oracle / days, days);
    }

    /** True when the hard rules allow calls to the contact on the date. */
    public static boolean allowed(SyntheticWorld world, WorldConfig.Dialing rules, Contact c, LocalDate d) {
        if (!rules.weekends() && d.getDayOfWeek().getValue() > 5) {
            return false;
        }
        return rules.holidays() || !world.calendar().isHoliday(d, c.region());
    }

    /** How many percentage points the pooled best hour beats the pooled 09-17 average by. */
    public double bestHourLiftPoints() {
        return 100 * (bestHourRate - uniformRate);
    }

    /** A human-readable report, one figure per line. */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "uniform 09-17 on allowed days: %.1f%% of dials%n", 100 * uniformRate));
        b.append(String.format(Locale.ROOT, "pooled best hour %02d:00: %.1f%% (+%.1f points over the pooled average)%n",
                bestHour, 100 * bestHourRate, bestHourLiftPoints()));
        b.append(String.format(Locale.ROOT, "individual best hour over own average: +%.1f points on average%n",
                100 * individualLift));
        b.append(String.format(Locale.ROOT, "oracle (each contact's best allowed hour of the day): %.1f%%%n",
                100 * oracleRate));
        b.append("pooled rate by local hour:");
        for (int h = 8; h < 21; h++) {
            b.append(String.format(Locale.ROOT, " %02d=%.1f", h, 100 * hourly[h]));
        }
        return b.append(System.lineSeparator()).toString();
    }
}
