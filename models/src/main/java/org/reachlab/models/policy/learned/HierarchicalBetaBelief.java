package org.reachlab.models.policy.learned;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
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
 */
public final class HierarchicalBetaBelief implements SlotBelief {

    private final double globalStrength;
    private final double segmentStrength;
    private final double contactStrength;
    private final double reachStrength;

    private final double[] gn = new double[24];
    private final double[] gk = new double[24];
    private final Map<String, double[]> segments = new HashMap<>();
    private final Map<Integer, double[]> contacts = new HashMap<>();

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
    public void observe(Observation o) {
        int h = o.local().getHour();
        double y = o.connected() ? 1 : 0;
        double[] seg = segments.computeIfAbsent(segment(o.contact()), k -> new double[48]);
        double s = segmentMean(seg, h, globalMean(h));
        gn[h]++;
        gk[h] += y;
        seg[h]++;
        seg[24 + h] += y;
        // per contact: [0..23] dials, [24..47] connects, [48] connects, [49] expected connects at segment rates
        double[] c = contacts.computeIfAbsent(o.contactIndex(), k -> new double[50]);
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
        double[] seg = segments.get(segment(due.contact()));
        double[] c = contacts.get(due.index());
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
        double[] c = contacts.get(due.index());
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
}
