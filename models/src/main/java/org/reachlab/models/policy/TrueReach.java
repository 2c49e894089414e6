package org.reachlab.models.policy;

import java.time.LocalDate;

/** The true connect probability of dialing a due contact at a local hour today, fatigue included. */
@FunctionalInterface
public interface TrueReach {

    /** The probability of a right-party connect. */
    double probability(DueContact contact, LocalDate date, int hour);
}
