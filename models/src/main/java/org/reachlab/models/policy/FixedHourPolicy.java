package org.reachlab.models.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Dials every contact at one local hour: "the globally best hour" when the hour is the best of
 * the pooled hourly connect rates ({@link #globallyBest}). Deterministic, propensity 1. Works
 * the queue in order. A team has only so many dials in one hour ({@link HourlyLedger}): once
 * the hour is full, or when a contact does not allow it today, the contact is dialed at the
 * next hour of the policy's ranking that it allows and that has room (the next best pooled hour
 * for {@link #globallyBest}, the nearest hour for a plain hour).
 */
public final class FixedHourPolicy implements Policy {

    private final int[] ranking;

    /** At this local hour, else at the nearest hour with room (the earlier on a tie). */
    public FixedHourPolicy(int hour) {
        this(nearest(hour));
    }

    private FixedHourPolicy(int[] ranking) {
        this.ranking = ranking;
    }

    private static int[] nearest(int hour) {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("hour must be in 0..23, received " + hour);
        }
        int[] out = new int[24];
        int n = 0;
        out[n++] = hour;
        for (int d = 1; d < 24; d++) {
            if (hour - d >= 0) {
                out[n++] = hour - d;
            }
            if (hour + d < 24) {
                out[n++] = hour + d;
            }
        }
        return out;
    }

    /**
     * The policy of the best hour in [from, to) of pooled hourly rates (index = local hour), the
     * earliest on a tie; when that hour is full it falls back on the next best of the window.
     */
    public static FixedHourPolicy globallyBest(double[] hourlyRates, int from, int to) {
        if (hourlyRates.length != 24) {
            throw new IllegalArgumentException("hourlyRates must have 24 values, received " + hourlyRates.length);
        }
        if (from < 0 || to > 24 || from >= to) {
            throw new IllegalArgumentException("window needs 0 <= from < to <= 24, received from=" + from + " to=" + to);
        }
        Integer[] hours = new Integer[to - from];
        for (int h = from; h < to; h++) {
            hours[h - from] = h;
        }
        // a stable sort keeps the earlier hour first on a tie
        Arrays.sort(hours, (a, b) -> Double.compare(hourlyRates[b], hourlyRates[a]));
        return new FixedHourPolicy(Arrays.stream(hours).mapToInt(Integer::intValue).toArray());
    }

    /** The hour. */
    public int hour() {
        return ranking[0];
    }

    /** The hours in the order the policy tries them, the hour first. */
    public int[] ranking() {
        return ranking.clone();
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "best_hour_%02d", hour());
    }

    @Override
    public List<Dial> plan(DayContext day) {
        List<Dial> out = new ArrayList<>();
        HourlyLedger ledger = day.ledger();
        for (DueContact c : day.queue()) {
            int room = ledger.roomMask();
            if (room == 0) {
                break;
            }
            if (c.remainingThisWeek() <= 0) {
                continue;
            }
            for (int h : ranking) {
                if (c.allows(h) && (room & (1 << h)) != 0) {
                    out.add(Dial.certain(c.index(), h, ledger.book(h)));
                    break;
                }
            }
        }
        return out;
    }
}
