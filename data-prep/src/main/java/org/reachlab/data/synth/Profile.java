package org.reachlab.data.synth;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * A weekly routine in force from a date: the connect probability of each of the 168 local slots
 * (index = (day of week - 1) * 24 + hour) on an ordinary day, before holidays, absences and
 * month-end change it.
 *
 * @param from  first day this profile holds ({@link LocalDate#MIN} for the initial one)
 * @param shift hours the segment windows are moved by
 * @param habit the sharp habit, or {@code null}
 * @param slots the 168 probabilities (not copied: treat as read-only)
 */
public record Profile(LocalDate from, int shift, Habit habit, float[] slots) {

    /** The probability of a slot index. */
    public double at(int slot) {
        return slots[slot];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Profile p && p.from.equals(from) && p.shift == shift
                && java.util.Objects.equals(p.habit, habit) && Arrays.equals(p.slots, slots);
    }

    @Override
    public int hashCode() {
        return from.hashCode() * 31 + Arrays.hashCode(slots);
    }

    @Override
    public String toString() {
        return "Profile[from=" + from + ", shift=" + shift + ", habit=" + habit + "]";
    }
}
