package org.reachlab.models.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Knows the truth: for every due contact it finds the allowed hour with the highest true connect
 * probability today, then fills the day's capacity with the contacts whose best hour is best.
 * This maximises the expected connects of each day, an upper bound for any policy on the same
 * day. Deterministic, propensity 1.
 */
public final class OraclePolicy implements Policy {

    private final TrueReach truth;

    /** An oracle that reads the truth. */
    public OraclePolicy(TrueReach truth) {
        this.truth = truth;
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
            for (int h = 0; h < 24; h++) {
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
