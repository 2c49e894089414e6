package org.reachlab.models.policy;

import java.util.List;

/**
 * The dials a policy has booked so far on one day, per rep and local hour, so that it never asks
 * a rep for more than the day's capacity nor more than the rep's dials in one hour.
 *
 * <p>Hours are the contacts' local hours, as a {@link Dial} gives them: a rep's 10:00 holds every
 * dial booked at 10:00 in its contact's own zone. A team usually calls one region at a time, so
 * this is the hour the rep is working in; it is the simulator's rule as well.
 *
 * <p>A booking goes to the rep with the fewest dials in that hour among those with room in it
 * today, then to the one with the most dials left today, then to the first in the day's order.
 * Each hour is thus shared evenly among the reps, and an hour is full only when every rep with
 * dials left today has made its hourly number in it: the team's hour, not one rep's unlucky
 * bookings, is the limit. Not thread-safe; one ledger belongs to one plan.
 */
public final class HourlyLedger {

    private final List<DayContext.Rep> reps;
    private final int[] day;
    private final int[][] hour;
    private int booked;

    HourlyLedger(List<DayContext.Rep> reps) {
        this.reps = reps;
        this.day = new int[reps.size()];
        this.hour = new int[reps.size()][24];
    }

    /** True when some rep still has a dial today and one in the local hour. */
    public boolean hasRoom(int h) {
        return pick(h) >= 0;
    }

    /** The local hours 0-23 with room, as a bit mask (bit h for hour h). */
    public int roomMask() {
        int mask = 0;
        for (int r = 0; r < reps.size(); r++) {
            DayContext.Rep rep = reps.get(r);
            if (day[r] >= rep.capacity()) {
                continue;
            }
            for (int h = 0; h < 24; h++) {
                if (hour[r][h] < rep.perHour()) {
                    mask |= 1 << h;
                }
            }
        }
        return mask;
    }

    /** True when no hour has room: the day's plan is complete. */
    public boolean full() {
        return roomMask() == 0;
    }

    /**
     * Books a dial at the local hour and returns the rep who makes it, or {@code null} (booking
     * nothing) when no rep has room in that hour today.
     */
    public String book(int h) {
        int r = pick(h);
        if (r < 0) {
            return null;
        }
        day[r]++;
        hour[r][h]++;
        booked++;
        return reps.get(r).id();
    }

    /** Dials booked so far. */
    public int booked() {
        return booked;
    }

    /** Dials booked so far at the local hour. */
    public int booked(int h) {
        checkHour(h);
        int n = 0;
        for (int[] byHour : hour) {
            n += byHour[h];
        }
        return n;
    }

    private int pick(int h) {
        checkHour(h);
        int best = -1;
        for (int r = 0; r < reps.size(); r++) {
            DayContext.Rep rep = reps.get(r);
            if (day[r] >= rep.capacity() || hour[r][h] >= rep.perHour()) {
                continue;
            }
            if (best < 0 || hour[r][h] < hour[best][h]
                    || (hour[r][h] == hour[best][h] && rep.capacity() - day[r] > reps.get(best).capacity() - day[best])) {
                best = r;
            }
        }
        return best;
    }

    private static void checkHour(int h) {
        if (h < 0 || h > 23) {
            throw new IllegalArgumentException("hour must be in 0..23, received " + h);
        }
    }
}
