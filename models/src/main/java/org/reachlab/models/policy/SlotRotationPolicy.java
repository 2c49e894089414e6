package org.reachlab.models.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The survey-research call rotation (as in queXS): a contact's (n+1)-th attempt in an hour slot
 * of the window happens only after n attempts in every slot of the window. Among the allowed
 * slots with the fewest attempts so far, one is drawn uniformly; the propensity is 1 / their
 * number. Works the queue in order, like {@link WindowPolicy}.
 */
public final class SlotRotationPolicy implements Policy {

    private final int from;
    private final int to;

    /** Rotation over the local hours [from, to). */
    public SlotRotationPolicy(int from, int to) {
        if (from < 0 || to > 24 || from >= to) {
            throw new IllegalArgumentException("window needs 0 <= from < to <= 24, received from=" + from + " to=" + to);
        }
        this.from = from;
        this.to = to;
    }

    /** Rotation over 09:00-17:00. */
    public static SlotRotationPolicy nineToFive() {
        return new SlotRotationPolicy(9, 17);
    }

    @Override
    public String name() {
        return "rotation";
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
            int min = Integer.MAX_VALUE;
            for (int h = from; h < to; h++) {
                min = Math.min(min, c.hourCounts()[h]);
            }
            int[] least = new int[hours.length];
            int n = 0;
            for (int h : hours) {
                if (c.hourCounts()[h] == min) {
                    least[n++] = h;
                }
            }
            if (n == 0) {
                // the least-tried slots are not allowed today: rotate among the least-tried allowed ones
                int m = Integer.MAX_VALUE;
                for (int h : hours) {
                    m = Math.min(m, c.hourCounts()[h]);
                }
                for (int h : hours) {
                    if (c.hourCounts()[h] == m) {
                        least[n++] = h;
                    }
                }
            }
            double p = 1.0 / n;
            double[] dist = new double[24];
            for (int k = 0; k < n; k++) {
                dist[least[k]] = p;
            }
            out.add(new Dial(c.index(), least[day.random().nextInt(n)], rep, p, dist));
        }
        return out;
    }
}
