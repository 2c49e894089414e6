package org.reachlab.models;

import java.util.Arrays;
import java.util.Objects;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.time.IsoWeek;

/**
 * A contact's connect probability for each of the 168 local slots of one ISO week.
 *
 * @param contactId     the contact
 * @param week          the ISO week
 * @param probabilities 168 probabilities, index {@link LocalSlot#index()} (Monday 00h = 0)
 */
public record WeeklyProfile(String contactId, IsoWeek week, double[] probabilities) {

    public WeeklyProfile {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(week, "week");
        if (probabilities == null || probabilities.length != LocalSlot.COUNT) {
            throw new IllegalArgumentException("probabilities must have " + LocalSlot.COUNT + " entries, received "
                    + (probabilities == null ? "null" : probabilities.length));
        }
    }

    /** The probability of one slot. */
    public double get(int slot) {
        return probabilities[slot];
    }

    /** The slot with the highest probability (the earliest on ties). */
    public int bestSlot() {
        int best = 0;
        for (int s = 1; s < probabilities.length; s++) {
            if (probabilities[s] > probabilities[best]) {
                best = s;
            }
        }
        return best;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyProfile p && contactId.equals(p.contactId) && week.equals(p.week)
                && Arrays.equals(probabilities, p.probabilities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, week, Arrays.hashCode(probabilities));
    }

    @Override
    public String toString() {
        return "WeeklyProfile[" + contactId + ", " + week + ", best " + LocalSlot.of(bestSlot()) + "]";
    }
}
