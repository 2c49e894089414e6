package org.reachlab.models.policy.types;

import org.reachlab.models.policy.OraclePolicy;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.registry.PolicyInputs;
import org.reachlab.models.policy.registry.PolicySettings;

/**
 * {@code segment-oracle}: the {@link OraclePolicy}'s choices made on the truth of each contact's
 * segment ({@link PolicyInputs#segmentTruth()}, the mean over the segment's contacts) rather than
 * on the contact's own: each due contact at its segment's best allowed hour today, the day's
 * capacity filled with the contacts whose segment hour is best. The limit of what learning pooled
 * by segment can reach. Named {@code segment_oracle}; every allowed hour by default.
 */
public final class SegmentOracleType extends FixedRuleType {

    /** The name the policy reports under unless the settings give one. */
    public static final String POLICY_NAME = "segment_oracle";

    @Override
    public String name() {
        return "segment-oracle";
    }

    @Override
    public String description() {
        return "knows each segment's true mean connect probabilities (not the contact's): each day the contacts"
                + " and hours whose segment's are highest";
    }

    @Override
    public boolean needsTruth() {
        return true;
    }

    @Override
    public Policy create(PolicySettings settings, PolicyInputs inputs) {
        Policy oracle = new OraclePolicy(inputs.requireSegmentTruth(name()), settings.fromOr(0), settings.toOr(24));
        return named(oracle, settings.name() == null ? settings.withName(POLICY_NAME) : settings);
    }
}
