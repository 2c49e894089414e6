package org.reachlab.data.compliance;

/** Why a call at a given time to a given contact is not allowed. */
public enum RuleBreach {
    /** The contact is flagged {@code do_not_call}. */
    DO_NOT_CALL("the contact is flagged do_not_call"),
    /** The contact's local day is not a calling day (weekday not allowed, or a public holiday). */
    DAY_NOT_ALLOWED("no calls on this local day"),
    /** The local start time is outside the calling window of the contact's country or region. */
    OUTSIDE_WINDOW("outside the calling window"),
    /** The local start time is inside the contact's quiet hours. */
    QUIET_HOURS("inside the contact's quiet hours"),
    /** The contact already has the week's maximum number of attempts. */
    WEEKLY_CAP("the weekly attempt cap is used up"),
    /** Too soon after the previous attempt to the contact. */
    MIN_GAP("too soon after the previous attempt"),
    /** Still within the pause after the contact's last connect. */
    PAUSE_AFTER_CONNECT("within the pause after a connect");

    private final String text;

    RuleBreach(String text) {
        this.text = text;
    }

    /** What the breach means, for a person. */
    public String text() {
        return text;
    }
}
