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
 * @param reps   rep ids and how many dials each can make today and in one hour
 * @param random the day's source of randomness
 */
public record DayContext(LocalDate date, List<DueContact> due, List<Rep> reps, SplittableRandom random) {

    /**
     * A rep, the number of dials left today and the most dials the rep makes in one hour.
     *
     * @param id       rep id written to calls.csv
     * @param capacity dials today
     * @param perHour  dials in one local hour (see {@link HourlyLedger})
     */
    public record Rep(String id, int capacity, int perHour) {

        public Rep {
            if (capacity < 0) {
                throw new IllegalArgumentException("capacity must be >= 0, received " + capacity + " for rep " + id);
            }
            if (perHour < 1) {
                throw new IllegalArgumentException("perHour must be >= 1, received " + perHour + " for rep " + id);
            }
        }
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

    /**
     * A new, empty ledger of this day's bookings by rep and local hour: a policy books every dial
     * through it to stay within each rep's day and hour.
     */
    public HourlyLedger ledger() {
        return new HourlyLedger(reps);
    }
}
