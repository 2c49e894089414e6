package org.reachlab.models;

import java.time.Instant;
import java.util.Objects;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.Outcome;

/**
 * One attempt's outcome, as fed to {@link ReachabilityModel#update}.
 *
 * @param contact who was called
 * @param at      when the attempt started
 * @param outcome what happened; {@link #connected()} is {@link Outcome#isContact()}
 * @param repId   the rep who made the attempt, or {@code null} when the log does not name one
 */
public record Observation(Contact contact, Instant at, Outcome outcome, String repId) {

    public Observation {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** An outcome whose rep is not named. */
    public Observation(Contact contact, Instant at, Outcome outcome) {
        this(contact, at, outcome, null);
    }

    /** True when the right person was reached. */
    public boolean connected() {
        return outcome.isContact();
    }
}
