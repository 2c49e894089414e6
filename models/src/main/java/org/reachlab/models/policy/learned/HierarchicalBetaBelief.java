package org.reachlab.models.policy.learned;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.reachlab.data.domain.Contact;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.policy.DueContact;
import org.reachlab.stats.Draws;

/**
 * An online empirical-Bayes belief in three levels, each shrunk to the one above by pseudo-counts:
 * pooled connect rate by local hour, then by segment (industry and role) and hour, then by
 * contact and hour around the segment's rate times the contact's own reachability. The
 * posterior of a contact's hour is Beta with the counts of that contact and hour plus
 * {@code contactStrength} pseudo-dials at the prior mean; a draw first draws the segment's hour
 * rates from their own Beta posterior, so uncertainty about a thinly dialled segment is explored
 * as well. Cheap enough to update after every dial.
 *
 * <p>Three kinds of evidence multiply the contact's hour rate, each learned from the dials
 * rather than assumed: what the contact stated in notes ({@link StatedTilt}: preferred and
 * avoided slots, dated absences, known before the day), the wear of re-dialling the same hour
 * ({@link RecallFatigue}), and nothing else. A dial enters every count with its exposure, the
 * product of those multipliers at the time of the dial, so a failure explained by fatigue or a
 * stated avoidance does not also lower the hour's rate. Dials in slots the contact spoke about
 * stay out of the pooled and segment counts: they say more about the statement than about the
 * segment's hour.
 *
 * <p>Hours the pooled history has barely dialled (fewer than {@value #WELL_DIALLED} dials per
 * pseudo-dial of the pooled level) are shrunk toward the lowest rate among the well-dialled
 * hours rather than toward the overall mean: an hour nobody tried is not assumed to be average,
 * so a policy allowed 08-21 after a 09-17 history explores the evening instead of betting on it.
 *
 * <p>The {@code beta_online} model family ({@link org.reachlab.models.online.BetaOnlineFamily})
 * trains, saves and scores this belief like any other model.
 */
public final class HierarchicalBetaBelief implements SlotBelief {

    private final double globalStrength;
    private final double segmentStrength;
    private final double contactStrength;
    private final double reachStrength;

    private final double[] gn = new double[24];
    private final double[] gk = new double[24];
    private final Map<String, double[]> segments = new HashMap<>();
    private final Map<String, double[]> contacts = new HashMap<>();
    private StatedTilt tilt = new StatedTilt();
    private RecallFatigue fatigue = new RecallFatigue();

    /** Pooled dials per pooled pseudo-dial above which an hour counts as well dialled. */
    static final double WELL_DIALLED = 4;

    /** With the default strengths (10, 20, 6, 2 pseudo-dials). */
    public HierarchicalBetaBelief() {
        this(10, 20, 6, 2);
    }

    /**
     * With explicit pseudo-counts.
     *
     * @param globalStrength  pseudo-dials of each pooled hour at the overall rate
     * @param segmentStrength pseudo-dials of each segment hour at the pooled hour rate
     * @param contactStrength pseudo-dials of each contact hour at the segment rate times reach
     * @param reachStrength   pseudo-dials shrinking a contact's reachability to 1
     */
    public HierarchicalBetaBelief(double globalStrength, double segmentStrength, double contactStrength,
                                  double reachStrength) {
        if (!(globalStrength > 0 && segmentStrength > 0 && contactStrength > 0 && reachStrength > 0)) {
            throw new IllegalArgumentException("strengths must be > 0, received " + globalStrength + ", "
                    + segmentStrength + ", " + contactStrength + ", " + reachStrength);
        }
        this.globalStrength = globalStrength;
        this.segmentStrength = segmentStrength;
        this.contactStrength = contactStrength;
        this.reachStrength = reachStrength;
    }

    @Override
    public String name() {
        return "beta_online";
    }

    @Override
    public SlotBelief copy() {
        HierarchicalBetaBelief b = new HierarchicalBetaBelief(globalStrength, segmentStrength, contactStrength,
                reachStrength);
        System.arraycopy(gn, 0, b.gn, 0, 24);
        System.arraycopy(gk, 0, b.gk, 0, 24);
        segments.forEach((k, v) -> b.segments.put(k, v.clone()));
        contacts.forEach((k, v) -> b.contacts.put(k, v.clone()));
        b.tilt = tilt.copy();
        b.fatigue = fatigue.copy();
        return b;
    }

    /**
     * Reads what contacts stated (slot weights, dated absences) as evidence from now on; each
     * statement counts only from the day after it became known.
     */
    public void useStated(StatedPreferences preferences) {
        tilt.use(preferences);
    }

    /**
     * The evidence factors learned so far: the multiplier of a fully preferred slot, of a fully
     * avoided slot, of a stated absence, and of one earlier dial near the same hour.
     */
    public Map<String, Double> evidenceFactors() {
        double[] f = tilt.factors();
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("statedPreferred", f[0]);
        m.put("statedAvoided", f[1]);
        m.put("statedAbsent", f[2]);
        m.put("redialFatigue", fatigue.phi());
        return m;
    }

