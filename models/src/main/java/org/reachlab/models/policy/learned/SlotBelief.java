package org.reachlab.models.policy.learned;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.reachlab.models.policy.DueContact;

/**
 * What a policy believes about each contact's connect probability by local hour of a day, with
 * its uncertainty, updated online.
 */
public interface SlotBelief extends Learner {

    /** A short name for reports. */
    String name();

    /** The posterior mean connect probability of each local hour 0-23 of the date. */
    double[] mean(DueContact contact, LocalDate date);

    /** One joint draw from the posterior of the 24 hourly connect probabilities of the date. */
    double[] sample(DueContact contact, LocalDate date, SplittableRandom random);

    /** A fresh copy that has learned nothing since {@code this} was built (for independent runs). */
    SlotBelief copy();
}
