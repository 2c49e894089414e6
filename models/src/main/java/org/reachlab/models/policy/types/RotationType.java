package org.reachlab.models.policy.types;

import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.SlotRotationPolicy;
import org.reachlab.models.policy.registry.PolicyInputs;
import org.reachlab.models.policy.registry.PolicySettings;

/** {@code rotation}: {@link SlotRotationPolicy}, the survey-research rotation over the window (09-17 by default). */
public final class RotationType extends FixedRuleType {

    @Override
    public String name() {
        return "rotation";
    }

    @Override
    public String description() {
        return "works the queue in order, each contact at one of its least-tried hours of the window (default 09-17)";
    }

    @Override
    public boolean canLog() {
        return true;
    }

    @Override
    public Policy create(PolicySettings settings, PolicyInputs inputs) {
        return named(new SlotRotationPolicy(from(settings), to(settings)), settings);
    }
}
