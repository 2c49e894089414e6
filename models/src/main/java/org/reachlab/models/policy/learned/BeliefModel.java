package org.reachlab.models.policy.learned;

/**
 * A reachability model whose state is an hourly {@link SlotBelief}: policies act on that belief
 * directly (its own posterior draws, its own online updates) rather than through
 * {@link ModelBelief}'s view of the model's probabilities. The belief and the model share their
 * state: what one learns, the other knows.
 */
public interface BeliefModel {

    /** The belief the model's predictions come from. */
    SlotBelief belief();
}
