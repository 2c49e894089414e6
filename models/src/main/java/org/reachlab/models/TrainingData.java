package org.reachlab.models;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.Outcome;
import org.reachlab.data.log.AttemptLog;
import org.reachlab.data.log.EventLog;
import org.reachlab.data.time.LocalClock;

/**
 * A time-ordered attempt table to train on: a view of an {@link AttemptLog} in time order (ties
 * keep the order they were logged in), with every known contact (also those without attempts), stated
 * preferences, the holiday calendar and the data's provenance.
 *
 * <p>Rows are addressed by their position {@code k} in time order, 0 to {@link #size()} − 1.
 * Each row's local slot and local date in its contact's zone are computed once and shared by
 * every slice. Immutable; slices share the log.
 */
public final class TrainingData {

    private final AttemptLog log;
    private final int[] order;
    private final int[] slot;
    private final long[] epochDay;
    private final Map<String, Contact> contacts;
    private final StatedPreferences preferences;
    private final HolidayCalendar calendar;
    private final DataSource source;
    private final EventLog events;

    private TrainingData(AttemptLog log, int[] order, int[] slot, long[] epochDay, Map<String, Contact> contacts,
                         StatedPreferences preferences, HolidayCalendar calendar, DataSource source, EventLog events) {
        this.events = events;
        this.log = log;
        this.order = order;
        this.slot = slot;
        this.epochDay = epochDay;
        this.contacts = contacts;
        this.preferences = preferences;
        this.calendar = calendar;
        this.source = source;
    }

