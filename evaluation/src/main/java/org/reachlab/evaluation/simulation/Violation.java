package org.reachlab.evaluation.simulation;

import java.util.Locale;

/** A hard rule a planned dial broke; the simulator refuses such dials and counts them. */
public enum Violation {
    /** The contact is not due today (unknown, cooling down after a connect, or not callable today). */
    NOT_DUE,
    /** The day is a weekend or public holiday of the contact and the rules forbid calls on it. */
    DAY_NOT_ALLOWED,
    /** The local hour is outside the allowed calling hours. */
    OUTSIDE_HOURS,
    /** The contact has reached its maximum attempts this week. */
    WEEKLY_CAP,
    /** The rep is unknown or has no capacity left today. */
    CAPACITY,
    /** The rep has made its dials of the contact's local hour (see {@code HourlyLedger}). */
    HOURLY_CAPACITY,
    /** Too soon after the contact's previous attempt (the rules' minimum gap). */
    MIN_GAP;

    /** Lower-case code used in reports. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
