package org.reachlab.models.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Knows the truth: it fills the day's capacity with the (contact, allowed hour) pairs of the
 * highest true connect probability today, one dial per contact. Each contact is wanted first at
 * its best hour; when the team has no room left in that hour ({@link HourlyLedger}) it is wanted
 * at its next best hour with room, in turn with the others (among the hours of its window, by
 * default all of them). While no hour is full this maximises the expected connects of the day;
 * once hours fill, the greedy order is not proven to, since moving one contact from a full hour
 * could make room for a better one. Deterministic, propensity 1.
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
        // each contact's allowed hours of the window, best true probability first (the earlier hour on a tie)
        List<Ranked> ranked = new ArrayList<>();
        for (DueContact c : day.due()) {
            if (c.remainingThisWeek() <= 0) {
                continue;
            }
            int[] hours = c.allowedIn(from, to);
            if (hours.length == 0) {
                continue;
            }
            double[] p = new double[hours.length];
            Integer[] order = new Integer[hours.length];
            for (int k = 0; k < hours.length; k++) {
                p[k] = truth.probability(c, day.date(), hours[k]);
                order[k] = k;
            }
            Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
            int[] byP = new int[hours.length];
            double[] sorted = new double[hours.length];
            for (int k = 0; k < hours.length; k++) {
                byP[k] = hours[order[k]];
                sorted[k] = p[order[k]];
            }
            ranked.add(new Ranked(c, byP, sorted));
        }
        // the (contact, hour) pairs in falling probability: a contact whose best hour is full
        // comes back with its next best hour, at that hour's probability
        PriorityQueue<Ranked> queue = new PriorityQueue<>(Math.max(1, ranked.size()),
                Comparator.comparingDouble((Ranked r) -> -r.p()).thenComparingInt(r -> r.c().index()));
        queue.addAll(ranked);
        HourlyLedger ledger = day.ledger();
        List<Dial> out = new ArrayList<>();
        int room = ledger.roomMask();
        while (!queue.isEmpty() && room != 0) {
            Ranked r = queue.poll();
            int h = r.hour();
            if ((room & (1 << h)) != 0) {
                out.add(Dial.certain(r.c().index(), h, ledger.book(h)));
                room = ledger.roomMask();
                continue;
            }
            while (r.next < r.hours().length && (room & (1 << r.hour())) == 0) {
                r.next++;
            }
            if (r.next < r.hours().length) {
                queue.add(r);
            }
        }
        return out;
    }

    /** A contact's allowed hours, best first, and the next one to try. */
    private static final class Ranked {
        private final DueContact c;
        private final int[] hours;
        private final double[] p;
        private int next;

        Ranked(DueContact c, int[] hours, double[] p) {
            this.c = c;
            this.hours = hours;
            this.p = p;
        }

        DueContact c() {
            return c;
        }

        int[] hours() {
            return hours;
        }

        int hour() {
            return hours[next];
        }

        double p() {
            return p[next];
        }
    }
}
