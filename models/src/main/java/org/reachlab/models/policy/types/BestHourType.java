package org.reachlab.models.policy.types;

import org.reachlab.models.policy.FixedHourPolicy;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.registry.PolicyInputs;
import org.reachlab.models.policy.registry.PolicySettings;

/**
 * {@code best-hour}: {@link FixedHourPolicy#globallyBest}, every contact at the hour of the
 * window (09-17 by default) with the best pooled connect rate of the history.
 */
public final class BestHourType extends FixedRuleType {

    @Override
    public String name() {
        return "best-hour";
    }

    @Override
    public String description() {
        return "every contact at the hour of the window (default 09-17) with the history's best pooled connect rate";
    }

    @Override
    public boolean needsHistory() {
        return true;
    }

    @Override
    public Policy create(PolicySettings settings, PolicyInputs inputs) {
        return named(FixedHourPolicy.globallyBest(inputs.requireHourlyRates(name()), from(settings), to(settings)),
                settings);
    }
}
