package org.reachlab.evaluation.ope;

import java.util.List;
import java.util.SplittableRandom;
import org.reachlab.models.policy.DayContext;
import org.reachlab.models.policy.Dial;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.learned.LearnedPolicy;

/** The policy being evaluated: its probability of each local hour for a logged dial's contact and day. */
public interface TargetPolicy {

    /** A short name. */
    String name();

    /**
     * The target's distribution over the 24 local hours for this contact on this day, or
     * {@code null} when the target would not dial it at all.
     */
    double[] distribution(LoggedDial dial);

    /**
     * Asks a scheduling policy what it would do with the contact alone on the day (one rep, one
     * dial). Learned policies give their distribution directly; others are asked to plan, and a
     * deterministic dial counts as probability 1 on its hour. Randomness is keyed by the seed
     * and the dial so that results are reproducible.
     */
    static TargetPolicy of(Policy policy, long seed) {
        return new TargetPolicy() {
            @Override
            public String name() {
                return policy.name();
            }

            @Override
            public double[] distribution(LoggedDial d) {
                SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L
                        ^ ((long) d.contactIndex() << 32) ^ d.local().toLocalDate().toEpochDay());
                if (policy instanceof LearnedPolicy lp) {
                    return lp.distribution(d.context(), d.local().toLocalDate(), r);
                }
                DayContext day = new DayContext(d.local().toLocalDate(), List.of(d.context()),
                        List.of(new DayContext.Rep("ope", 1, 1)), r);
                List<Dial> plan = policy.plan(day);
                if (plan.isEmpty()) {
                    return null;
                }
                Dial dial = plan.get(0);
                if (dial.distribution() != null) {
                    return dial.distribution().clone();
                }
                double[] p = new double[24];
                p[dial.hour()] = 1;
                return p;
            }
        };
    }
}
