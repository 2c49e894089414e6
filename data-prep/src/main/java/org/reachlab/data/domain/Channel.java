package org.reachlab.data.domain;

import java.util.Locale;
import java.util.Optional;

/** How an attempt reached (or tried to reach) a contact. */
public enum Channel {
    PHONE(true), EMAIL(false), VIDEO(true), LINKEDIN(false), SMS(false);

    private final boolean live;

    Channel(boolean live) {
        this.live = live;
    }

    /** True for channels where the person answers in real time (phone, video). */
    public boolean isLive() {
        return live;
    }

    /** The lower-case code used in CSV files ({@code phone}, {@code email}, ...). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a code case-insensitively; empty when the text names no channel. */
    public static Optional<Channel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (Channel c : values()) {
            if (c.name().equals(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
