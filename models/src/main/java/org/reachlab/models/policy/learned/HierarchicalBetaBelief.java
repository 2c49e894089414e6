package org.reachlab.models.policy.learned;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.reachlab.data.domain.Contact;
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
        return b;
    }

    /** The segment key of a contact. */
    static String segment(Contact c) {
        return c.industry() + "|" + c.role();
    }

    @Override
    public void observe(ObservedDial o) {
        int h = o.local().getHour();
        double y = o.connected() ? 1 : 0;
        double[] seg = segments.computeIfAbsent(segment(o.contact()), k -> new double[48]);
        double s = segmentMean(seg, h, globalMean(h));
        gn[h]++;
        gk[h] += y;
        seg[h]++;
        seg[24 + h] += y;
        // per contact: [0..23] dials, [24..47] connects, [48] connects, [49] expected connects at segment rates
        double[] c = contacts.computeIfAbsent(o.contact().id(), k -> new double[50]);
        c[h]++;
        c[24 + h] += y;
        c[48] += y;
        c[49] += s;
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
        return (gk[h] + globalStrength * overall()) / (gn[h] + globalStrength);
    }

    private double segmentMean(double[] seg, int h, double g) {
        return seg == null ? g : (seg[24 + h] + segmentStrength * g) / (seg[h] + segmentStrength);
    }

    private double reach(double[] c) {
        return c == null ? 1 : (c[48] + reachStrength) / (c[49] + reachStrength);
    }

    @Override
    public double[] mean(DueContact due, LocalDate date) {
        return hourlyMeans(due.contact());
    }

    /** The posterior mean connect probability of each local hour 0-23 for the contact (any day). */
    public double[] hourlyMeans(Contact contact) {
        double[] seg = segments.get(segment(contact));
        double[] c = contacts.get(contact.id());
        double rho = reach(c);
        double overall = overall();
        double[] out = new double[24];
        for (int h = 0; h < 24; h++) {
            double g = (gk[h] + globalStrength * overall) / (gn[h] + globalStrength);
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
        double overall = overall();
        double[] out = new double[24];
        for (int h = 0; h < 24; h++) {
            if (!due.allows(h)) {
                continue;
            }
            double g = (gk[h] + globalStrength * overall) / (gn[h] + globalStrength);
            double sn = seg == null ? 0 : seg[h];
            double sk = seg == null ? 0 : seg[24 + h];
            double s = Draws.beta(sk + segmentStrength * g, sn - sk + segmentStrength * (1 - g), random,
                    Draws.Normal.POLAR);
            double prior = clamp(s * rho);
            double cn = c == null ? 0 : c[h];
            double ck = c == null ? 0 : c[24 + h];
            out[h] = Draws.beta(ck + contactStrength * prior, cn - ck + contactStrength * (1 - prior), random,
                    Draws.Normal.POLAR);
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
     */
    public record State(double[] strengths, double[] dials, double[] connects, Map<String, double[]> segments,
                        Map<String, double[]> contacts) {
    }

    /** A deep copy of what the belief has learned (maps sorted by key, so a saved file is stable). */
    public State state() {
        Map<String, double[]> seg = new TreeMap<>();
        segments.forEach((k, v) -> seg.put(k, v.clone()));
        Map<String, double[]> con = new TreeMap<>();
        contacts.forEach((k, v) -> con.put(k, v.clone()));
        return new State(new double[] {globalStrength, segmentStrength, contactStrength, reachStrength}, gn.clone(),
                gk.clone(), seg, con);
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
