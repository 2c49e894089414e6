package org.reachlab.models.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Dials every contact at one local hour: "the globally best hour" when the hour is the best of
 * the pooled hourly connect rates ({@link #globallyBest}). Deterministic, propensity 1. Works
 * the queue in order; contacts for whom the hour is not allowed today are skipped.
 */
public final class FixedHourPolicy implements Policy {

    private final int hour;

    /** Always at this local hour. */
    public FixedHourPolicy(int hour) {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("hour must be in 0..23, received " + hour);
        }
        this.hour = hour;
    }

    /**
     * The policy of the best hour in [from, to) of pooled hourly rates (index = local hour), the
     * earliest on a tie.
     */
    public static FixedHourPolicy globallyBest(double[] hourlyRates, int from, int to) {
        if (hourlyRates.length != 24) {
            throw new IllegalArgumentException("hourlyRates must have 24 values, received " + hourlyRates.length);
        }
        int best = from;
        for (int h = from; h < to; h++) {
            if (hourlyRates[h] > hourlyRates[best]) {
                best = h;
            }
        }
        return new FixedHourPolicy(best);
    }

    /** The hour. */
    public int hour() {
        return hour;
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "best_hour_%02d", hour);
    }

    @Override
    public List<Dial> plan(DayContext day) {
        List<Dial> out = new ArrayList<>();
        for (DueContact c : day.queue()) {
            String rep = day.repFor(out.size());
            if (rep == null) {
                break;
            }
            if (c.allows(hour) && c.remainingThisWeek() > 0) {
                out.add(Dial.certain(c.index(), hour, rep));
            }
        }
        return out;
    }
}