    /** The segment key of a contact. */
    static String segment(Contact c) {
        return c.industry() + "|" + c.role();
    }

    @Override
    public void observe(ObservedDial o) {
        int h = o.local().getHour();
        LocalDate date = o.local().toLocalDate();
        Contact contact = o.contact();
        boolean connected = o.connected();
        double y = connected ? 1 : 0;
        double[] seg = segments.computeIfAbsent(segment(contact), k -> new double[48]);
        double[] c = contacts.computeIfAbsent(contact.id(), k -> new double[50]);
        double s = segmentMean(seg, h, globalMean(h));
        double prior = clamp(s * reach(c));
        double tilted = tilt.multipliers(contact, date, true)[h];
        double worn = Math.pow(fatigue.phi(), RecallFatigue.near(fatigue.remembered(contact.id()), o.local()));
        tilt.observe(contact, date, h, connected, prior * worn);
        fatigue.observe(contact.id(), o.local(), connected, prior * tilted);
        double exposure = tilted * worn;
        if (!tilt.speaksOf(contact, date, h)) {
            gn[h] += worn;
            gk[h] += y;
            seg[h] += worn;
            seg[24 + h] += y;
        }
        // per contact: [0..23] exposure-weighted dials, [24..47] connects, [48] connects,
        // [49] expected connects at segment rates times the exposure
        c[h] += exposure;
        c[24 + h] += y;
        c[48] += y;
        c[49] += s * exposure;
    }

    private double overall() {
        double n = 0;
        double k = 0;
        for (int h = 0; h < 24; h++) {
            n += gn[h];
            k += gk[h];
        }
        return (k + 1) / (n + 2);
    }

    private double globalMean(int h) {
        return globalMean(h, centres());
    }

    private double globalMean(int h, double[] centre) {
        return (gk[h] + globalStrength * centre[h]) / (gn[h] + globalStrength);
    }

    /**
     * The value each pooled hour is shrunk toward: the overall rate for well-dialled hours, the
     * lowest well-dialled hour's rate (if lower) for the others.
     */
    private double[] centres() {
        double overall = overall();
        double low = Double.POSITIVE_INFINITY;
        for (int h = 0; h < 24; h++) {
            if (gn[h] >= WELL_DIALLED * globalStrength) {
                low = Math.min(low, (gk[h] + globalStrength * overall) / (gn[h] + globalStrength));
            }
        }
        double[] centre = new double[24];
        for (int h = 0; h < 24; h++) {
            centre[h] = gn[h] >= WELL_DIALLED * globalStrength || low == Double.POSITIVE_INFINITY
                    ? overall : Math.min(overall, low);
        }
        return centre;
    }

    private double segmentMean(double[] seg, int h, double g) {
        return seg == null ? g : (seg[24 + h] + segmentStrength * g) / (seg[h] + segmentStrength);
    }

    private double reach(double[] c) {
        return c == null ? 1 : (c[48] + reachStrength) / (c[49] + reachStrength);
    }

    @Override
    public double[] mean(DueContact due, LocalDate date) {
        double[] out = hourlyMeans(due.contact());
        double[] m = multipliers(due.contact(), date, due.recentAttempts(), true);
        for (int h = 0; h < 24; h++) {
            out[h] = clamp(out[h] * m[h]);
        }
        return out;
    }

    /**
     * The posterior mean connect probability of each local hour of a date for the contact, with
     * its statements known by then and the fatigue of the dials this belief remembers.
     *
     * @param absences whether stated absences lower the hours (false where day effects already do)
     */
    public double[] means(Contact contact, LocalDate date, boolean absences) {
        double[] out = hourlyMeans(contact);
        double[] m = multipliers(contact, date, fatigue.remembered(contact.id()), absences);
        for (int h = 0; h < 24; h++) {
            out[h] = clamp(out[h] * m[h]);
        }
        return out;
    }

    private double[] multipliers(Contact contact, LocalDate date, List<LocalDateTime> recent, boolean absences) {
        double[] t = tilt.multipliers(contact, date, absences);
        double[] f = fatigue.multipliers(recent == null ? List.of() : recent, date);
        for (int h = 0; h < 24; h++) {
            t[h] *= f[h];
        }
        return t;
    }

    /**
     * The posterior mean rate of each local hour 0-23 for the contact before any of its
     * statements or fatigue (any day).
     */
    public double[] hourlyMeans(Contact contact) {
        double[] seg = segments.get(segment(contact));
        double[] c = contacts.get(contact.id());
        double rho = reach(c);
        double[] centre = centres();
        double[] out = new double[24];
        for (int h = 0; h < 24; h++) {
            double g = globalMean(h, centre);
            double prior = clamp(segmentMean(seg, h, g) * rho);
            out[h] = c == null ? prior : (c[24 + h] + contactStrength * prior) / (c[h] + contactStrength);
        }
        return out;
    }

