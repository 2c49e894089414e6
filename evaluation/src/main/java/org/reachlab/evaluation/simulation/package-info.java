/**
 * The simulator: dials a synthetic world day by day with a policy, enforces and counts the hard
 * rules, logs every attempt in the calls.csv format with the policy and its propensity, and
 * reports the sampled contact rate next to the exact expected one from the ground truth.
 * {@link org.reachlab.evaluation.simulation.HistoryGenerator} writes a complete generated
 * dataset (world, logged history, truth, summary).
 */
package org.reachlab.evaluation.simulation;
