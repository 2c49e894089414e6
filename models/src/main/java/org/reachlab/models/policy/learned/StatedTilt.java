package org.reachlab.models.policy.learned;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.models.ContactPreferences;
import org.reachlab.models.StatedPreferences;

/**
 * How much what a contact said moves its connect probability, learned from the dials themselves.
 *
 * <p>A stated slot weight {@code w} in [-1, 1] (positive: "call me then", negative: "not then")
 * multiplies the belief's prior mean by {@code up^w} or {@code down^|w|}; a stated absence
 * covering the hour multiplies it by {@code away}. The three factors start at 1 (the statements
 * are not trusted before the dials show them right) and are estimated online by their score
 * equation: the connects observed in the contacts' stated slots against the prior means there,
 * plus {@value #PSEUDO} pseudo-connects at factor 1. The dials are kept by weight (rounded to
 * twentieths), so the estimate is exact for the weights seen and cheap to update.
 *
 * <p>Only statements known before the day in question count ({@link ContactPreferences#knownFrom()}
 * and {@link org.reachlab.models.Absence#knownFrom()}), so a dial is never explained by a note
 * written after it.
 */
final class StatedTilt {

    /** Pseudo-connects pulling each factor toward 1. */
    static final double PSEUDO = 3;
    private static final int BINS = 20;

    private StatedPreferences stated = StatedPreferences.none();
    /** [kind][bin]: observed connects and prior-mean connects; kind 0 = preferred, 1 = avoided, 2 = absent. */
    private final double[][] observed = new double[3][BINS + 1];
    private final double[][] expected = new double[3][BINS + 1];
    private final double[] factor = {1, 1, 1};

    StatedTilt copy() {
        StatedTilt t = new StatedTilt();
        t.stated = stated;
        for (int k = 0; k < 3; k++) {
            t.observed[k] = observed[k].clone();
            t.expected[k] = expected[k].clone();
        }
        System.arraycopy(factor, 0, t.factor, 0, 3);
        return t;
    }

    void use(StatedPreferences preferences) {
        this.stated = preferences == null ? StatedPreferences.none() : preferences;
    }

    /** The factors learned so far: preferred, avoided, absent. */
    double[] factors() {
        return factor.clone();
    }

    /** The statements of a contact known before the start of a local date, or null. */
    ContactPreferences known(Contact contact, LocalDate date) {
        Optional<ContactPreferences> p = stated.of(contact.id());
        if (p.isEmpty()) {
            return null;
        }
        Instant start = date.atStartOfDay(zone(contact)).toInstant();
        ContactPreferences c = p.get();
        boolean weights = c.knownFrom() == null || c.knownFrom().isBefore(start);
        boolean absences = c.absences().stream().anyMatch(a -> a.knownFrom() == null || a.knownFrom().isBefore(start));
        return weights || absences ? c : null;
    }

    private static ZoneId zone(Contact c) {
        return c.zone() == null ? ZoneId.of("UTC") : c.zone();
    }

    /**
     * The multiplier of each local hour of a date for a contact (24 values; all 1 when it stated
     * nothing known by then).
     */
    double[] multipliers(Contact contact, LocalDate date, boolean withAbsences) {
        double[] m = new double[24];
        Arrays.fill(m, 1);
        ContactPreferences p = known(contact, date);
        if (p == null) {
            return m;
        }
        Instant start = date.atStartOfDay(zone(contact)).toInstant();
        boolean weightsKnown = p.knownFrom() == null || p.knownFrom().isBefore(start);
        int base = LocalSlot.indexOf(date.getDayOfWeek(), 0);
        for (int h = 0; h < 24; h++) {
            if (weightsKnown) {
                double w = p.weight(base + h);
                if (w > 0) {
                    m[h] *= Math.pow(factor[0], w);
                } else if (w < 0) {
                    m[h] *= Math.pow(factor[1], -w);
                }
            }
            if (withAbsences && absentKnown(p, date, h, start)) {
                m[h] *= factor[2];
            }
        }
        return m;
    }

