package org.reachlab.evaluation.truth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.evaluation.experiment.KaplanMeier;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.TrainingData;
import org.reachlab.stats.Bootstrap;
import org.reachlab.stats.Estimate;

/**
 * Drift recovery: how many attempts after a routine change a model learning online needs before
 * its profile of the contact looks more like the new routine than the old one.
 *
 * <p>The replay feeds every attempt of the test period, of every contact, to
 * {@link ReachabilityModel#update} in time order (as the backtest's online mode does; a prediction
 * before each update would not change the model, so none is made). For each contact whose routine
 * changes inside the period, the model's profile of the ISO week of the attempt is compared, after
 * k = 0 (just before the first attempt on or after the change date), 1, 2, … attempts since the
 * change, with the new routine and with the old one over that same week (each with the week's day
 * factors): r_new(k) and r_old(k).
 *
 * <p><b>Recovery.</b> A contact counts when the model was closer to the old routine at the change,
 * r_new(0) < r_old(0) (otherwise there is nothing to recover from: the model had not learned the
 * old routine apart from the new one). It recovers at the first k ≥ 1 from which r_new > r_old holds
 * for {@link #HOLD} attempts in a row (k to k + 4), so that a profile that only wobbles across does
 * not count; a contact that never does is censored at its last observed attempt (at most
 * {@code maxAttempts}).
 * The median attempts to recovery is the Kaplan–Meier median of these times, with a 95% bootstrap
 * interval over contacts; it is infinite when fewer than half recover within the cap.
 */
public final class DriftRecovery {

    /** Attempts in a row r_new > r_old must hold for a recovery. */
    public static final int HOLD = 5;

    private DriftRecovery() {
    }

    /**
     * One contact whose routine changed.
     *
     * @param contactId   the contact
     * @param change      first local date of the new routine
     * @param before      attempts before the change (training and replay)
     * @param after       attempts on or after the change in the replay
     * @param rNew        r_new(k), k = 0..min(after, maxAttempts); NaN where a profile is flat
     * @param rOld        r_old(k)
     * @param recoveredAt the first k ≥ 1 with r_new > r_old at k to k + {@link #HOLD} − 1, or −1
     * @param rRef        r_ref of the ISO week of the k-th attempt (the mean correlation of the unchanged
     *                    reference contacts with their truth, {@link WeekReference}), aligned with rNew;
     *                    NaN without reference contacts
     */
    public record Track(String contactId, LocalDate change, int before, int after, double[] rNew, double[] rOld,
                        int recoveredAt, double[] rRef) {

        /** Whether the model was closer to the old routine at the change, with at least one attempt after it. */
        public boolean eligible() {
            return after > 0 && rNew.length > 0 && rNew[0] < rOld[0];
        }
    }

    /**
     * Means over the contacts observed at one k.
     *
     * @param k               attempts since the change
     * @param contacts        contacts with at least k attempts since the change (and defined correlations)
     * @param meanNew         mean r_new(k)
     * @param meanOld         mean r_old(k)
     * @param shareCloserToNew share of those contacts with r_new(k) > r_old(k)
     * @param notRecovered    Kaplan–Meier share of the eligible contacts not recovered after k attempts
     */
    public record Checkpoint(int k, int contacts, double meanNew, double meanOld, double shareCloserToNew,
                             double notRecovered) {
    }

    /**
     * A family's drift recovery.
     *
     * @param changed        contacts whose routine changes inside the replay
     * @param withAttempts   of those, contacts with at least one attempt after the change
     * @param eligible       of those, contacts the model was closer to the old routine for at the change
     * @param recovered      eligible contacts that recovered within their observed attempts
     * @param attemptsAfter  attempts after the change over the eligible contacts, up to the cap
     * @param medianAttempts Kaplan–Meier median attempts to recovery [95% CI]; infinite beyond the cap
     * @param checkpoints    the checkpoints asked for
     * @param maxAttempts    the cap
     */
    public record Summary(int changed, int withAttempts, int eligible, int recovered, long attemptsAfter,
                          Estimate medianAttempts, List<Checkpoint> checkpoints, int maxAttempts) {

        /** Share of eligible contacts that recovered within their observed attempts. */
        public double shareRecovered() {
            return eligible == 0 ? Double.NaN : (double) recovered / eligible;
        }
    }

