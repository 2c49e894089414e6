package org.reachlab.evaluation.simulation;

import java.time.OffsetDateTime;
import org.reachlab.data.synth.DialOutcome;

/**
 * One dial the simulator made.
 *
 * @param attemptId   unique id
 * @param contactIndex index of the contact in the world
 * @param contactId   the contact's id
 * @param at          when, with the contact's offset
 * @param repId       who dialed
 * @param result      outcome, duration, meeting
 * @param policy      the policy's name
 * @param propensity  the probability the policy chose this hour
 * @param probability the true connect probability of this dial (fatigue included)
 * @param expected    the expected connect probability over the policy's hour distribution
 */
public record SimulatedCall(String attemptId, int contactIndex, String contactId, OffsetDateTime at, String repId,
                            DialOutcome result, String policy, double propensity, double probability,
                            double expected) {
}
