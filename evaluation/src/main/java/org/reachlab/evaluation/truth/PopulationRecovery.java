package org.reachlab.evaluation.truth;

import java.util.ArrayList;
import java.util.List;
import org.reachlab.stats.Averages;
import org.reachlab.stats.Bootstrap;
import org.reachlab.stats.Estimate;

/**
 * Population-level drift recovery: how a changed contact's profile compares, k attempts after the
 * change, with how well the same model knows an unchanged contact in the same week.
 *
 * <p>During the drift replay, r_ref(w) is the mean correlation, over a fixed seeded sample of
 * contacts whose routine does not change in the replay, of the model's profile of ISO week w with
 * their true profile of w (measured when the replay reaches week w). For a changed contact, its
 * gap at k is r_ref(w_k) − r_new(k), w_k the ISO week of its k-th attempt since the change. gap(k)
 * is the mean over the changed contacts observed at k (at least k attempts after the change and
 * defined correlations), with a 95% percentile bootstrap interval over those contacts.
 *
 * <p><b>Attempts to population recovery</b> is the smallest reported k (a checkpoint with at least
 * {@link #MIN_CONTACTS} contacts) from which the upper end of the interval of gap stays at or below
 * the tolerance at every later reported k; undefined ("not within K attempts") when the last
 * reported k does not meet it. For a user: after that many attempts since a routine change, the
 * model knows the changed contact's new routine about as well (within the tolerance in r) as it
 * knows an unchanged contact's routine at that time. The contacts observed at each k differ
 * (contacts with fewer attempts drop out), and the sign is not checked below: a negative gap (the
 * changed contacts better known than the average unchanged one) also counts.
 */
public final class PopulationRecovery {

    /** A checkpoint needs at least this many changed contacts to be reported. */
    public static final int MIN_CONTACTS = 10;

    private PopulationRecovery() {
    }

    /**
     * The gap at one k.
     *
     * @param k        attempts since the change
     * @param contacts changed contacts observed at k with r_new(k) and r_ref defined
     * @param meanRef  mean r_ref of the weeks of their k-th attempts
     * @param meanNew  mean r_new(k)
     * @param gap      mean r_ref − r_new(k) with its 95% bootstrap interval over contacts
     * @param within   whether the upper end of the interval is at or below the tolerance
     */
    public record Point(int k, int contacts, double meanRef, double meanNew, Estimate gap, boolean within) {
    }

    /**
     * A family's population-level recovery.
     *
     * @param referenceContacts unchanged contacts sampled for r_ref
     * @param tolerance         the tolerance on the gap's upper bound
     * @param points            the reported checkpoints (at least {@link #MIN_CONTACTS} contacts)
     * @param attempts          attempts to population recovery, or −1 when not reached
     * @param lastK             the last reported k (−1 when none)
     * @param reference         r_ref per ISO week of the replay
     */
    public record Summary(int referenceContacts, double tolerance, List<Point> points, int attempts, int lastK,
                          List<DriftRecovery.WeekReference> reference) {

        /** Whether the gap came within the tolerance at some k and stayed there. */
        public boolean recovered() {
            return attempts >= 0;
        }
    }

    /**
     * The checkpoints of population recovery: the drift checkpoints, and beyond the last of them every
     * 10th k up to {@code maxAttempts} (and {@code maxAttempts} itself), so a longer follow-up is reported.
     */
    public static int[] checkpoints(int[] drift, int maxAttempts) {
        java.util.TreeSet<Integer> ks = new java.util.TreeSet<>();
        int last = 0;
        for (int k : drift) {
            ks.add(k);
            last = Math.max(last, k);
        }
        for (int k = (last / 10 + 1) * 10; k < maxAttempts; k += 10) {
            ks.add(k);
        }
        if (maxAttempts > last) {
            ks.add(maxAttempts);
        }
        return ks.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Summarises the tracks of a replay with reference contacts. */
    public static Summary summarise(DriftRecovery.Replay replay, int referenceContacts, int[] checkpoints,
                                    int maxAttempts, double tolerance, int bootstrap, long seed) {
        List<Point> points = new ArrayList<>();
        for (int k : checkpoints) {
            if (k > maxAttempts) {
                continue;
            }
            List<Double> gaps = new ArrayList<>();
            double sr = 0;
            double sn = 0;
            for (DriftRecovery.Track t : replay.tracks()) {
                if (t.rNew().length > k && !Double.isNaN(t.rNew()[k]) && !Double.isNaN(t.rRef()[k])) {
                    gaps.add(t.rRef()[k] - t.rNew()[k]);
                    sr += t.rRef()[k];
                    sn += t.rNew()[k];
                }
            }
            int m = gaps.size();
            if (m < MIN_CONTACTS) {
                continue;
            }
            double[] g = gaps.stream().mapToDouble(Double::doubleValue).toArray();
            Estimate e = Bootstrap.ofValues(g, Averages::mean, bootstrap, seed + k);
            double hi = Double.isNaN(e.hi()) ? e.value() : e.hi();
            points.add(new Point(k, m, sr / m, sn / m, e, hi <= tolerance));
        }
        int attempts = -1;
        for (int i = points.size() - 1; i >= 0 && points.get(i).within(); i--) {
            attempts = points.get(i).k();
        }
        int lastK = points.isEmpty() ? -1 : points.get(points.size() - 1).k();
        return new Summary(referenceContacts, tolerance, points, attempts, lastK, replay.reference());
    }
}
