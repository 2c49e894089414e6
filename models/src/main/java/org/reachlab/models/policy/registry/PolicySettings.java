package org.reachlab.models.policy.registry;

/**
 * The settings of one policy; every value may be {@code null} for the type's default.
 *
 * @param name           the name the policy writes to calls.csv and reports (default: the
 *                       policy's own name for the fixed rules, the type's name with '_' for
 *                       learned ones)
 * @param from           first local hour the policy considers (default: 9 for the fixed rules,
 *                       {@link PolicyInputs#earliest()} for learned ones, every hour for the oracle)
 * @param to             end (exclusive) of those hours (default: 17, {@link PolicyInputs#latest()}, 24)
 * @param minExploration minimum probability of every allowed hour of a learned policy (default 0.01)
 * @param epsilon        exploration share of epsilon-greedy (default 0.1)
 * @param draws          Monte Carlo draws per dial of Thompson sampling (default 32)
 * @param rank           how Thompson sampling picks the day's contacts: {@code sample} (default)
 *                       or {@code mean}
 */
public record PolicySettings(String name, Integer from, Integer to, Double minExploration, Double epsilon,
                             Integer draws, String rank) {

    /** Every value at the type's default. */
    public static PolicySettings defaults() {
        return new PolicySettings(null, null, null, null, null, null, null);
    }

    /** The same settings with another name. */
    public PolicySettings withName(String newName) {
        return new PolicySettings(newName, from, to, minExploration, epsilon, draws, rank);
    }

    /** The same settings with another window [from, to). */
    public PolicySettings withWindow(Integer newFrom, Integer newTo) {
        return new PolicySettings(name, newFrom, newTo, minExploration, epsilon, draws, rank);
    }

    /** The window start, or {@code fallback} when unset. */
    public int fromOr(int fallback) {
        return from == null ? fallback : from;
    }

    /** The window end, or {@code fallback} when unset. */
    public int toOr(int fallback) {
        return to == null ? fallback : to;
    }
}
