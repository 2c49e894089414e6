package org.reachlab.models.encoding;

import java.util.Arrays;
import org.reachlab.data.domain.Outcome;

/**
 * The running history of one contact: how many attempts, when the last attempt and the last contact
 * happened, the counts of previous outcomes in the buckets data-prep's feature rows use, and its
 * connects by hour of the day ({@link HourCounts}). Mutable; not thread-safe.
 */
public final class ContactHistory {

    /** Outcome buckets: contacts, no answer/no reply, voicemail, gatekeeper, busy, other. */
    public static final int BUCKETS = 6;

    private int attempts;
    private long lastAttempt = Long.MIN_VALUE;
    private long lastContact = Long.MIN_VALUE;
    private final int[] counts = new int[BUCKETS];
    private final HourCounts hours;

    /** A contact with no attempts yet. */
    public ContactHistory() {
        this.hours = new HourCounts();
    }

    /** A copy of another history. */
    public ContactHistory(ContactHistory other) {
        this.attempts = other.attempts;
        this.lastAttempt = other.lastAttempt;
        this.lastContact = other.lastContact;
        System.arraycopy(other.counts, 0, counts, 0, BUCKETS);
        this.hours = new HourCounts(other.hours);
    }

    /** Restores a saved history. */
    public static ContactHistory of(int attempts, long lastAttempt, long lastContact, int[] counts,
                                    HourCounts hours) {
        if (counts.length != BUCKETS) {
            throw new IllegalArgumentException("expected " + BUCKETS + " outcome counts, received " + counts.length);
        }
        ContactHistory h = new ContactHistory(hours);
        h.attempts = attempts;
        h.lastAttempt = lastAttempt;
        h.lastContact = lastContact;
        System.arraycopy(counts, 0, h.counts, 0, BUCKETS);
        return h;
    }

    private ContactHistory(HourCounts hours) {
        this.hours = new HourCounts(hours);
    }

    /** Records an attempt at {@code epochSecond}, in the contact's local slot of the week, with its outcome. */
    public void observe(long epochSecond, int slot, Outcome outcome) {
        hours.observe(epochSecond, HourCounts.dayPartOfSlot(slot), outcome.isContact());
        attempts++;
        lastAttempt = Math.max(lastAttempt, epochSecond);
        counts[bucket(outcome)]++;
        if (outcome.isContact()) {
            lastContact = Math.max(lastContact, epochSecond);
        }
    }

    /** The bucket of an outcome, as in data-prep's feature rows. */
    public static int bucket(Outcome o) {
        return switch (o) {
            case CONNECTED, REPLIED -> 0;
            case NO_ANSWER, NO_REPLY -> 1;
            case VOICEMAIL -> 2;
            case GATEKEEPER -> 3;
            case BUSY -> 4;
            case WRONG_NUMBER, FAILED, BOUNCED -> 5;
        };
    }

    /** Attempts so far. */
    public int attempts() {
        return attempts;
    }

    /** Epoch second of the latest attempt, {@link Long#MIN_VALUE} when none. */
    public long lastAttempt() {
        return lastAttempt;
    }

    /** Epoch second of the latest attempt that reached the person, {@link Long#MIN_VALUE} when none. */
    public long lastContact() {
        return lastContact;
    }

    /** A copy of the outcome counts by bucket. */
    public int[] counts() {
        return counts.clone();
    }

    /** The contact's own evidence by hour of the day (do not modify it). */
    public HourCounts hours() {
        return hours;
    }

    int count(int bucket) {
        return counts[bucket];
    }

    /** Hours from the last attempt to {@code epochSecond}, NaN when there was none; never negative. */
    public double hoursSincePrevious(long epochSecond) {
        return lastAttempt == Long.MIN_VALUE ? Double.NaN : Math.max(0, epochSecond - lastAttempt) / 3600.0;
    }

    /** Hours from the last contact to {@code epochSecond}, NaN when there was none; never negative. */
    public double hoursSinceLastContact(long epochSecond) {
        return lastContact == Long.MIN_VALUE ? Double.NaN : Math.max(0, epochSecond - lastContact) / 3600.0;
    }

    @Override
    public String toString() {
        return "ContactHistory[attempts=" + attempts + ", counts=" + Arrays.toString(counts) + "]";
    }
}
