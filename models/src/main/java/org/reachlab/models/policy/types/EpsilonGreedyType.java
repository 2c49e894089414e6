package org.reachlab.models.policy.types;

import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.learned.EpsilonGreedyPolicy;
import org.reachlab.models.policy.registry.PolicyInputs;
import org.reachlab.models.policy.registry.PolicySettings;

/** {@code epsilon-greedy}: {@link EpsilonGreedyPolicy} with epsilon 0.1 by default. */
public final class EpsilonGreedyType extends LearnedType {

    @Override
    public String name() {
        return "epsilon-greedy";
    }

    @Override
    public String description() {
        return "greedy on the believed means, with a share epsilon (default 0.1) of each dial spread uniformly";
    }

    @Override
    public Policy create(PolicySettings settings, PolicyInputs inputs) {
        return new EpsilonGreedyPolicy(label(settings), belief(inputs),
                settings.epsilon() == null ? 0.1 : settings.epsilon(), floor(settings), from(settings, inputs),
                to(settings, inputs));
    }
}
