/**
 * Pilots in the simulator, with a known answer: a world's reps each work their own book of
 * contacts, some of them switch to another policy from a start date
 * ({@link org.reachlab.evaluation.pilotsim.TeamPolicy}), and the true effect on the pilot team is
 * the difference between its expected contact rate with the pilot and without it, on the same world
 * and luck ({@link org.reachlab.evaluation.pilotsim.SimulatedPilot}).
 * {@link org.reachlab.evaluation.pilotsim.PilotCheck} runs many such pilots through the analysis
 * and counts how often its intervals cover the truth.
 */
package org.reachlab.evaluation.pilotsim;
