package org.reachlab.models.policy.learned;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.reachlab.models.policy.DueContact;

/**
 * Greedy on a belief's mean connect probabilities: ranks contacts by their best believed hour
 * and puts all but the exploration floor on that hour. The propensity is exact (closed form).
 */
public final class GreedyPolicy extends LearnedPolicy {

    private final String name;

    /** Greedy over the local hours [from, to) with a minimum exploration probability. */
    public GreedyPolicy(String name, SlotBelief belief, double floor, int from, int to) {
        super(belief, floor, from, to);
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    protected double score(DueContact c, int mask, LocalDate date, SplittableRandom random) {
        return maxOver(belief().mean(c, date), mask);
    }

    @Override
    protected double[] choice(DueContact c, int mask, LocalDate date, SplittableRandom random) {
        double[] q = new double[24];
        q[Exploration.argmax(belief().mean(c, date), mask)] = 1;
        return q;
    }
}
