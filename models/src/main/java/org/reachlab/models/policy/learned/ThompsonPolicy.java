package org.reachlab.models.policy.learned;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.reachlab.models.policy.DueContact;

/**
 * Thompson sampling: ranks contacts by a posterior draw of their best hour's probability, and
 * dials each at the hour that is best under a posterior draw. The probability of each hour
 * being best has no closed form; it is estimated from {@code draws} posterior draws, the floor
 * is mixed in, and the hour is drawn from that estimate, so the logged propensity is the exact
 * probability of the hour dialled.
 */
public final class ThompsonPolicy extends LearnedPolicy {

    private final String name;
    private final int draws;
    private final boolean rankByMean;

    /** Thompson sampling over [from, to) with {@code draws} Monte Carlo draws per dial. */
    public ThompsonPolicy(String name, SlotBelief belief, int draws, double floor, int from, int to) {
        this(name, belief, draws, floor, from, to, false);
    }

    /**
     * Thompson sampling over [from, to); with {@code rankByMean} the day's contacts are chosen
     * by their best believed mean (as greedy does) and only the hour is sampled.
     */
    public ThompsonPolicy(String name, SlotBelief belief, int draws, double floor, int from, int to,
                          boolean rankByMean) {
        super(belief, floor, from, to);
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be >= 1, received " + draws);
        }
        this.name = name;
        this.draws = draws;
        this.rankByMean = rankByMean;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    protected double score(DueContact c, int mask, LocalDate date, SplittableRandom random) {
        return maxOver(rankByMean ? belief().mean(c, date) : belief().sample(c, date, random), mask);
    }

    @Override
    protected double[] choice(DueContact c, int mask, LocalDate date, SplittableRandom random) {
        double[] q = new double[24];
        for (int d = 0; d < draws; d++) {
            q[Exploration.argmax(belief().sample(c, date, random), mask)] += 1.0 / draws;
        }
        return q;
    }
}
