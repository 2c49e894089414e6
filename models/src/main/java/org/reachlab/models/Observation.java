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
 */
public record Observation(Contact contact, Instant at, Outcome outcome) {

    public Observation {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** True when the right person was reached. */
    public boolean connected() {
        return outcome.isContact();
    }
}
