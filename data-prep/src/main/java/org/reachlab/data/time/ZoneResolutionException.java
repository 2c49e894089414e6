package org.reachlab.data.time;

/** A contact's zone cannot be determined; the message says why and what to give instead. */
public final class ZoneResolutionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ZoneResolutionException(String message) {
        super(message);
    }
}
