package org.reachlab.evaluation.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.stats.Estimate;

/**
 * The promotion decision: the challenger replaces the champion only if the lower end of the 95%
 * interval of its paired uplift exceeds the stated minimum, and it broke no hard rule.
 *
 * @param promote    whether the challenger replaces the champion
 * @param champion   the policy in production
 * @param challenger the candidate
 * @param metric     the metric of the rule
 * @param uplift     challenger minus champion, paired by seed, with its 95% interval
 * @param minUplift  the stated minimum
 * @param reasons    the reasons, in plain words
 */
public record Decision(boolean promote, String champion, String challenger, Metric metric, Estimate uplift,
                       double minUplift, List<String> reasons) {

    /**
     * Applies the rule.
     *
     * @param uplift               paired differences challenger - champion over seeds
     * @param challengerViolations refused dials of the challenger over all seeds
     * @param notes                further facts written into the reasons (OPE, time to connect)
     */
    public static Decision decide(String champion, String challenger, Metric metric, Estimate uplift, double minUplift,
                                  long challengerViolations, List<String> notes) {
        List<String> reasons = new ArrayList<>();
        boolean promote;
        if (challenger.equals(champion)) {
            reasons.add("the challenger is the champion itself: nothing to change");
            promote = false;
        } else if (uplift.n() < 2 || Double.isNaN(uplift.lo())) {
            reasons.add(String.format(Locale.ROOT, "only %d seed(s): no interval for the uplift, so the champion stays;"
                    + " run at least 2 seeds", uplift.n()));
            promote = false;
        } else {
            reasons.add(String.format(Locale.ROOT, "%s uplift of %s over %s: %+.2f points (95%% interval %+.2f to %+.2f,"
                    + " paired over %d seeds)", metric.label(), challenger, champion, 100 * uplift.value(),
                    100 * uplift.lo(), 100 * uplift.hi(), uplift.n()));
            promote = uplift.lo() > minUplift;
            reasons.add(String.format(Locale.ROOT, "the lower end %+.2f points %s the required minimum %+.2f points",
                    100 * uplift.lo(), promote ? "exceeds" : "does not exceed", 100 * minUplift));
        }
        if (challengerViolations > 0) {
            reasons.add(challenger + " planned " + challengerViolations + " dials that broke a hard rule: not promoted");
            promote = false;
        }
        reasons.addAll(notes);
        reasons.add(0, promote ? "PROMOTE: " + challenger + " replaces " + champion
                : "KEEP: " + champion + " stays in production");
        return new Decision(promote, champion, challenger, metric, uplift, minUplift, List.copyOf(reasons));
    }

    /**
     * Applies the rule to an off-policy comparison on a call log.
     *
     * @param uplift    challenger minus champion with its 95% bootstrap interval ({@code n} = contacts resampled)
     * @param problems  why the champion's or the challenger's estimate cannot be trusted; any refuses promotion
     * @param notes     further facts written into the reasons
     */
    public static Decision decideOffPolicy(String champion, String challenger, Estimate uplift, double minUplift,
                                           List<String> problems, List<String> notes) {
        List<String> reasons = new ArrayList<>();
        boolean promote;
        if (challenger.equals(champion)) {
            reasons.add("the challenger is the champion itself: nothing to change");
            promote = false;
        } else if (Double.isNaN(uplift.lo())) {
            reasons.add("no interval for the uplift (no resample had dials of both policies), so the champion stays");
            promote = false;
        } else {
            reasons.add(String.format(Locale.ROOT, "estimated contact rate uplift of %s over %s on the logged dials:"
                    + " %+.2f points (95%% bootstrap interval %+.2f to %+.2f, resampling %d contacts; doubly robust)",
                    challenger, champion, 100 * uplift.value(), 100 * uplift.lo(), 100 * uplift.hi(), uplift.n()));
            promote = uplift.lo() > minUplift;
            reasons.add(String.format(Locale.ROOT, "the lower end %+.2f points %s the required minimum %+.2f points",
                    100 * uplift.lo(), promote ? "exceeds" : "does not exceed", 100 * minUplift));
        }
        if (!problems.isEmpty() && !challenger.equals(champion)) {
            for (String p : problems) {
                reasons.add(p + ": not promoted");
            }
            promote = false;
        }
        reasons.addAll(notes);
        reasons.add(0, promote ? "PROMOTE: " + challenger + " replaces " + champion
                : "KEEP: " + champion + " stays in production");
        return new Decision(promote, champion, challenger, Metric.CONTACT_RATE, uplift, minUplift, List.copyOf(reasons));
    }
}
