package org.reachlab.data.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a behavioural event records (events.csv's {@code kind}): something a contact did, or
 * received, besides being called.
 */
public enum EventKind {
    /** The contact opened an email. */
    EMAIL_OPEN(true),
    /** The contact answered an email. */
    EMAIL_REPLY(true),
    /** The contact started an email. */
    EMAIL_SENT_BY_CONTACT(true),
    /** The contact visited the website. */
    WEB_VISIT(true),
    /** The contact accepted a meeting. */
    MEETING_ACCEPTED(true),
    /** A meeting with the contact took place. */
    MEETING_HELD(true),
    /** The contact called a rep. */
    INBOUND_CALL(true),
    /** The contact chatted. */
    CHAT(true),
    /** The contact was active on LinkedIn. */
    LINKEDIN_ACTIVITY(true),
    /** The contact sent a text. */
    SMS_IN(true),
    /** The contact received a text. */
    SMS_OUT(false);

    private final boolean byContact;

    EventKind(boolean byContact) {
        this.byContact = byContact;
    }

    /** True when the contact acted (everything but a text they received). */
    public boolean byContact() {
        return byContact;
    }

    /** True for a kind that answers a message of a rep ({@code email_reply}, {@code sms_in}, {@code chat}). */
    public boolean answers() {
        return this == EMAIL_REPLY || this == SMS_IN || this == CHAT;
    }

    /** The lower-case code used in CSV files ({@code email_open}, {@code sms_in}, ...). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The codes of every kind, comma-separated, for messages. */
    public static String codes() {
        StringBuilder sb = new StringBuilder();
        for (EventKind k : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(k.code());
        }
        return sb.toString();
    }

    /** Parses a code case-insensitively; empty when the text names no kind. */
    public static Optional<EventKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (EventKind k : values()) {
            if (k.name().equals(t)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
