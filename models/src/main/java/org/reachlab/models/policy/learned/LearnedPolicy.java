package org.reachlab.models.policy.learned;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.reachlab.models.policy.DayContext;
import org.reachlab.models.policy.Dial;
import org.reachlab.models.policy.DueContact;
import org.reachlab.models.policy.HourlyLedger;
import org.reachlab.models.policy.Policy;

/**
 * What the learned policies share: each due contact with dials left this week gets a score
 * (its best believed connect probability, or a posterior draw of it); the day's capacity goes to
 * the highest scores; each chosen contact's hour is drawn from a distribution over the allowed
 * hours of the window in which every allowed hour has at least the minimum exploration
 * probability; the dial logs the exact probability of the hour drawn. Hours in which the team
 * has no room left ({@link HourlyLedger}) are left out of that distribution, so a contact whose
 * best hour is full goes to its next best hour with room and the propensity stays exact. The
 * policy learns from every outcome through its belief.
 */
public abstract class LearnedPolicy implements Policy, Learner {

    private final SlotBelief belief;
    private final double floor;
    private final int windowMask;
    private final java.util.Map<Integer, Double> pending = new java.util.HashMap<>();
    private java.util.function.ObjDoubleConsumer<ObservedDial> predictions;

    /**
     * @param belief the belief it scores with and updates
     * @param floor  minimum probability of every allowed hour (capped at 1 / allowed hours)
     * @param from   first local hour it considers
     * @param to     end (exclusive) of the hours it considers
     */
    protected LearnedPolicy(SlotBelief belief, double floor, int from, int to) {
        if (!(floor >= 0 && floor < 1)) {
            throw new IllegalArgumentException("minimum exploration must be in [0, 1), received " + floor);
        }
        if (from < 0 || to > 24 || from >= to) {
            throw new IllegalArgumentException("window needs 0 <= from < to <= 24, received from=" + from + " to=" + to);
        }
        this.belief = belief;
        this.floor = floor;
        int m = 0;
        for (int h = from; h < to; h++) {
            m |= 1 << h;
        }
        this.windowMask = m;
    }

    /** The belief. */
    public SlotBelief belief() {
        return belief;
    }

    /** The minimum exploration probability. */
    public double floor() {
        return floor;
    }

    @Override
    public void observe(ObservedDial o) {
        if (predictions != null) {
            Double p = pending.remove(o.contactIndex());
            if (p != null) {
                predictions.accept(o, p);
            }
        }
        belief.observe(o);
    }

    /**
     * Records, for every dial this policy planned, the belief's mean probability of the hour
     * dialled, made before the outcome was known, paired with the outcome when it is observed
     * (for reliability diagrams). {@code null} stops recording.
     */
    public void recordPredictions(java.util.function.ObjDoubleConsumer<ObservedDial> sink) {
        this.predictions = sink;
        pending.clear();
    }

    /** The score that ranks a contact for today's capacity. */
    protected abstract double score(DueContact c, int mask, LocalDate date, SplittableRandom random);

    /** The distribution over hours before the exploration floor. */
    protected abstract double[] choice(DueContact c, int mask, LocalDate date, SplittableRandom random);

    /** The final hour distribution of a contact today (with the floor), or null when no hour is allowed. */
    public double[] distribution(DueContact c, LocalDate date, SplittableRandom random) {
        int mask = c.allowedHours() & windowMask;
        if (mask == 0) {
            return null;
        }
        return Exploration.withFloor(choice(c, mask, date, random), mask, floor);
    }

    @Override
    public List<Dial> plan(DayContext day) {
        record Scored(DueContact c, int mask, double score) {
        }
        SplittableRandom random = day.random();
        List<Scored> scored = new ArrayList<>();
        for (DueContact c : day.due()) {
            int mask = c.allowedHours() & windowMask;
            if (mask == 0 || c.remainingThisWeek() <= 0) {
                continue;
            }
            scored.add(new Scored(c, mask, score(c, mask, day.date(), random)));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score()).thenComparingInt(s -> s.c().index()));
        List<Dial> out = new ArrayList<>();
        HourlyLedger ledger = day.ledger();
        for (Scored s : scored) {
            int room = ledger.roomMask();
            if (room == 0) {
                break;
            }
            // the hours in which no rep has room are out of the choice, so the distribution
            // logged is the one the hour was drawn from
            int open = s.mask() & room;
            if (open == 0) {
                continue;
            }
            double[] p = Exploration.withFloor(choice(s.c(), open, day.date(), random), open, floor);
            int hour = Exploration.draw(p, random);
            if (predictions != null) {
                pending.put(s.c().index(), belief.mean(s.c(), day.date())[hour]);
            }
            out.add(new Dial(s.c().index(), hour, ledger.book(hour), p[hour], p));
        }
        return out;
    }

    static double maxOver(double[] v, int mask) {
        double best = 0;
        for (int h = 0; h < 24; h++) {
            if ((mask & (1 << h)) != 0) {
                best = Math.max(best, v[h]);
            }
        }
        return best;
    }
}
