package org.reachlab.models.policy.learned;

import java.time.Instant;
import java.time.LocalDateTime;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.Outcome;

/**
 * The outcome of one dial, as a learner sees it: the contact's index and local time besides what
 * {@link org.reachlab.models.Observation} (the input of a model's update) holds.
 *
 * @param contactIndex index of the contact in its world, or {@link #UNKNOWN_INDEX} where the dial
 *                     reaches a model as an {@link org.reachlab.models.Observation}
 * @param contact      the contact
 * @param local        the contact's local date and time of the dial
 * @param at           the instant of the dial
 * @param outcome      what happened
 */
public record ObservedDial(int contactIndex, Contact contact, LocalDateTime local, Instant at, Outcome outcome) {

    /** The index of a dial whose contact has no index in a world. */
    public static final int UNKNOWN_INDEX = -1;

    /** True when the right person was reached. */
    public boolean connected() {
        return outcome.isContact();
    }
}
