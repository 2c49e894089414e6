package org.reachlab.models.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed rule that works the queue in order and dials each due contact with dials left this week at
 * an hour drawn uniformly from some of the allowed hours of a local window; the propensity is exactly
 * 1 / the number of those hours. Subclasses say which hours ({@link #candidates}).
 */
abstract class UniformWindowRule implements Policy {

    /** First local hour of the window. */
    protected final int from;
    /** End of the window (exclusive). */
    protected final int to;

    /** A rule over the local hours [from, to). */
    UniformWindowRule(int from, int to) {
        if (from < 0 || to > 24 || from >= to) {
            throw new IllegalArgumentException("window needs 0 <= from < to <= 24, received from=" + from + " to=" + to);
        }
        this.from = from;
        this.to = to;
    }

    /** The hours to draw from among the contact's allowed hours of the window (never empty). */
    abstract int[] candidates(DueContact c, int[] allowed);

    @Override
    public final List<Dial> plan(DayContext day) {
        List<Dial> out = new ArrayList<>();
        for (DueContact c : day.queue()) {
            String rep = day.repFor(out.size());
            if (rep == null) {
                break;
            }
            int[] allowed = c.allowedIn(from, to);
            if (allowed.length == 0 || c.remainingThisWeek() <= 0) {
                continue;
            }
            int[] hours = candidates(c, allowed);
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
