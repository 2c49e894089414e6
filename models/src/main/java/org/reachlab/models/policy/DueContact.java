package org.reachlab.models.policy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.reachlab.data.domain.Contact;

/**
 * A contact that may be called today, with what a policy may know of its history.
 *
 * @param index             the contact's index in the world
 * @param contact           the contact
 * @param allowedHours      bit h set when the hard rules allow a call at local hour h today
 * @param remainingThisWeek dials still allowed this week
 * @param attempts          dials so far
 * @param lastAttempt       when it was last dialed, or {@code null}
 * @param hourCounts        dials so far by local hour of day (length 24; read-only)
 * @param recentAttempts    local times of the dials of the last two weeks (read-only)
 */
public record DueContact(int index, Contact contact, int allowedHours, int remainingThisWeek, int attempts,
                         Instant lastAttempt, int[] hourCounts, List<LocalDateTime> recentAttempts) {

    /** True when a call at the local hour is allowed today. */
    public boolean allows(int hour) {
        return hour >= 0 && hour < 24 && (allowedHours & (1 << hour)) != 0;
    }

    /** The allowed hours within [from, to), ascending. */
    public int[] allowedIn(int from, int to) {
        int n = 0;
        int[] out = new int[Math.max(0, to - from)];
        for (int h = from; h < to; h++) {
            if (allows(h)) {
                out[n++] = h;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
