package org.reachlab.models.policy.types;

import java.util.List;
import org.reachlab.models.policy.DayContext;
import org.reachlab.models.policy.Dial;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.registry.PolicySettings;
import org.reachlab.models.policy.registry.PolicyType;

/**
 * What the fixed rules share: the team's 09-17 window unless the settings give another, and the
 * policy's own name unless the settings give one.
 */
abstract class FixedRuleType implements PolicyType {

    /** First local hour of the team's window. */
    static final int FROM = 9;
    /** End (exclusive) of the team's window. */
    static final int TO = 17;

    static int from(PolicySettings s) {
        return s.fromOr(FROM);
    }

    static int to(PolicySettings s) {
        return s.toOr(TO);
    }

    /** The policy under the settings' name, when they give one. */
    static Policy named(Policy p, PolicySettings s) {
        if (s.name() == null) {
            return p;
        }
        String name = s.name();
        return new Policy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Dial> plan(DayContext day) {
                return p.plan(day);
            }
        };
    }
}
