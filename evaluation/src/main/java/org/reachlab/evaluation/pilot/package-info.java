/**
 * Pilot analysis: did the pilot team reach more people than it would have without the change?
 * Reads a call log with reps ({@link org.reachlab.evaluation.pilot.PilotLog}), splits the reps into
 * a pilot and a control team ({@link org.reachlab.evaluation.pilot.Teams}), aggregates the calls per
 * rep and week ({@link org.reachlab.evaluation.pilot.PilotCells}) and estimates each metric's
 * difference in differences with randomisation inference over rep assignments
 * ({@link org.reachlab.evaluation.pilot.PilotAnalysis}), with the checks a careful analyst runs first.
 * {@link org.reachlab.evaluation.pilot.PilotDesign} plans a pilot from a historical log.
 */
package org.reachlab.evaluation.pilot;
