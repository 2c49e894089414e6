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

    /**
     * A contact's statements as known at the start of a local date.
     *
     * @param p       the statements
     * @param start   the first instant of the date in the contact's zone
     * @param weights whether the slot weights were known by then
     */
    private record Known(ContactPreferences p, Instant start, boolean weights) {

        /** The slot weight of the date's hour, 0 when the weights were not known yet. */
        double weight(LocalDate date, int hour) {
            return weights ? p.weight(LocalSlot.indexOf(date.getDayOfWeek(), hour)) : 0;
        }

        /** True when an absence known by then covers the date's hour. */
        boolean absent(LocalDate date, int hour) {
            for (var a : p.absences()) {
                if (isKnown(a.knownFrom(), start) && a.covers(date, hour)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean isKnown(Instant knownFrom, Instant start) {
        return knownFrom == null || knownFrom.isBefore(start);
    }

    /** The statements of a contact known before the start of a local date, or null when none were. */
    private Known known(Contact contact, LocalDate date) {
        Optional<ContactPreferences> p = stated.of(contact.id());
        if (p.isEmpty()) {
            return null;
        }
        Instant start = date.atStartOfDay(contact.zone() == null ? ZoneId.of("UTC") : contact.zone()).toInstant();
        ContactPreferences c = p.get();
        boolean weights = isKnown(c.knownFrom(), start);
        boolean absences = c.absences().stream().anyMatch(a -> isKnown(a.knownFrom(), start));
        return weights || absences ? new Known(c, start, weights) : null;
    }

    /**
     * The multiplier of each local hour of a date for a contact (24 values; all 1 when it stated
     * nothing known by then).
     */
    double[] multipliers(Contact contact, LocalDate date, boolean withAbsences) {
        double[] m = new double[24];
        Arrays.fill(m, 1);
        Known k = known(contact, date);
        if (k == null) {
            return m;
        }
        for (int h = 0; h < 24; h++) {
            double w = k.weight(date, h);
            if (w > 0) {
                m[h] *= Math.pow(factor[0], w);
            } else if (w < 0) {
                m[h] *= Math.pow(factor[1], -w);
            }
            if (withAbsences && k.absent(date, h)) {
                m[h] *= factor[2];
            }
        }
        return m;
    }

    /**
     * True when the contact's statements known on this date say anything about this hour (such a
     * dial is not representative of its segment's hour).
     */
    boolean speaksOf(Contact contact, LocalDate date, int hour) {
        Known k = known(contact, date);
        return k != null && (k.weight(date, hour) != 0 || k.absent(date, hour));
    }

    /**
     * Learns from one dial.
     *
     * @param prior the belief's prior mean of the dial's hour for the contact, without the tilt
     */
    void observe(Contact contact, LocalDate date, int hour, boolean connected, double prior) {
        Known k = known(contact, date);
        if (k == null) {
            return;
        }
        double y = connected ? 1 : 0;
        if (k.absent(date, hour)) {
            observed[2][BINS] += y;
            expected[2][BINS] += prior;
            factor[2] = solve(2);
            return;
        }
        double w = k.weight(date, hour);
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
