package org.reachlab.models.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One day as a policy sees it.
 *
 * @param date   the local date (each contact's own local calendar day)
 * @param due    contacts that may be called today
 * @param reps   rep ids and how many dials each can make today
 * @param random the day's source of randomness
 */
public record DayContext(LocalDate date, List<DueContact> due, List<Rep> reps, SplittableRandom random) {

    /**
     * A rep and the number of dials left today.
     *
     * @param id       rep id written to calls.csv
     * @param capacity dials today
     */
    public record Rep(String id, int capacity) {
    }

    /** Total dials the team can make today. */
    public int capacity() {
        return reps.stream().mapToInt(Rep::capacity).sum();
    }

    /**
     * The due contacts in queue order, as a team without a model works its list: never-dialed
     * first, then longest since the last dial, then fewest dials, then by index.
     */
    public List<DueContact> queue() {
        List<DueContact> q = new ArrayList<>(due);
        q.sort(Comparator.comparing((DueContact c) -> c.lastAttempt() == null ? 0 : 1)
                .thenComparing(c -> c.lastAttempt() == null ? java.time.Instant.MIN : c.lastAttempt())
                .thenComparingInt(DueContact::attempts)
                .thenComparingInt(DueContact::index));
        return q;
    }

    /** The rep of the k-th dial of the day (0-based) when reps are filled in order, or null past capacity. */
    public String repFor(int k) {
        int left = k;
        for (Rep r : reps) {
            if (left < r.capacity()) {
                return r.id();
            }
            left -= r.capacity();
        }
        return null;
    }
}
