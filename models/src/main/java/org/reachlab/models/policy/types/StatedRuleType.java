package org.reachlab.models.policy.types;

import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.StatedRulePolicy;
import org.reachlab.models.policy.registry.PolicyInputs;
import org.reachlab.models.policy.registry.PolicySettings;

/**
 * {@code stated-rule}: {@link StatedRulePolicy}, what a diligent rep does by hand with the notes'
 * stated preferences ({@link PolicyInputs#stated()}), over the allowed hours by default, falling
 * back to 09-17; without stated preferences it is the uniform 09-17 rule.
 */
public final class StatedRuleType extends FixedRuleType {

    @Override
    public String name() {
        return "stated-rule";
    }

    @Override
    public String description() {
        return "works the queue in order, each contact inside the window its notes state, never in a stated"
                + " avoidance or absence; otherwise uniform 09-17";
    }

    @Override
    public Policy create(PolicySettings settings, PolicyInputs inputs) {
        int from = settings.fromOr(inputs.earliest());
        int to = settings.toOr(inputs.latest());
        // the team's 09-17 inside the window, or the whole window when they do not overlap
        int fallbackFrom = Math.max(FROM, from);
        int fallbackTo = Math.min(TO, to);
        if (fallbackFrom >= fallbackTo) {
            fallbackFrom = from;
            fallbackTo = to;
        }
        return named(new StatedRulePolicy(inputs.stated(), from, to, fallbackFrom, fallbackTo), settings);
    }
}