    /**
     * All attempts of a log, in time order.
     *
     * @param log         the attempts
     * @param contacts    every known contact, by id (the log's contacts are added when missing)
     * @param preferences stated preferences, or {@link StatedPreferences#none()}
     * @param calendar    public holidays
     * @param source      provenance of the data
     */
    public static TrainingData of(AttemptLog log, Map<String, Contact> contacts, StatedPreferences preferences,
                                  HolidayCalendar calendar, DataSource source) {
        Objects.requireNonNull(log, "log");
        int n = log.size();
        int[] order = new int[n];
        int[] slot = new int[n];
        long[] day = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            Contact c = log.contact(i);
            long local = LocalClock.localSecond(log.epochSecond(i), c.zone());
            slot[i] = LocalClock.slotOfLocal(local);
            day[i] = LocalClock.epochDayOfLocal(local);
        }
        // attempts at the same instant keep the order they were logged in
        IntArrays.mergeSort(order, (x, y) -> {
            int c = Long.compare(log.epochSecond(x), log.epochSecond(y));
            return c != 0 ? c : Integer.compare(log.inputIndex(x), log.inputIndex(y));
        });
        Map<String, Contact> all = new LinkedHashMap<>(contacts);
        for (Contact c : log.contacts()) {
            all.putIfAbsent(c.id(), c);
        }
        return new TrainingData(log, order, slot, day, Collections.unmodifiableMap(all),
                Objects.requireNonNull(preferences, "preferences"), Objects.requireNonNull(calendar, "calendar"),
                Objects.requireNonNull(source, "source"), EventLog.empty());
    }

    /** Number of rows. */
    public int size() {
        return order.length;
    }

    /** The underlying log. */
    public AttemptLog log() {
        return log;
    }

    /** The log row of time-ordered row {@code k}. */
    public int row(int k) {
        return order[k];
    }

    /** Every known contact by id, also those without attempts. */
    public Map<String, Contact> contacts() {
        return contacts;
    }

    public StatedPreferences preferences() {
        return preferences;
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    public DataSource source() {
        return source;
    }

    public Contact contact(int k) {
        return log.contact(order[k]);
    }

    /** The index of row {@code k}'s contact in {@code log().contacts()}. */
    public int contactIndex(int k) {
        return log.contactIndex(order[k]);
    }

    public long epochSecond(int k) {
        return log.epochSecond(order[k]);
    }

    public Instant at(int k) {
        return log.at(order[k]);
    }

    public Outcome outcome(int k) {
        return log.outcome(order[k]);
    }

    /** The id of the rep who made row {@code k}'s attempt, or {@code null} when the log does not name one. */
    public String repId(int k) {
        return log.repId(order[k]);
    }

    public boolean connected(int k) {
        return log.outcome(order[k]).isContact();
    }

    /** Row {@code k}'s local slot (0–167) in its contact's zone. */
    public int slot(int k) {
        return slot[order[k]];
    }

    /** Row {@code k}'s local epoch day in its contact's zone. */
    public long epochDay(int k) {
        return epochDay[order[k]];
    }

    public LocalDate localDate(int k) {
        return LocalDate.ofEpochDay(epochDay[order[k]]);
    }

    /** Row {@code k} as an observation, with its rep where the log names one. */
    public Observation observation(int k) {
        return new Observation(contact(k), at(k), outcome(k), repId(k));
    }

    /** The first attempt's instant; {@code null} when empty. */
    public Instant first() {
        return size() == 0 ? null : at(0);
    }

    /** The last attempt's instant; {@code null} when empty. */
    public Instant last() {
        return size() == 0 ? null : at(size() - 1);
    }

    /** The rows with {@code from <= at < to} ({@code null} bounds are open). */
    public TrainingData between(Instant from, Instant to) {
        long lo = from == null ? Long.MIN_VALUE : from.getEpochSecond();
        long hi = to == null ? Long.MAX_VALUE : to.getEpochSecond();
        int a = lowerBound(lo);
        int b = lowerBound(hi);
        return new TrainingData(log, Arrays.copyOfRange(order, a, b), slot, epochDay, contacts, preferences,
                calendar, source, events);
    }

    /** The rows before an instant. */
    public TrainingData before(Instant t) {
        return between(null, t);
    }

    /** The rows at or after an instant. */
    public TrainingData from(Instant t) {
        return between(t, null);
    }

    /** The rows whose log row passes a filter, in the same order. */
    public TrainingData filter(IntPredicate logRow) {
        return new TrainingData(log, Arrays.stream(order).filter(logRow).toArray(), slot, epochDay, contacts,
                preferences, calendar, source, events);
    }

    /** The same rows with other preferences (e.g. {@link StatedPreferences#knownBefore}). */
    public TrainingData withPreferences(StatedPreferences p) {
        return new TrainingData(log, order, slot, epochDay, contacts, p, calendar, source, events);
    }

    /**
     * The same rows with the contacts' behavioural events. Every event is kept, whatever the rows'
     * time span: events are known when they happen, so a family reads, for an attempt or a query at
     * an instant, only the events strictly before it (never later ones).
     */
    public TrainingData withEvents(EventLog e) {
        return new TrainingData(log, order, slot, epochDay, contacts, preferences, calendar, source,
                Objects.requireNonNull(e, "events"));
    }

    /** The contacts' behavioural events ({@link EventLog#empty()} when the data has none). */
    public EventLog events() {
        return events;
    }

    /** The number of connects. */
    public long connects() {
        long c = 0;
        for (int k = 0; k < size(); k++) {
            if (connected(k)) {
                c++;
            }
        }
        return c;
    }

    /** Distinct contacts with at least one row here. */
    public List<Contact> contactsWithRows() {
        boolean[] seen = new boolean[log.contacts().size()];
        for (int k = 0; k < size(); k++) {
            seen[contactIndex(k)] = true;
        }
        java.util.ArrayList<Contact> out = new java.util.ArrayList<>();
        for (int i = 0; i < seen.length; i++) {
            if (seen[i]) {
                out.add(log.contacts().get(i));
            }
        }
        return out;
    }

    private int lowerBound(long epochSecond) {
        int lo = 0;
        int hi = order.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (log.epochSecond(order[mid]) < epochSecond) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
