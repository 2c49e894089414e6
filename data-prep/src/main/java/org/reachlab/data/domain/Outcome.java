package org.reachlab.data.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What happened on an attempt. {@link #CONNECTED} and {@link #REPLIED} are <em>contacts</em>;
 * everything else is not. Live channels (phone, video) and written channels (email, LinkedIn,
 * SMS) have disjoint outcome sets.
 */
public enum Outcome {
    CONNECTED(true, true),
    NO_ANSWER(true, false),
    VOICEMAIL(true, false),
    BUSY(true, false),
    GATEKEEPER(true, false),
    WRONG_NUMBER(true, false),
    FAILED(true, false),
    REPLIED(false, true),
    NO_REPLY(false, false),
    BOUNCED(false, false);

    private final boolean live;
    private final boolean contact;

    Outcome(boolean live, boolean contact) {
        this.live = live;
        this.contact = contact;
    }

    /** True when the right person was reached: {@code connected} or {@code replied}. */
    public boolean isContact() {
        return contact;
    }

    /** True when this outcome can be recorded for the given channel. */
    public boolean appliesTo(Channel channel) {
        return live == channel.isLive();
    }

    /** The lower-case code used in CSV files ({@code no_answer}, ...). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a code case-insensitively; empty when the text names no outcome. */
    public static Optional<Outcome> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (Outcome o : values()) {
            if (o.name().equals(t)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
