package org.reachlab.models.policy.types;

import org.reachlab.models.policy.OraclePolicy;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.registry.PolicyInputs;
import org.reachlab.models.policy.registry.PolicySettings;

/** {@code oracle}: {@link OraclePolicy}, which reads the truth of a synthetic world (every allowed hour by default). */
public final class OracleType extends FixedRuleType {

    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public String description() {
        return "knows the true connect probabilities: each day the contacts and hours with the highest ones";
    }

    @Override
    public boolean needsTruth() {
        return true;
    }

    @Override
    public Policy create(PolicySettings settings, PolicyInputs inputs) {
        return named(new OraclePolicy(inputs.requireTruth(name()), settings.fromOr(0), settings.toOr(24)), settings);
    }
}
