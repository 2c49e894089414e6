package org.reachlab.pipeline.plan;

import java.util.List;
import java.util.Map;

/**
 * What a plan left out and why, so that every contact read is accounted for.
 *
 * @param date             the plan's date
 * @param rules            where the calling rules came from
 * @param model            the model's family
 * @param contactRows      contact rows read
 * @param contactsRejected rows left out because they were rejected (any reason but the zone)
 * @param withoutZone      rows left out because no zone could be found for them
 * @param contacts         contacts considered
 * @param notDue           contacts not due, by the rule that stops them ({@code do_not_call}, the day, the cap, the pause)
 * @param noOpenHour       due contacts with no allowed hour inside their rep's working hours
 * @param notChosen        due contacts with an open hour that lost to better calls (capacity)
 * @param dropped          calls dropped at the final check at their exact minute (quiet hours inside an hour)
 * @param planned          calls planned
 * @param reps             reps planned for
 * @param repsOff          reps for whom the date is not a working day, with the days they work
 */
public record PlanSummary(String date, String rules, String model, long contactRows, long contactsRejected,
                          long withoutZone, long contacts, Map<String, Long> notDue, long noOpenHour, long notChosen,
                          long dropped, long planned, int reps, Map<String, String> repsOff) {

    /** The lines a command prints. */
    public List<String> lines() {
        return List.of(
                "planned " + planned + " calls for " + reps + " reps on " + date + " (" + model + " model, rules: "
                        + rules + ")",
                "contacts: " + contactRows + " rows read, " + contactsRejected + " rejected rows and " + withoutZone
                        + " without a zone left out, " + contacts + " considered",
                "not due: " + notDue + "; no open hour: " + noOpenHour + "; not chosen (capacity): " + notChosen
                        + (dropped > 0 ? "; dropped at the exact-minute check: " + dropped : ""),
                repsOff.isEmpty() ? "every rep works on " + date : "reps off on " + date + ": " + repsOff);
    }
}
