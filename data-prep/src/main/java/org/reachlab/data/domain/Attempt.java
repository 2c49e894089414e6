package org.reachlab.data.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One contact attempt, as the dialer or CRM logged it.
 *
 * @param id            unique attempt id
 * @param contactId     who was called
 * @param at            when the attempt started (an instant; local time follows from the contact's zone)
 * @param outcome       what happened
 * @param channel       how (defaults to {@link Channel#PHONE})
 * @param repId         who made the attempt, or {@code null}
 * @param durationS     talk time in seconds, or {@code null}
 * @param meetingBooked whether a meeting came out of it, or {@code null} when not recorded
 * @param policy        the policy that chose this time, or {@code null}
 * @param propensity    probability in (0, 1] that the policy chose this time, or {@code null}
 * @param note          the rep's free-text note, or {@code null}
 */
public record Attempt(String id, String contactId, Instant at, Outcome outcome, Channel channel,
                      String repId, Integer durationS, Boolean meetingBooked, String policy,
                      Double propensity, String note) {

    public Attempt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(channel, "channel");
        if (!outcome.appliesTo(channel)) {
            throw new IllegalArgumentException(
                    "outcome " + outcome.code() + " does not apply to channel " + channel.code());
        }
        if (durationS != null && durationS < 0) {
            throw new IllegalArgumentException("durationS must be >= 0, received " + durationS);
        }
        if (propensity != null && !(propensity > 0 && propensity <= 1)) {
            throw new IllegalArgumentException("propensity must be in (0, 1], received " + propensity);
        }
    }

    /** A phone attempt with only the required fields. */
    public static Attempt phone(String id, String contactId, Instant at, Outcome outcome) {
        return new Attempt(id, contactId, at, outcome, Channel.PHONE, null, null, null, null, null, null);
    }

    /** True when the right person was reached. */
    public boolean isContact() {
        return outcome.isContact();
    }
}
