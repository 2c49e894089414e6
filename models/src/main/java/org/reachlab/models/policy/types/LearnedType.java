package org.reachlab.models.policy.types;

import org.reachlab.models.policy.learned.SlotBelief;
import org.reachlab.models.policy.registry.PolicyInputs;
import org.reachlab.models.policy.registry.PolicySettings;
import org.reachlab.models.policy.registry.PolicyType;

/**
 * What the learned types share: a copy of the run's belief, the window of the dialing rules
 * unless the settings give another, a minimum exploration of 0.01 by default, and the type's
 * name with '_' unless the settings give one.
 */
abstract class LearnedType implements PolicyType {

    @Override
    public boolean needsModel() {
        return true;
    }

    /** A copy of the run's belief, so that every policy learns on its own. */
    SlotBelief belief(PolicyInputs inputs) {
        return inputs.requireBelief(name()).copy();
    }

    String label(PolicySettings s) {
        return s.name() != null ? s.name() : name().replace('-', '_');
    }

    static double floor(PolicySettings s) {
        return s.minExploration() == null ? 0.01 : s.minExploration();
    }

    static int from(PolicySettings s, PolicyInputs inputs) {
        return s.fromOr(inputs.earliest());
    }

    static int to(PolicySettings s, PolicyInputs inputs) {
        return s.toOr(inputs.latest());
    }
}
