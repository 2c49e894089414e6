package org.reachlab.models.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Knows the truth: for every due contact it finds the allowed hour with the highest true connect
 * probability today, then fills the day's capacity with the contacts whose best hour is best.
 * This maximises the expected connects of each day, an upper bound for any policy on the same
 * day (among the hours of its window, by default all of them). Deterministic, propensity 1.
 */
public final class OraclePolicy implements Policy {

    private final TrueReach truth;
    private final int from;
    private final int to;

    /** An oracle that reads the truth, over every allowed hour. */
    public OraclePolicy(TrueReach truth) {
        this(truth, 0, 24);
    }

    /** An oracle that reads the truth, over the allowed hours in [from, to). */
    public OraclePolicy(TrueReach truth, int from, int to) {
        if (from < 0 || to > 24 || from >= to) {
            throw new IllegalArgumentException("window needs 0 <= from < to <= 24, received from=" + from + " to=" + to);
        }
        this.truth = truth;
        this.from = from;
        this.to = to;
    }

    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public List<Dial> plan(DayContext day) {
        record Best(DueContact c, int hour, double p) {
        }
        List<Best> options = new ArrayList<>();
        for (DueContact c : day.due()) {
            if (c.remainingThisWeek() <= 0) {
                continue;
            }
            int bestHour = -1;
            double best = -1;
            for (int h = from; h < to; h++) {
                if (c.allows(h)) {
                    double p = truth.probability(c, day.date(), h);
                    if (p > best) {
                        best = p;
                        bestHour = h;
                    }
                }
            }
            if (bestHour >= 0) {
                options.add(new Best(c, bestHour, best));
            }
        }
        options.sort(Comparator.comparingDouble((Best b) -> -b.p()).thenComparingInt(b -> b.c().index()));
        List<Dial> out = new ArrayList<>();
        for (Best b : options) {
            String rep = day.repFor(out.size());
            if (rep == null) {
                break;
            }
            out.add(Dial.certain(b.c().index(), b.hour(), rep));
        }
        return out;
    }
}
