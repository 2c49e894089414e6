package org.reachlab.models.encoding;

/**
 * What contacts said about when they can be reached, as a weight per weekly slot: above 1 for a
 * stated good time, below 1 for a stated bad time or absence, {@code NaN} when nothing was said about
 * that slot. The encoding uses the weight as a feature with a presence flag.
 */
@FunctionalInterface
public interface StatedPreferences {

    /** No stated preferences at all. */
    StatedPreferences NONE = (contactId, slot) -> Double.NaN;

    /** The weight for the contact at the weekly slot (0–167), or {@code NaN} when none was stated. */
    double weight(String contactId, int slot);
}
