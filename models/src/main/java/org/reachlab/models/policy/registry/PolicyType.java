package org.reachlab.models.policy.registry;

import org.reachlab.models.policy.Policy;

/**
 * A type of scheduling policy: builds a {@link Policy} from its settings and what the run knows.
 *
 * <p>A type is registered under its {@link #name()} in the {@link PolicyRegistry}: list the class
 * in {@code META-INF/services/org.reachlab.models.policy.registry.PolicyType} (it needs a public
 * no-argument constructor), or call {@link PolicyRegistry#register}. Every registered type must
 * pass the shared policy contract test: it dials only due contacts with dials left this week, at
 * allowed hours inside its window, within each rep's capacity for the day and the hour, and the
 * same way for the same seed.
 */
public interface PolicyType {

    /** The registry name, as config files and commands write it: lower case, words joined by '-'. */
    String name();

    /** One line for usage messages and docs. */
    String description();

    /** True when the policy acts on a trained belief ({@link PolicyInputs#belief()} must be set). */
    default boolean needsModel() {
        return false;
    }

    /**
     * True when the policy is fitted on the dials before the evaluated period (a belief, or the
     * pooled hourly rates of {@link PolicyInputs#hourlyRates()}), so it needs such dials.
     */
    default boolean needsHistory() {
        return needsModel();
    }

    /** True when the policy reads the true connect probabilities ({@link PolicyInputs#truth()} must be set). */
    default boolean needsTruth() {
        return false;
    }

    /**
     * True when the policy can be the logging policy of a history: a fixed rule that needs no
     * history, model or truth and logs a propensity below 1 for every hour it may choose.
     */
    default boolean canLog() {
        return false;
    }

    /**
     * A new policy.
     *
     * @param settings its settings; unset values take the type's defaults
     * @param inputs   what the run provides (a belief to copy, the history's hourly rates, the truth)
     * @throws IllegalArgumentException when a setting is out of range or a needed input is missing
     */
    Policy create(PolicySettings settings, PolicyInputs inputs);
}
