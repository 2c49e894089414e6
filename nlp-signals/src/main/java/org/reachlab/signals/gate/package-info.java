/**
 * The availability gate: a small L2-regularised logistic model that decides whether a sentence the
 * rules read as a timing signal states when a person (the writer or the note's contact) can be
 * reached at all, rather than mentioning a time for something else (a system being available, a
 * deadline, a past event, general advice, a job's start date).
 *
 * <p>{@link org.reachlab.signals.gate.GateFeatures} turns a sentence into features (the past,
 * hedges and conditionals, who the subject is, things, deadlines, advice, cue words) from
 * part-of-speech tags where the pipeline gives them and from each language's word lists
 * ({@code gate-words-<lang>.properties}); {@link org.reachlab.signals.gate.LogisticModel} holds
 * the weights shipped in {@code gate-weights.properties}; {@link org.reachlab.signals.gate.LogisticTrainer}
 * fits them reproducibly; {@link org.reachlab.signals.gate.AvailabilityGate} is what the rule layer asks.
 */
package org.reachlab.signals.gate;
