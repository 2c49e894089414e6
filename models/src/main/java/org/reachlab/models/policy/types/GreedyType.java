package org.reachlab.models.policy.types;

import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.learned.GreedyPolicy;
import org.reachlab.models.policy.registry.PolicyInputs;
import org.reachlab.models.policy.registry.PolicySettings;

/** {@code greedy}: {@link GreedyPolicy} on the belief's means. */
public final class GreedyType extends LearnedType {

    @Override
    public String name() {
        return "greedy";
    }

    @Override
    public String description() {
        return "the contacts and hours with the best believed connect probability, plus the minimum exploration";
    }

    @Override
    public Policy create(PolicySettings settings, PolicyInputs inputs) {
        return new GreedyPolicy(label(settings), belief(inputs), floor(settings), from(settings, inputs),
                to(settings, inputs));
    }
}
