package org.reachlab.pipeline.plan;

import java.time.ZonedDateTime;
import org.reachlab.data.domain.Channel;
import org.reachlab.data.domain.Contact;

/**
 * One call of a plan.
 *
 * @param repId          who makes it
 * @param contact        who is called
 * @param localStart     when it starts, in the contact's zone
 * @param repStart       the same instant in the rep's zone
 * @param probability    the model's connect probability
 * @param probabilityLo  lower end of the 80% posterior interval, or {@code NaN} for a family without a posterior
 * @param probabilityHi  upper end of the 80% posterior interval, or {@code NaN}
 * @param channel        the channel to use
 * @param reason         why this contact at this time, for a person
 */
public record PlannedCall(String repId, Contact contact, ZonedDateTime localStart, ZonedDateTime repStart,
                          double probability, double probabilityLo, double probabilityHi, Channel channel,
                          String reason) {

    /** Whether the probability has an interval. */
    public boolean hasInterval() {
        return !Double.isNaN(probabilityLo);
    }

    /** The same call with another interval. */
    PlannedCall withInterval(double lo, double hi) {
        return new PlannedCall(repId, contact, localStart, repStart, probability, lo, hi, channel, reason);
    }

    /** The same call with a reason. */
    PlannedCall withReason(String r) {
        return new PlannedCall(repId, contact, localStart, repStart, probability, probabilityLo, probabilityHi,
                channel, r);
    }
}
