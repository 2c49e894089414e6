package org.reachlab.models.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.models.ContactPreferences;
import org.reachlab.models.StatedPreferences;

/**
 * What a diligent rep does by hand with the notes: works the queue in order and dials each due
 * contact inside the window its notes state, never in a slot it said to avoid nor while it said it
 * is away; a contact that stated nothing for today gets an hour of 09:00-17:00 (or of the
 * fallback window) it did not rule out. The hour is drawn uniformly from those candidates, and the
 * propensity is exactly 1 / their number.
 *
 * <p>Candidates today, among the contact's allowed hours of the policy's window:
 * <ol>
 *   <li>the hours of a slot with a positive stated weight, not covered by an absence;</li>
 *   <li>otherwise the hours of the fallback window neither avoided (negative weight) nor absent;</li>
 *   <li>otherwise, for a contact with stated preferences, any hour neither avoided nor absent;</li>
 *   <li>otherwise the contact is not dialled today.</li>
 * </ol>
 * Only what was written before the day began anywhere is used ({@link StatedPreferences#knownBefore}
 * at the first instant of the local date in the earliest time zone), so no dial reads a later note.
 * Without stated preferences the rule is the uniform fallback window, dial for dial.
 */
public final class StatedRulePolicy implements Policy {

    private final StatedPreferences stated;
    private final int from;
    private final int to;
    private final int fallbackFrom;
    private final int fallbackTo;

    /**
     * A stated rule over the allowed hours in [from, to), falling back to [fallbackFrom, fallbackTo).
     *
     * @param stated what the contacts said and when, or {@code null} when nothing is known (then it
     *               is the uniform fallback window)
     */
    public StatedRulePolicy(StatedPreferences stated, int from, int to, int fallbackFrom, int fallbackTo) {
        if (from < 0 || to > 24 || from >= to) {
            throw new IllegalArgumentException("window needs 0 <= from < to <= 24, received from=" + from + " to=" + to);
        }
        if (fallbackFrom < 0 || fallbackTo > 24 || fallbackFrom >= fallbackTo) {
            throw new IllegalArgumentException("fallback window needs 0 <= from < to <= 24, received from="
                    + fallbackFrom + " to=" + fallbackTo);
        }
        this.stated = stated;
        this.from = from;
        this.to = to;
        this.fallbackFrom = fallbackFrom;
        this.fallbackTo = fallbackTo;
    }

    @Override
    public String name() {
        return "stated_rule";
    }

    /** True when the rule reads stated preferences, false when it is the uniform fallback. */
    public boolean readsNotes() {
        return stated != null;
    }

    @Override
    public List<Dial> plan(DayContext day) {
        StatedPreferences known = stated == null ? null : stated.knownBefore(dayStart(day.date()));
        return fill(day, c -> candidates(c, day.date(),
                known == null ? null : known.of(c.contact().id()).orElse(null)));
    }

    /** The first instant of a local date anywhere on earth. */
    static Instant dayStart(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.MAX);
    }

    /**
     * The day's dials ({@link QueueDraw}): a contact whose candidate hours are all full waits for
     * another day rather than being dialled against what it said.
     */
    private static List<Dial> fill(DayContext day, java.util.function.Function<DueContact, int[]> candidates) {
        return QueueDraw.plan(day, (c, room) -> QueueDraw.withRoom(candidates.apply(c), room));
    }

    /** The hours the rule may dial a contact at today (see the class comment), ascending. */
    int[] candidates(DueContact c, LocalDate date, ContactPreferences prefs) {
        int[] allowed = c.allowedIn(from, to);
        if (prefs != null) {
            int[] preferred = Arrays.stream(allowed).filter(h -> weight(prefs, date, h) > 0 && !prefs.absent(date, h))
                    .toArray();
            if (preferred.length > 0) {
                return preferred;
            }
        }
        int[] fallback = Arrays.stream(allowed).filter(h -> h >= fallbackFrom && h < fallbackTo && open(prefs, date, h))
                .toArray();
        if (fallback.length > 0 || prefs == null) {
            return fallback;
        }
        return Arrays.stream(allowed).filter(h -> open(prefs, date, h)).toArray();
    }

    private static double weight(ContactPreferences prefs, LocalDate date, int hour) {
        return prefs.weight(LocalSlot.indexOf(date.getDayOfWeek(), hour));
    }

    /** True when the contact did not rule the hour out: no avoidance stated for its slot, no absence. */
    private static boolean open(ContactPreferences prefs, LocalDate date, int hour) {
        return prefs == null || (weight(prefs, date, hour) >= 0 && !prefs.absent(date, hour));
    }
}
