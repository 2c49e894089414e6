package org.reachlab.evaluation.simulation;

import java.util.Map;

/**
 * What a simulation run gave.
 *
 * @param policy            the policy's name
 * @param days              simulated days
 * @param dials             dials made
 * @param connects          sampled connects
 * @param expectedConnects  sum over dials of the expected connect probability from the ground
 *                          truth (over the policy's hour distribution where it reported one)
 * @param meetings          meetings booked
 * @param contactsReached   distinct contacts connected at least once
 * @param violations        refused dials by rule
 */
public record SimulationResult(String policy, int days, long dials, long connects, double expectedConnects,
                               long meetings, long contactsReached, Map<Violation, Long> violations) {

    /** Sampled connects per dial. */
    public double sampledRate() {
        return dials == 0 ? 0 : (double) connects / dials;
    }

    /** Exact expected connects per dial from the ground truth. */
    public double expectedRate() {
        return dials == 0 ? 0 : expectedConnects / dials;
    }

    /** All refused dials. */
    public long totalViolations() {
        return violations.values().stream().mapToLong(Long::longValue).sum();
    }
}
