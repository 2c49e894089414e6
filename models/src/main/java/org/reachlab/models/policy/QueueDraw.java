package org.reachlab.models.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * How the rules without a model work a day: the queue in order ({@link DayContext#queue()}),
 * each contact with dials left this week dialled at an hour drawn uniformly among its candidate
 * hours that still have room in the team's {@link HourlyLedger}, until every hour is full. The
 * propensity logged is the exact probability of the hour drawn.
 */
final class QueueDraw {

    private QueueDraw() {
    }

    /**
     * The day's dials.
     *
     * @param hours a contact's candidate hours given the hours with room (bit h set), ascending;
     *              empty when it is not to be dialled today
     */
    static List<Dial> plan(DayContext day, BiFunction<DueContact, Integer, int[]> hours) {
        List<Dial> out = new ArrayList<>();
        HourlyLedger ledger = day.ledger();
        for (DueContact c : day.queue()) {
            int room = ledger.roomMask();
            if (room == 0) {
                break;
            }
            if (c.remainingThisWeek() <= 0) {
                continue;
            }
            int[] candidates = hours.apply(c, room);
            if (candidates.length == 0) {
                continue;
            }
            double p = 1.0 / candidates.length;
            double[] dist = new double[24];
            for (int h : candidates) {
                dist[h] = p;
            }
            int hour = candidates[day.random().nextInt(candidates.length)];
            out.add(new Dial(c.index(), hour, ledger.book(hour), p, dist));
        }
        return out;
    }

    /** The hours among {@code hours} that have room (bit h of {@code room} set). */
    static int[] withRoom(int[] hours, int room) {
        return java.util.Arrays.stream(hours).filter(h -> (room & (1 << h)) != 0).toArray();
    }
}
