package org.reachlab.data.synth;

import org.reachlab.data.domain.Outcome;

/**
 * What one simulated phone dial gave.
 *
 * @param outcome       the outcome
 * @param durationS     talk or ring time in seconds
 * @param meetingBooked whether a meeting was booked (only after a connect)
 */
public record DialOutcome(Outcome outcome, int durationS, boolean meetingBooked) {
}
