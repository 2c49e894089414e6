package org.reachlab.signals;

/** What a timing signal says about the contact. */
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
