package org.reachlab.evaluation.truth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.stats.Averages;
import org.reachlab.stats.Bootstrap;
import org.reachlab.stats.Estimate;
import org.reachlab.stats.Percentiles;

/**
 * Profile recovery: a model's weekly profile of each contact against the contact's true profile
 * of the same week, by Pearson's correlation over a {@link SlotWindow}.
 *
 * <p>The truth of a slot is the routine in force on that date times the date's day factor
 * (holidays, bridge days, vacations, fairs, month-end), capped as in the world; {@code rBase} is
 * the same without day factors. A correlation is NaN when either profile is flat on the window
 * (a wrong number's truth is zero everywhere); such contacts are left out of the summaries.
 */
public final class ProfileRecovery {

    private ProfileRecovery() {
    }

    /**
     * One contact.
     *
     * @param contactId the contact
     * @param attempts  its attempts the model was trained on
     * @param r         correlation with the true profile of the week, day factors included
     * @param rBase     correlation with the routine in force, without day factors
     */
    public record ContactResult(String contactId, int attempts, double r, double rBase) {
    }

    /**
     * Correlations over a group of contacts.
     *
     * @param contacts      contacts with a defined correlation
     * @param undefined     contacts left out because a profile was flat on the window
     * @param mean          mean r with its 95% bootstrap interval (contacts resampled)
     * @param median        median r with its interval
     * @param shareAboveHalf share of contacts with r > 0.5
     */
    public record Summary(int contacts, int undefined, Estimate mean, Estimate median, double shareAboveHalf) {
    }

    /** Measures every contact the truth knows. */
    public static List<ContactResult> measure(ReachabilityModel model, Collection<Contact> contacts, GroundTruth truth,
                                              IsoWeek week, SlotWindow window, Map<String, Integer> attempts) {
        List<ContactResult> out = new ArrayList<>();
        for (Contact c : contacts) {
            if (!truth.knows(c.id())) {
                continue;
            }
            double[] p = model.profile(c, week).probabilities();
            out.add(new ContactResult(c.id(), attempts.getOrDefault(c.id(), 0),
                    window.pearson(p, truth.week(c.id(), week, true)),
                    window.pearson(p, truth.week(c.id(), week, false))));
        }
        return out;
    }

    /** Summarises the contacts whose attempt count passes the filter. */
    public static Summary summarise(List<ContactResult> results, IntPredicate attempts, int bootstrap, long seed) {
        List<ContactResult> group = results.stream().filter(r -> attempts.test(r.attempts())).toList();
        double[] r = group.stream().mapToDouble(ContactResult::r).filter(x -> !Double.isNaN(x)).toArray();
        long above = java.util.Arrays.stream(r).filter(x -> x > 0.5).count();
        return new Summary(r.length, group.size() - r.length, Bootstrap.ofValues(r, Averages::mean, bootstrap, seed),
                Bootstrap.ofValues(r, Percentiles::median, bootstrap, seed + 1), r.length == 0 ? Double.NaN
                : (double) above / r.length);
    }
}
