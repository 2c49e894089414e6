package org.reachlab.data.features;

import java.time.Instant;
import java.time.LocalDate;
import org.reachlab.data.domain.Contact;

/**
 * The features of one attempt. History fields count only attempts of the same contact that came
 * strictly before this one.
 *
 * @param attemptId              the attempt
 * @param contact                its contact
 * @param at                     its instant
 * @param localDate              the local date in the contact's zone
 * @param dayOfWeek              1 (Monday) to 7
 * @param hour                   local hour, 0–23
 * @param minuteOfDay            local minute of the day, 0–1439
 * @param slot                   local slot of the week, 0–167
 * @param weekend                Saturday or Sunday
 * @param holiday                a public holiday in the contact's region
 * @param bridgeDay              a bridge day there
 * @param daysToNextHoliday      0 on a holiday
 * @param attemptNumber          1 for the contact's first attempt
 * @param hoursSincePrevious     hours since the contact's previous attempt, NaN for the first
 * @param hoursSinceLastContact  hours since the contact was last reached, NaN when never
 * @param previousContacts       previous attempts that reached the person
 * @param previousNoAnswer       previous {@code no_answer} and {@code no_reply}
 * @param previousVoicemail      previous {@code voicemail}
 * @param previousGatekeeper     previous {@code gatekeeper}
 * @param previousBusy           previous {@code busy}
 * @param previousOther          previous {@code wrong_number}, {@code failed}, {@code bounced}
 * @param outcome                this attempt's outcome code (the label's source)
 * @param contacted              whether this attempt reached the person (the label)
 * @param channel                channel code
 * @param events                 the contact's behavioural events before this attempt
 */
public record FeatureRow(String attemptId, Contact contact, Instant at, LocalDate localDate, int dayOfWeek, int hour,
                         int minuteOfDay, int slot, boolean weekend, boolean holiday, boolean bridgeDay,
                         int daysToNextHoliday, int attemptNumber, double hoursSincePrevious,
                         double hoursSinceLastContact, int previousContacts, int previousNoAnswer,
                         int previousVoicemail, int previousGatekeeper, int previousBusy, int previousOther,
                         String outcome, boolean contacted, String channel, EventCounts events) {

    /**
     * What a contact's behavioural events say before an attempt (events strictly before it only).
     *
     * @param before          the contact's events before the attempt
     * @param lastWeek        of those, the events of the 7 days before it
     * @param hoursSinceLast  hours since the contact's last event, NaN when none
     * @param sameHour        events before it in the same local hour of the day
     * @param withRep         events before it that name this attempt's rep (0 when the attempt names none)
     */
    public record EventCounts(int before, int lastWeek, double hoursSinceLast, int sameHour, int withRep) {

        /** No events. */
        public static final EventCounts NONE = new EventCounts(0, 0, Double.NaN, 0, 0);
    }
}