    private static boolean absentKnown(ContactPreferences p, LocalDate date, int hour, Instant start) {
        for (var a : p.absences()) {
            if ((a.knownFrom() == null || a.knownFrom().isBefore(start)) && a.covers(date, hour)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the contact's statements known on this date say anything about this hour (such a
     * dial is not representative of its segment's hour).
     */
    boolean speaksOf(Contact contact, LocalDate date, int hour) {
        ContactPreferences p = known(contact, date);
        if (p == null) {
            return false;
        }
        Instant start = date.atStartOfDay(zone(contact)).toInstant();
        boolean weightsKnown = p.knownFrom() == null || p.knownFrom().isBefore(start);
        return (weightsKnown && p.weight(LocalSlot.indexOf(date.getDayOfWeek(), hour)) != 0)
                || absentKnown(p, date, hour, start);
    }

    /**
     * Learns from one dial.
     *
     * @param prior the belief's prior mean of the dial's hour for the contact, without the tilt
     */
    void observe(Contact contact, LocalDate date, int hour, boolean connected, double prior) {
        ContactPreferences p = known(contact, date);
        if (p == null) {
            return;
        }
        Instant start = date.atStartOfDay(zone(contact)).toInstant();
        double y = connected ? 1 : 0;
        if (absentKnown(p, date, hour, start)) {
            observed[2][BINS] += y;
            expected[2][BINS] += prior;
            factor[2] = solve(2);
            return;
        }
        if (!(p.knownFrom() == null || p.knownFrom().isBefore(start))) {
            return;
        }
        double w = p.weight(LocalSlot.indexOf(date.getDayOfWeek(), hour));
        if (w == 0) {
            return;
        }
        int kind = w > 0 ? 0 : 1;
        int bin = (int) Math.round(Math.abs(w) * BINS);
        observed[kind][bin] += y;
        expected[kind][bin] += prior;
        factor[kind] = solve(kind);
    }

    /**
     * The factor F solving sum_b b/B (observed_b - expected_b F^(b/B)) + PSEUDO (1 - F) = 0 (the
     * score of a Poisson rate F^w on each dial, with the pseudo-connects); found by bisection on a
     * log scale, as the left side falls as F grows.
     */
    private double solve(int kind) {
        boolean any = false;
        for (int b = 0; b <= BINS; b++) {
            any |= expected[kind][b] > 0 || observed[kind][b] > 0;
        }
        if (!any) {
            return 1;
        }
        double lo = Math.log(0.02);
        double hi = Math.log(50);
        for (int it = 0; it < 60; it++) {
            double mid = (lo + hi) / 2;
            if (score(kind, Math.exp(mid)) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    private double score(int kind, double f) {
        double s = PSEUDO * (1 - f);
        for (int b = 0; b <= BINS; b++) {
            if (expected[kind][b] == 0 && observed[kind][b] == 0) {
                continue;
            }
            double w = kind == 2 ? 1 : (double) b / BINS;
            s += w * (observed[kind][b] - expected[kind][b] * Math.pow(f, w));
        }
        return s;
    }

    /** The stated slot weights of the given contacts that stated any (for saving the preferences in use). */
    java.util.Map<String, double[]> weights(java.util.Collection<String> contactIds) {
        java.util.Map<String, double[]> out = new java.util.HashMap<>();
        for (String id : contactIds) {
            stated.of(id).filter(ContactPreferences::hasWeights).ifPresent(p -> out.put(id, p.weights()));
        }
        return out;
    }

    /** What was learned, for saving: per kind the observed then the expected connects by weight bin. */
    double[] state() {
        double[] s = new double[6 * (BINS + 1)];
        for (int k = 0; k < 3; k++) {
            System.arraycopy(observed[k], 0, s, (2 * k) * (BINS + 1), BINS + 1);
            System.arraycopy(expected[k], 0, s, (2 * k + 1) * (BINS + 1), BINS + 1);
        }
        return s;
    }

    /** Restores {@link #state()}; an {@link IllegalArgumentException} when the length is wrong. */
    void restore(double[] s) {
        if (s.length != 6 * (BINS + 1)) {
            throw new IllegalArgumentException("tilt: expected " + 6 * (BINS + 1) + " numbers, received " + s.length);
        }
        for (int k = 0; k < 3; k++) {
            System.arraycopy(s, (2 * k) * (BINS + 1), observed[k], 0, BINS + 1);
            System.arraycopy(s, (2 * k + 1) * (BINS + 1), expected[k], 0, BINS + 1);
            factor[k] = solve(k);
        }
    }
}