    /**
     * How well the model knows the unchanged reference contacts in one ISO week of the replay.
     *
     * @param week     the ISO week (of local dates)
     * @param contacts reference contacts with a defined correlation
     * @param meanR    r_ref: their mean correlation of the model's profile of the week with the true
     *                 profile of the week (routine in force × the week's day factors), measured when the
     *                 replay reaches the first attempt of that week, before it is learned
     */
    public record WeekReference(String week, int contacts, double meanR) {
    }

    /** The tracks of the changed contacts and the reference level per ISO week. */
    public record Replay(List<Track> tracks, List<WeekReference> reference) {
    }

    /**
     * Replays the test rows through the model (which it changes), tracking the contacts with a change
     * date in {@code changes}; no reference contacts (r_ref is NaN).
     */
    public static List<Track> replay(ReachabilityModel model, TrainingData test, Map<String, LocalDate> changes,
                                     Map<String, Integer> before, GroundTruth truth, SlotWindow window,
                                     int maxAttempts) {
        return replay(model, test, changes, before, truth, window, maxAttempts, List.of()).tracks();
    }

    /**
     * Replays the test rows through the model (which it changes), tracking the contacts with a change
     * date in {@code changes}. When the replay reaches the first attempt (of any contact) whose local
     * date falls in an ISO week not seen before, before learning it, the model's profile of that week
     * is correlated with the true profile of the week for every {@code reference} contact (contacts
     * whose routine does not change in the replay): their mean is r_ref of the week.
     *
     * @param model       trained on everything before the first test row
     * @param test        the replay, in time order
     * @param changes     contact id → first date of the new routine, for the contacts to track
     * @param before      contact id → attempts the model was trained on
     * @param maxAttempts last k evaluated
     * @param reference   unchanged contacts for r_ref (may be empty)
     */
    public static Replay replay(ReachabilityModel model, TrainingData test, Map<String, LocalDate> changes,
                                Map<String, Integer> before, GroundTruth truth, SlotWindow window,
                                int maxAttempts, List<Contact> reference) {
        Map<String, State> states = new LinkedHashMap<>();
        changes.forEach((id, d) -> states.put(id, new State(d, before.getOrDefault(id, 0), maxAttempts)));
        Map<IsoWeek, WeekReference> refs = new LinkedHashMap<>();
        for (int k = 0; k < test.size(); k++) {
            Contact c = test.contact(k);
            State s = states.get(c.id());
            LocalDate date = test.localDate(k);
            IsoWeek week = IsoWeek.of(date);
            WeekReference ref = refs.get(week);
            if (ref == null) {
                ref = reference(model, reference, week, truth, window);
                refs.put(week, ref);
            }
            if (s != null && s.after == 0 && !date.isBefore(s.change)) {
                s.record(0, model, c, week, truth, window, ref.meanR());
            }
            model.update(test.observation(k));
            if (s != null) {
                if (date.isBefore(s.change)) {
                    s.before++;
                } else {
                    s.after++;
                    if (s.after <= maxAttempts) {
                        s.record(s.after, model, c, week, truth, window, ref.meanR());
                    }
                }
            }
        }
        List<Track> out = new ArrayList<>();
        states.forEach((id, s) -> {
            int n = s.after == 0 ? 0 : Math.min(s.after, maxAttempts) + 1;
            double[] rn = Arrays.copyOf(s.rNew, n);
            double[] ro = Arrays.copyOf(s.rOld, n);
            double[] rr = Arrays.copyOf(s.rRef, n);
            int rec = -1;
            int run = 0;
            for (int k = 1; k < n && rec < 0; k++) {
                run = rn[k] > ro[k] ? run + 1 : 0;
                if (run == HOLD) {
                    rec = k - HOLD + 1;
                }
            }
            out.add(new Track(id, s.change, s.before, s.after, rn, ro, rec, rr));
        });
        return new Replay(out, List.copyOf(refs.values()));
    }

    private static WeekReference reference(ReachabilityModel model, List<Contact> reference, IsoWeek week,
                                           GroundTruth truth, SlotWindow window) {
        double sum = 0;
        int n = 0;
        for (Contact c : reference) {
            double r = window.pearson(model.profile(c, week).probabilities(), truth.week(c.id(), week, true));
            if (!Double.isNaN(r)) {
                sum += r;
                n++;
            }
        }
        return new WeekReference(week.toString(), n, n == 0 ? Double.NaN : sum / n);
    }

