package org.reachlab.data.compliance;

import java.time.Instant;
import java.util.List;

/**
 * What the rules need to know of a contact's past attempts: their start instants in time order and
 * the instant of the last connect.
 *
 * @param attempts    start instants of earlier attempts, oldest first
 * @param lastConnect the last attempt that connected, or {@code null}
 */
public record CallHistory(List<Instant> attempts, Instant lastConnect) {

    /** A contact never called. */
    public static final CallHistory EMPTY = new CallHistory(List.of(), null);

    public CallHistory {
        attempts = List.copyOf(attempts);
    }

    /** The history with one more attempt (later than every earlier one). */
    public CallHistory plus(Instant at, boolean connected) {
        java.util.ArrayList<Instant> a = new java.util.ArrayList<>(attempts);
        a.add(at);
        return new CallHistory(a, connected ? at : lastConnect);
    }

    /** The last attempt, or {@code null}. */
    public Instant last() {
        return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
    }
}
