/**
 * Synthetic worlds with known ground truth: contacts whose true probability of a right-party
 * connect is known for every local hour of every date, built from segment profiles, personal
 * routines, holidays, vacations, trade fairs, month-end effects and routine changes, together
 * with the notes and emails in which some of them state their routine or absences.
 *
 * <p>{@link org.reachlab.data.synth.WorldFiles} reads a world YAML file over the bundled
 * defaults, {@link org.reachlab.data.synth.WorldGenerator} builds a
 * {@link org.reachlab.data.synth.SyntheticWorld} from it and a seed,
 * {@link org.reachlab.data.synth.Calibration} measures it, and
 * {@link org.reachlab.data.synth.WorldWriter} writes contacts, notes and the truth as files.
 */
package org.reachlab.data.synth;
