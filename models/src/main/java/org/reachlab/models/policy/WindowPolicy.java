package org.reachlab.models.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Works the queue in order and dials each contact at an hour drawn uniformly from the allowed
 * hours in a local window (by default 09:00-17:00); the propensity is exactly 1 / the number of
 * such hours. What a team without a model does.
 */
public final class WindowPolicy implements Policy {

    private final int from;
    private final int to;

    /** Uniform over the local hours [from, to). */
    public WindowPolicy(int from, int to) {
        if (from < 0 || to > 24 || from >= to) {
            throw new IllegalArgumentException("window needs 0 <= from < to <= 24, received from=" + from + " to=" + to);
        }
        this.from = from;
        this.to = to;
    }

    /** Uniform over 09:00-17:00. */
    public static WindowPolicy nineToFive() {
        return new WindowPolicy(9, 17);
    }

    @Override
    public String name() {
        return String.format(java.util.Locale.ROOT, "uniform_%02d_%02d", from, to);
    }

    @Override
    public List<Dial> plan(DayContext day) {
        List<Dial> out = new ArrayList<>();
        for (DueContact c : day.queue()) {
            String rep = day.repFor(out.size());
            if (rep == null) {
                break;
            }
            int[] hours = c.allowedIn(from, to);
            if (hours.length == 0 || c.remainingThisWeek() <= 0) {
                continue;
            }
            double p = 1.0 / hours.length;
            double[] dist = new double[24];
            for (int h : hours) {
                dist[h] = p;
            }
            out.add(new Dial(c.index(), hours[day.random().nextInt(hours.length)], rep, p, dist));
        }
        return out;
    }
}
