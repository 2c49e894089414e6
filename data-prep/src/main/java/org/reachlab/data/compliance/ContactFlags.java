package org.reachlab.data.compliance;

import java.time.LocalTime;

/**
 * What a contact's own row says about calling them: the {@code do_not_call} flag and quiet hours
 * ({@code quiet_from}, {@code quiet_to} in contacts.csv, local wall-clock time of the contact). Quiet
 * hours may span midnight ({@code 20:00} to {@code 07:00}).
 *
 * @param doNotCall  never call this contact
 * @param quietFrom  first minute of the day of the quiet hours, or -1 for none
 * @param quietTo    minute of the day the quiet hours end (exclusive), or -1 for none
 */
public record ContactFlags(boolean doNotCall, int quietFrom, int quietTo) {

    /** No flags: callable whenever the rules allow. */
    public static final ContactFlags NONE = new ContactFlags(false, -1, -1);

    public ContactFlags {
        if ((quietFrom < 0) != (quietTo < 0)) {
            throw new IllegalArgumentException("quiet hours need both a start and an end, received quietFrom="
                    + quietFrom + " quietTo=" + quietTo);
        }
        if (quietFrom >= 0 && (quietFrom > 1439 || quietTo > 1440 || quietFrom == quietTo)) {
            throw new IllegalArgumentException("quiet hours need two different times of day, received "
                    + CallingWindow.format(quietFrom) + "-" + CallingWindow.format(quietTo));
        }
    }

    /** Whether the contact has quiet hours. */
    public boolean hasQuietHours() {
        return quietFrom >= 0;
    }

    /** Whether a call starting at this local time falls in the quiet hours. */
    public boolean quiet(LocalTime t) {
        return quiet(t.getHour() * 60 + t.getMinute());
    }

    /** Whether any minute of the local hour {@code h} falls in the quiet hours. */
    public boolean quietDuringHour(int h) {
        if (!hasQuietHours()) {
            return false;
        }
        for (int m = h * 60; m < h * 60 + 60; m++) {
            if (quiet(m)) {
                return true;
            }
        }
        return false;
    }

    private boolean quiet(int minute) {
        if (!hasQuietHours()) {
            return false;
        }
        return quietFrom < quietTo ? minute >= quietFrom && minute < quietTo
                : minute >= quietFrom || minute < quietTo;
    }

    /** The quiet hours as {@code HH:MM-HH:MM}, or an empty string. */
    public String quietText() {
        return hasQuietHours() ? CallingWindow.format(quietFrom) + "-" + CallingWindow.format(quietTo) : "";
    }
}
