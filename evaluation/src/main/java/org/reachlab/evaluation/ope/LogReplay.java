package org.reachlab.evaluation.ope;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.data.domain.Contact;
import org.reachlab.models.policy.DueContact;

/**
 * Rebuilds, dial by dial, what a policy would have seen of each contact before each logged dial
 * (dials so far, by hour, the last two weeks, dials left this week), so that a target policy can
 * be asked what it would have done. Dials must be added in time order per contact.
 */
public final class LogReplay {

    /** How far back the recent dials given to policies reach, as in the simulator. */
    public static final int RECENT_DAYS = 14;

    private final int allowedMask;
    private final int maxPerWeek;
    private final Map<Integer, State> states = new HashMap<>();
    private final List<LoggedDial> dials = new ArrayList<>();

    /**
     * @param earliest   first allowed local hour
     * @param latest     end (exclusive) of the allowed local hours
     * @param maxPerWeek the weekly attempt cap of the hard rules
     */
    public LogReplay(int earliest, int latest, int maxPerWeek) {
        if (earliest < 0 || latest > 24 || earliest >= latest) {
            throw new IllegalArgumentException("allowed hours need 0 <= earliest < latest <= 24, received "
                    + earliest + ".." + latest);
        }
        int m = 0;
        for (int h = earliest; h < latest; h++) {
            m |= 1 << h;
        }
        this.allowedMask = m;
        this.maxPerWeek = maxPerWeek;
    }

    /** Adds the next dial of a contact. */
    public LoggedDial add(int contactIndex, Contact contact, LocalDateTime local, Instant at, boolean connected,
                          double propensity) {
        State s = states.computeIfAbsent(contactIndex, k -> new State());
        LocalDate date = local.toLocalDate();
        LocalDate weekStart = date.with(DayOfWeek.MONDAY);
        int thisWeek = 0;
        for (int j = s.times.size() - 1; j >= 0 && !s.times.get(j).toLocalDate().isBefore(weekStart); j--) {
            thisWeek++;
        }
        LocalDate lo = date.minusDays(RECENT_DAYS);
        int j = s.times.size();
        while (j > 0 && !s.times.get(j - 1).toLocalDate().isBefore(lo)) {
            j--;
        }
        List<LocalDateTime> recent = List.copyOf(s.times.subList(j, s.times.size()));
        DueContact ctx = new DueContact(contactIndex, contact, allowedMask, Math.max(1, maxPerWeek - thisWeek),
                s.times.size(), s.last, s.hourCounts.clone(), recent);
        LoggedDial d = new LoggedDial(ctx, local, connected ? 1 : 0, propensity);
        dials.add(d);
        s.times.add(local);
        s.hourCounts[local.getHour()]++;
        s.last = at;
        return d;
    }

    /** The dials added so far, in the order added. */
    public List<LoggedDial> dials() {
        return List.copyOf(dials);
    }

    private static final class State {
        final List<LocalDateTime> times = new ArrayList<>();
        final int[] hourCounts = new int[24];
        Instant last;
    }
}
