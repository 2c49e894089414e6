package org.reachlab.data.domain;

/**
 * What a timing statement says about the contact, in the terms of the timing-signal spec: the
 * kind of the statements the synthetic world writes into notes and of the signals read back out
 * of notes.
 */
public enum SignalKind {
    /** A good time to reach the person. */
    PREFER,
    /** A bad time, recurring or on a date. */
    AVOID,
    /** A dated absence: vacation, out of office, travel, sick leave. */
    UNAVAILABLE;

    /** True for the kinds scored together as "do not call" cells. */
    public boolean isNegative() {
        return this != PREFER;
    }
}
