package org.reachlab.evaluation.experiment;

import java.util.Map;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.learned.SlotBelief;
import org.reachlab.models.policy.registry.PolicyInputs;
import org.reachlab.models.policy.registry.PolicyRegistry;
import org.reachlab.models.policy.registry.PolicySettings;
import org.reachlab.models.policy.registry.PolicyType;

/**
 * Builds the scheduling policy a {@link ExperimentConfig.PolicySpec} names through the
 * {@link PolicyRegistry}, for a simulation or for off-policy evaluation on a log.
 */
public final class Policies {

    private Policies() {
    }

    /** The registered type of a name; an {@link ExperimentConfigException} listing the known types otherwise. */
    public static PolicyType type(String name) {
        try {
            return PolicyRegistry.standard().get(name);
        } catch (IllegalArgumentException e) {
            throw new ExperimentConfigException(e.getMessage());
        }
    }

    /**
     * The policy of a spec.
     *
     * @param spec     the policy's settings
     * @param beliefs  trained beliefs by model name (a learned policy gets a copy of its model's)
     * @param hourly   pooled connect rate by local hour of the training data (for best-hour)
     * @param earliest first allowed local hour, the default window start of learned policies
     * @param latest   end of the allowed local hours, the default window end
     * @throws ExperimentConfigException for an unknown type, or a policy its type cannot build
     *                                   (Thompson sampling on a model with no posterior)
     */
    public static Policy build(ExperimentConfig.PolicySpec spec, Map<String, SlotBelief> beliefs, double[] hourly,
                               int earliest, int latest) {
        return build(spec, beliefs, hourly, earliest, latest, null);
    }

    /**
     * The policy of a spec, with the contacts' stated preferences for a stated rule.
     *
     * @param stated what the contacts said in their notes and when, or null when there are no notes
     *               (a stated rule then runs as the uniform 09-17 rule)
     * @see #build(ExperimentConfig.PolicySpec, Map, double[], int, int)
     */
    public static Policy build(ExperimentConfig.PolicySpec spec, Map<String, SlotBelief> beliefs, double[] hourly,
                               int earliest, int latest, StatedPreferences stated) {
        PolicyType type = type(spec.type());
        PolicySettings settings = new PolicySettings(type.needsModel() ? spec.label() : spec.name(), spec.from(),
                spec.to(), spec.minExploration(), spec.epsilon(), spec.draws(), spec.rank());
        PolicyInputs inputs = new PolicyInputs(type.needsModel() ? beliefs.get(spec.model()) : null, hourly, earliest,
                latest, null).withStated(stated);
        try {
            return type.create(settings, inputs);
        } catch (IllegalArgumentException e) {
            throw new ExperimentConfigException("policy '" + spec.label() + "': " + e.getMessage());
        }
    }

    /**
     * The warning for a stated rule built without stated preferences (a call log without notes):
     * it runs as the uniform 09-17 rule. Null for other types or when there are preferences.
     */
    public static String withoutNotes(PolicyType type, StatedPreferences stated) {
        return type.name().equals("stated-rule") && stated == null
                ? "stated-rule: no notes were read, so it runs as uniform 09-17" : null;
    }

    /** A logging rule (a type that {@link PolicyType#canLog}) over its default window, under its own name. */
    public static Policy logger(String type, double[] hourly) {
        return type(type).create(PolicySettings.defaults(), new PolicyInputs(null, hourly, 0, 24, null));
    }
}
