package org.reachlab.models.policy.learned;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The wear of re-dialling a person at the same time: each earlier dial of the last
 * {@value #WINDOW_DAYS} days within {@value #HOUR_RADIUS} hour of a new one multiplies its
 * connect probability by a factor {@code phi}, estimated online from the dials themselves by
 * its score equation (connects against prior means, by the number of such earlier dials, plus
 * {@value StatedTilt#PSEUDO} pseudo-connects at {@code phi = 1}). People who let a call ring at
 * 10 on Monday tend to let it ring at 10 on Tuesday; a belief that ignores it keeps sending the
 * next dial into the hour that just failed.
 *
 * <p>It remembers each contact's dials of the window itself, from the dials it observes.
 */
final class RecallFatigue {

    static final int WINDOW_DAYS = 7;
    static final int HOUR_RADIUS = 1;
    private static final int MAX_K = 6;

    private final double[] observed = new double[MAX_K + 1];
    private final double[] expected = new double[MAX_K + 1];
    private double phi = 1;
    private final Map<String, Deque<LocalDateTime>> recent = new HashMap<>();

    RecallFatigue copy() {
        RecallFatigue f = new RecallFatigue();
        System.arraycopy(observed, 0, f.observed, 0, observed.length);
        System.arraycopy(expected, 0, f.expected, 0, expected.length);
        f.phi = phi;
        recent.forEach((k, v) -> f.recent.put(k, new ArrayDeque<>(v)));
        return f;
    }

    /** The factor learned so far. */
    double phi() {
        return phi;
    }

    /** Earlier dials of the window near a local time, among the given local times. */
    static int near(Iterable<LocalDateTime> earlier, LocalDateTime at) {
        int k = 0;
        LocalDateTime from = at.minusDays(WINDOW_DAYS);
        for (LocalDateTime t : earlier) {
            if (t.isBefore(at) && !t.isBefore(from) && Math.abs(t.getHour() - at.getHour()) <= HOUR_RADIUS) {
                k++;
            }
        }
        return Math.min(k, MAX_K);
    }

    /** The multiplier of each local hour of a day for a contact whose recent dials are given (local times). */
    double[] multipliers(List<LocalDateTime> earlier, java.time.LocalDate date) {
        double[] m = new double[24];
        for (int h = 0; h < 24; h++) {
            m[h] = Math.pow(phi, near(earlier, date.atTime(h, 30)));
        }
        return m;
    }

    /** The contact's dials of the window before a time, as this belief remembers them. */
    List<LocalDateTime> remembered(String contactId) {
        Deque<LocalDateTime> d = recent.get(contactId);
        return d == null ? List.of() : List.copyOf(d);
    }

    /**
     * Learns from one dial.
     *
     * @param prior the belief's prior mean of the dial's hour for the contact, without fatigue
     */
    void observe(String contactId, LocalDateTime at, boolean connected, double prior) {
        Deque<LocalDateTime> d = recent.computeIfAbsent(contactId, k -> new ArrayDeque<>());
        while (!d.isEmpty() && Duration.between(d.peekFirst(), at).toDays() >= WINDOW_DAYS) {
            d.pollFirst();
        }
        int k = near(d, at);
        d.addLast(at);
        if (k == 0) {
            return;
        }
        observed[k] += connected ? 1 : 0;
        expected[k] += prior;
        phi = solve();
    }

    private double solve() {
        if (java.util.Arrays.stream(expected).sum() == 0) {
            return 1;
        }
        double lo = Math.log(0.05);
        double hi = Math.log(2);
        for (int it = 0; it < 50; it++) {
            double mid = (lo + hi) / 2;
            if (score(Math.exp(mid)) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    private double score(double f) {
        double s = StatedTilt.PSEUDO * (1 - f);
        for (int k = 1; k <= MAX_K; k++) {
            s += k * (observed[k] - expected[k] * Math.pow(f, k));
        }
        return s;
    }

    /** What was learned, for saving: observed then expected connects by number of earlier dials. */
    double[] state() {
        double[] s = new double[2 * (MAX_K + 1)];
        System.arraycopy(observed, 0, s, 0, MAX_K + 1);
        System.arraycopy(expected, 0, s, MAX_K + 1, MAX_K + 1);
        return s;
    }

    /** Restores {@link #state()} (the remembered dials start empty). */
    void restore(double[] s) {
        if (s.length != 2 * (MAX_K + 1)) {
            throw new IllegalArgumentException("fatigue: expected " + 2 * (MAX_K + 1) + " numbers, received "
                    + s.length);
        }
        System.arraycopy(s, 0, observed, 0, MAX_K + 1);
        System.arraycopy(s, MAX_K + 1, expected, 0, MAX_K + 1);
        phi = solve();
    }
}
