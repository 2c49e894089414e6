package org.reachlab.models.policy;

import java.util.List;

/**
 * A fixed rule that works the queue in order and dials each due contact with dials left this week at
 * an hour drawn uniformly from some of the allowed hours of a local window; the propensity is exactly
 * 1 / the number of those hours. Subclasses say which hours ({@link #candidates}). Hours in which
 * no rep has room left today ({@link HourlyLedger}) are out of the draw, so the logged
 * distribution is the one the hour was really drawn from.
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

    /** The hours to draw from among the contact's allowed hours of the window that have room (never empty). */
    abstract int[] candidates(DueContact c, int[] allowed);

    @Override
    public final List<Dial> plan(DayContext day) {
        return QueueDraw.plan(day, (c, room) -> {
            int[] open = QueueDraw.withRoom(c.allowedIn(from, to), room);
            return open.length == 0 ? open : candidates(c, open);
        });
    }
}
