package org.reachlab.models;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.reachlab.data.domain.LocalSlot;

/**
 * One contact's stated preferences.
 *
 * @param contactId the contact
 * @param weights   168 local slot weights in [-1, 1], index {@link LocalSlot#index()}: positive where the
 *                  contact said it is a good time, negative where it said to avoid, 0 where nothing
 *                  was said; the magnitude is the confidence
 * @param absences  dated absences (vacations, fairs, "out until the 14th")
 * @param knownFrom when the weights became known (the note's time), or {@code null} for always; a
 *                  backtest uses only preferences known before its split
 */
public record ContactPreferences(String contactId, double[] weights, List<Absence> absences, Instant knownFrom) {

    public ContactPreferences {
        Objects.requireNonNull(contactId, "contactId");
        if (weights == null || weights.length != LocalSlot.COUNT) {
            throw new IllegalArgumentException("weights must have " + LocalSlot.COUNT + " entries, received "
                    + (weights == null ? "null" : weights.length));
        }
        for (int s = 0; s < weights.length; s++) {
            if (!(weights[s] >= -1 && weights[s] <= 1)) {
                throw new IllegalArgumentException("weights must be in [-1, 1], received " + weights[s]
                        + " at slot " + LocalSlot.of(s) + " for contact " + contactId);
            }
        }
        weights = weights.clone();
        absences = List.copyOf(absences);
    }

    /** The weight of one slot. */
    public double weight(int slot) {
        return weights[slot];
    }

    /** A copy of the weights. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** True when any slot weight is non-zero. */
    public boolean hasWeights() {
        for (double w : weights) {
            if (w != 0) {
                return true;
            }
        }
        return false;
    }

    /** The absence covering a local date and hour, if any (a whole-day absence covers every hour). */
    public boolean absent(LocalDate date, int hour) {
        for (Absence a : absences) {
            if (a.covers(date, hour)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactPreferences p && contactId.equals(p.contactId)
                && Arrays.equals(weights, p.weights) && absences.equals(p.absences)
                && Objects.equals(knownFrom, p.knownFrom);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, Arrays.hashCode(weights), absences, knownFrom);
    }

    @Override
    public String toString() {
        return "ContactPreferences[" + contactId + ", nonZeroSlots=" + Arrays.stream(weights).filter(w -> w != 0).count()
                + ", absences=" + absences.size() + "]";
    }
}
