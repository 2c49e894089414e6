package org.reachlab.pipeline.plan;

import java.util.Objects;
import org.reachlab.data.compliance.CallHistory;
import org.reachlab.data.compliance.ContactFlags;
import org.reachlab.data.domain.Channel;
import org.reachlab.data.domain.Contact;

/**
 * A contact the plan may call, with what the rules need of it.
 *
 * @param contact the contact
 * @param flags   its {@code do_not_call} flag and quiet hours
 * @param history its earlier attempts and last connect
 * @param owner   the rep who called it last, or {@code null}
 * @param channel the live channel it was called on most, {@link Channel#PHONE} when never called
 */
public record Callee(Contact contact, ContactFlags flags, CallHistory history, String owner, Channel channel) {

    public Callee {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(channel, "channel");
    }
}
