package org.reachlab.models.policy.learned;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.reachlab.models.policy.DueContact;

/**
 * Epsilon-greedy on a belief's means: the best believed hour with probability 1 - epsilon, else
 * an allowed hour uniformly; then the exploration floor. The propensity is exact.
 */
public final class EpsilonGreedyPolicy extends LearnedPolicy {

    private final String name;
    private final double epsilon;

    /** Epsilon-greedy over [from, to). */
    public EpsilonGreedyPolicy(String name, SlotBelief belief, double epsilon, double floor, int from, int to) {
        super(belief, floor, from, to);
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("epsilon must be in [0, 1], received " + epsilon);
        }
        this.name = name;
        this.epsilon = epsilon;
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
        int k = Integer.bitCount(mask);
        double[] q = new double[24];
        for (int h = 0; h < 24; h++) {
            if ((mask & (1 << h)) != 0) {
                q[h] = epsilon / k;
            }
        }
        q[Exploration.argmax(belief().mean(c, date), mask)] += 1 - epsilon;
        return q;
    }
}
