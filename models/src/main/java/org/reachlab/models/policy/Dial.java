package org.reachlab.models.policy;

import java.util.Arrays;

/**
 * One dial a policy wants made today.
 *
 * @param contactIndex index of the contact (as in {@link DueContact#index()})
 * @param hour         local hour of the contact's day, 0-23
 * @param repId        the rep who makes it
 * @param propensity   probability in (0, 1] that the policy chose this hour for this contact
 * @param distribution the policy's probability of each local hour 0-23 for this contact, or
 *                     {@code null} when it chose the hour deterministically
 */
public record Dial(int contactIndex, int hour, String repId, double propensity, double[] distribution) {

    public Dial {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("hour must be in 0..23, received " + hour);
        }
        if (!(propensity > 0 && propensity <= 1)) {
            throw new IllegalArgumentException("propensity must be in (0, 1], received " + propensity);
        }
        if (distribution != null && distribution.length != 24) {
            throw new IllegalArgumentException("distribution must have 24 hours, received " + distribution.length);
        }
    }

    /** A deterministic dial (propensity 1). */
    public static Dial certain(int contactIndex, int hour, String repId) {
        return new Dial(contactIndex, hour, repId, 1.0, null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dial d && d.contactIndex == contactIndex && d.hour == hour && d.repId.equals(repId)
                && d.propensity == propensity && Arrays.equals(d.distribution, distribution);
    }

    @Override
    public int hashCode() {
        return (contactIndex * 31 + hour) * 31 + repId.hashCode();
    }

    @Override
    public String toString() {
        return "Dial[contact=" + contactIndex + ", hour=" + hour + ", rep=" + repId + ", propensity=" + propensity + "]";
    }
}
