package org.reachlab.signals.profile;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.reachlab.data.domain.LocalSlot;

/**
 * What a contact has said about when they can be reached: a weight per local weekly slot
 * (positive for PREFER, negative for AVOID, 0 when nothing was said; its magnitude is the
 * signal's confidence) and the dated statements (absences first among them).
 *
 * @param contactId the contact
 * @param weights   168 slot weights, index {@link LocalSlot#index()}
 * @param dated     dated statements, oldest first
 */
public record StatedProfile(String contactId, double[] weights, List<DatedStatement> dated) {

    public StatedProfile {
        if (weights == null || weights.length != LocalSlot.COUNT) {
            throw new IllegalArgumentException("weights must have " + LocalSlot.COUNT + " entries, received "
                    + (weights == null ? "null" : weights.length));
        }
        weights = weights.clone();
        dated = List.copyOf(dated);
    }

    /** A copy of the 168 slot weights. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** The weight of one slot. */
    public double weight(LocalSlot slot) {
        return weights[slot.index()];
    }

    /** The weight of a day and hour. */
    public double weight(DayOfWeek day, int hour) {
        return weights[LocalSlot.indexOf(day, hour)];
    }

    /** The dated absences (UNAVAILABLE and dated AVOID). */
    public List<DatedStatement> absences() {
        return dated.stream().filter(DatedStatement::isAbsence).toList();
    }

    /** True when a dated absence covers the whole given day or part of it. */
    public boolean absentOn(LocalDate day) {
        return absences().stream().anyMatch(a -> a.covers(day));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatedProfile p && java.util.Objects.equals(contactId, p.contactId)
                && Arrays.equals(weights, p.weights) && dated.equals(p.dated);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * java.util.Objects.hashCode(contactId) + Arrays.hashCode(weights)) + dated.hashCode();
    }

    @Override
    public String toString() {
        return "StatedProfile[contactId=" + contactId + ", nonZeroSlots="
                + Arrays.stream(weights).filter(w -> w != 0).count() + ", dated=" + dated.size() + "]";
    }
}
