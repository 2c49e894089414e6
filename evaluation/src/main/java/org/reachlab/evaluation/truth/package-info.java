/**
 * Models against the truth of a generated world: does a trained model's weekly profile of a
 * contact look like the contact's true profile ({@link org.reachlab.evaluation.truth.ProfileRecovery}),
 * and how many attempts after a routine change does a model learning online need before its
 * profile looks more like the new routine than the old one
 * ({@link org.reachlab.evaluation.truth.DriftRecovery}), and before it knows the changed contact about as
 * well as an unchanged one ({@link org.reachlab.evaluation.truth.PopulationRecovery})? {@link org.reachlab.evaluation.truth.GroundTruth}
 * reads a world's {@code truth/} files; {@link org.reachlab.evaluation.truth.TruthCheck} runs them
 * for any model families and {@link org.reachlab.evaluation.truth.TruthCheckWriter} writes the results.
 */
package org.reachlab.evaluation.truth;
