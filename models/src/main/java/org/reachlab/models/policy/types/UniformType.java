package org.reachlab.models.policy.types;

import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.WindowPolicy;
import org.reachlab.models.policy.registry.PolicyInputs;
import org.reachlab.models.policy.registry.PolicySettings;

/** {@code uniform}: {@link WindowPolicy}, an hour drawn uniformly from the window (09-17 by default). */
public final class UniformType extends FixedRuleType {

    @Override
    public String name() {
        return "uniform";
    }

    @Override
    public String description() {
        return "works the queue in order, each contact at an hour drawn uniformly from the window (default 09-17)";
    }

    @Override
    public boolean canLog() {
        return true;
    }

    @Override
    public Policy create(PolicySettings settings, PolicyInputs inputs) {
        return named(new WindowPolicy(from(settings), to(settings)), settings);
    }
}