    @Override
    public double[] sample(DueContact due, LocalDate date, SplittableRandom random) {
        double[] seg = segments.get(segment(due.contact()));
        double[] c = contacts.get(due.contact().id());
        double rho = reach(c);
        double[] centre = centres();
        double[] m = multipliers(due.contact(), date, due.recentAttempts(), true);
        double[] out = new double[24];
        for (int h = 0; h < 24; h++) {
            if (!due.allows(h)) {
                continue;
            }
            double g = globalMean(h, centre);
            double sn = seg == null ? 0 : seg[h];
            double sk = seg == null ? 0 : seg[24 + h];
            double s = Draws.beta(sk + segmentStrength * g, Math.max(1e-9, sn - sk) + segmentStrength * (1 - g), random,
                    Draws.Normal.POLAR);
            double prior = clamp(s * rho);
            double cn = c == null ? 0 : c[h];
            double ck = c == null ? 0 : c[24 + h];
            double theta = Draws.beta(ck + contactStrength * prior, Math.max(1e-9, cn - ck) + contactStrength * (1 - prior),
                    random, Draws.Normal.POLAR);
            out[h] = clamp(theta * m[h]);
        }
        return out;
    }

    private static double clamp(double p) {
        return Math.min(0.95, Math.max(1e-3, p));
    }

    /**
     * Everything the belief has learned, for saving: the strengths, the pooled hour counts, and
     * per segment and per contact the arrays described in {@link #observe}.
     *
     * @param strengths globalStrength, segmentStrength, contactStrength, reachStrength
     * @param dials     pooled dials by local hour
     * @param connects  pooled connects by local hour
     * @param segments  per segment key: dials by hour, then connects by hour
     * @param contacts  per contact id: dials by hour, connects by hour, connects, expected connects
     * @param tilt      the stated-preference factors' evidence (see {@link StatedTilt}), or null
     * @param fatigue   the re-dial fatigue's evidence (see {@link RecallFatigue}), or null
     * @param stated    per contact id the 168 stated slot weights in use, or null
     */
    public record State(double[] strengths, double[] dials, double[] connects, Map<String, double[]> segments,
                        Map<String, double[]> contacts, double[] tilt, double[] fatigue, Map<String, double[]> stated) {

        /** A state without stated preferences or fatigue (as earlier versions saved it). */
        public State(double[] strengths, double[] dials, double[] connects, Map<String, double[]> segments,
                     Map<String, double[]> contacts) {
            this(strengths, dials, connects, segments, contacts, null, null, null);
        }
    }

    /** A deep copy of what the belief has learned (maps sorted by key, so a saved file is stable). */
    public State state() {
        Map<String, double[]> seg = new TreeMap<>();
        segments.forEach((k, v) -> seg.put(k, v.clone()));
        Map<String, double[]> con = new TreeMap<>();
        contacts.forEach((k, v) -> con.put(k, v.clone()));
        return new State(new double[] {globalStrength, segmentStrength, contactStrength, reachStrength}, gn.clone(),
                gk.clone(), seg, con, tilt.state(), fatigue.state(), new TreeMap<>(tilt.weights(con.keySet())));
    }

    /** The belief that learned {@code state}; an {@link IllegalArgumentException} names what is malformed. */
    public static HierarchicalBetaBelief of(State state) {
        double[] st = state.strengths();
        if (st == null || st.length != 4) {
            throw new IllegalArgumentException("strengths: expected 4 numbers, received "
                    + (st == null ? "none" : st.length));
        }
        HierarchicalBetaBelief b = new HierarchicalBetaBelief(st[0], st[1], st[2], st[3]);
        copyInto("dials", state.dials(), b.gn);
        copyInto("connects", state.connects(), b.gk);
        state.segments().forEach((k, v) -> b.segments.put(k, checked("segment " + k, v, 48)));
        state.contacts().forEach((k, v) -> b.contacts.put(k, checked("contact " + k, v, 50)));
        if (state.tilt() != null) {
            b.tilt.restore(state.tilt());
        }
        if (state.fatigue() != null) {
            b.fatigue.restore(state.fatigue());
        }
        if (state.stated() != null && !state.stated().isEmpty()) {
            Map<String, org.reachlab.models.ContactPreferences> byContact = new HashMap<>();
            state.stated().forEach((k, w) -> byContact.put(k, new org.reachlab.models.ContactPreferences(k,
                    checked("stated " + k, w, org.reachlab.data.domain.LocalSlot.COUNT), List.of(), null)));
            b.tilt.use(StatedPreferences.of(byContact));
        }
        return b;
    }

    private static void copyInto(String what, double[] from, double[] to) {
        System.arraycopy(checked(what, from, to.length), 0, to, 0, to.length);
    }

    private static double[] checked(String what, double[] v, int length) {
        if (v == null || v.length != length) {
            throw new IllegalArgumentException(what + ": expected " + length + " numbers, received "
                    + (v == null ? "none" : v.length));
        }
        return v.clone();
    }
}
