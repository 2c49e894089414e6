/**
 * Scoring extraction against labelled notes exactly as the specification measures it: signals
 * become (day or date, hour) cells over 07:00–21:00, PREFER apart from AVOID/UNAVAILABLE; a note
 * scores the F1 of its cells; the corpus reports the mean F1, the false-alarm rate and the miss rate.
 */
package org.reachlab.signals.eval;
