package org.reachlab.models.policy.types;

import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.learned.ModelBelief;
import org.reachlab.models.policy.learned.SlotBelief;
import org.reachlab.models.policy.learned.ThompsonPolicy;
import org.reachlab.models.policy.registry.PolicyInputs;
import org.reachlab.models.policy.registry.PolicySettings;

/**
 * {@code thompson}: {@link ThompsonPolicy} with 32 draws per dial by default; needs a belief that
 * can draw from its posterior.
 */
public final class ThompsonType extends LearnedType {

    @Override
    public String name() {
        return "thompson";
    }

    @Override
    public String description() {
        return "Thompson sampling: contacts and hours by draws from the belief's posterior (needs a model that samples)";
    }

    @Override
    public Policy create(PolicySettings settings, PolicyInputs inputs) {
        String rank = settings.rank();
        if (rank != null && !rank.equals("sample") && !rank.equals("mean")) {
            throw new IllegalArgumentException("rank must be sample or mean, received " + rank);
        }
        SlotBelief b = belief(inputs);
        if (b instanceof ModelBelief mb && !mb.samples()) {
            throw new IllegalArgumentException("model " + mb.name()
                    + " has no posterior to sample; Thompson sampling needs a model with one (beta_online, bayes,"
                    + " logistic, neural)");
        }
        return new ThompsonPolicy(label(settings), b, settings.draws() == null ? 32 : settings.draws(),
                floor(settings), from(settings, inputs), to(settings, inputs), "mean".equals(rank));
    }
}