    /** Summarises tracks: recovery times, the Kaplan–Meier median with a bootstrap interval, checkpoints. */
    public static Summary summarise(List<Track> tracks, int[] checkpoints, int maxAttempts, int bootstrap, long seed) {
        List<Track> eligible = tracks.stream().filter(Track::eligible).toList();
        int n = eligible.size();
        int[] times = new int[n];
        boolean[] event = new boolean[n];
        long attempts = 0;
        int recovered = 0;
        for (int i = 0; i < n; i++) {
            Track t = eligible.get(i);
            event[i] = t.recoveredAt() > 0;
            // a recovery at k is seen only when k + HOLD - 1 attempts were observed
            times[i] = event[i] ? t.recoveredAt() : Math.max(0, Math.min(t.after(), maxAttempts) - HOLD + 1);
            recovered += event[i] ? 1 : 0;
            attempts += Math.min(t.after(), maxAttempts);
        }
        Estimate median;
        KaplanMeier km = null;
        if (n == 0) {
            median = Estimate.bootstrap(Double.NaN, Double.NaN, Double.NaN);
        } else {
            km = KaplanMeier.fit(times, event, maxAttempts);
            // the bootstrap resamples contacts: values are contact indices
            double[] index = new double[n];
            for (int i = 0; i < n; i++) {
                index[i] = i;
            }
            median = Bootstrap.ofValues(index, ix -> {
                int[] t = new int[ix.length];
                boolean[] e = new boolean[ix.length];
                for (int i = 0; i < ix.length; i++) {
                    t[i] = times[(int) ix[i]];
                    e[i] = event[(int) ix[i]];
                }
                double m = KaplanMeier.fit(t, e, maxAttempts).median();
                return Double.isNaN(m) ? Double.POSITIVE_INFINITY : m;
            }, bootstrap, seed);
        }
        List<Checkpoint> cps = new ArrayList<>();
        for (int k : checkpoints) {
            if (k > maxAttempts) {
                continue;
            }
            double sn = 0;
            double so = 0;
            int m = 0;
            int closer = 0;
            for (Track t : tracks) {
                if (t.after() >= k && t.rNew().length > k && !Double.isNaN(t.rNew()[k]) && !Double.isNaN(t.rOld()[k])) {
                    sn += t.rNew()[k];
                    so += t.rOld()[k];
                    closer += t.rNew()[k] > t.rOld()[k] ? 1 : 0;
                    m++;
                }
            }
            cps.add(new Checkpoint(k, m, m == 0 ? Double.NaN : sn / m, m == 0 ? Double.NaN : so / m,
                    m == 0 ? Double.NaN : (double) closer / m, km == null ? Double.NaN : km.survival()[k]));
        }
        int withAttempts = (int) tracks.stream().filter(t -> t.after() > 0).count();
        return new Summary(tracks.size(), withAttempts, n, recovered, attempts, median, cps, maxAttempts);
    }

    private static final class State {
        final LocalDate change;
        int before;
        int after;
        final double[] rNew;
        final double[] rOld;
        final double[] rRef;

        State(LocalDate change, int before, int maxAttempts) {
            this.change = change;
            this.before = before;
            this.rNew = new double[maxAttempts + 1];
            this.rOld = new double[maxAttempts + 1];
            this.rRef = new double[maxAttempts + 1];
        }

        void record(int k, ReachabilityModel model, Contact c, IsoWeek week, GroundTruth truth, SlotWindow window,
                    double ref) {
            double[] p = model.profile(c, week).probabilities();
            rNew[k] = window.pearson(p, truth.week(c.id(), 1, week));
            rOld[k] = window.pearson(p, truth.week(c.id(), 0, week));
            rRef[k] = ref;
        }
    }

    static Map<String, Integer> counts(TrainingData data) {
        Map<String, Integer> m = new HashMap<>();
        for (int k = 0; k < data.size(); k++) {
            m.merge(data.contact(k).id(), 1, Integer::sum);
        }
        return m;
    }
}
