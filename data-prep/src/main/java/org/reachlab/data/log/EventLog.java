package org.reachlab.data.log;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.EventKind;
import org.reachlab.data.time.LocalClock;

/**
 * Accepted behavioural events in columnar form, sorted by contact, then time, then input order.
 *
 * <p>Per event it keeps the contact (an index into {@link #contacts()}), the instant, the kind,
 * the local slot of the week in the contact's zone, the rep where the event names one (an index
 * into {@link #reps()}) and, for an answer, its reply latency: the seconds since the contact last
 * received a message of the same rep ({@link EventKind#SMS_OUT}) that was not yet answered, when
 * that is at most {@link #REPLY_WINDOW_S} ago. A contact's events are one contiguous run
 * ({@link #start}, {@link #end}). About 23 bytes an event. Immutable once built.
 */
public final class EventLog {

    /** {@link #repIndex(int)} of an event whose rep the log does not name. */
    public static final int NO_REP = -1;

    /** An answer counts as a reply to a message at most this many seconds earlier (24 h). */
    public static final long REPLY_WINDOW_S = 24 * 3600L;

    private static final EventKind[] KINDS = EventKind.values();
    private static final EventLog EMPTY = new Builder().build();

    private final List<Contact> contacts;
    private final Map<String, Integer> contactIndex;
    private final List<String> reps;
    private final Map<String, Integer> repIndex;
    private final int[] start;
    private final long[] epochSecond;
    private final byte[] kind;
    private final short[] slot;
    private final int[] rep;
    private final float[] latency;

    private EventLog(List<Contact> contacts, Map<String, Integer> contactIndex, List<String> reps,
                     Map<String, Integer> repIndex, int[] start, long[] epochSecond, byte[] kind, short[] slot,
                     int[] rep, float[] latency) {
        this.contacts = contacts;
        this.contactIndex = contactIndex;
        this.reps = reps;
        this.repIndex = repIndex;
        this.start = start;
        this.epochSecond = epochSecond;
        this.kind = kind;
        this.slot = slot;
        this.rep = rep;
        this.latency = latency;
    }

    /** A log without events. */
    public static EventLog empty() {
        return EMPTY;
    }

    /** A builder that collects events in any order. */
    public static Builder builder() {
        return new Builder();
    }

    /** Number of events. */
    public int size() {
        return epochSecond.length;
    }

    /** The contacts with at least one event, indexed as {@link #contactIndex(String)} says. */
    public List<Contact> contacts() {
        return contacts;
    }

    /** The index of a contact in {@link #contacts()}, -1 when the contact has no event. */
    public int contactIndex(String contactId) {
        Integer i = contactIndex.get(contactId);
        return i == null ? -1 : i;
    }

    /** The reps the events name. */
    public List<String> reps() {
        return reps;
    }

    /** The index of a rep in {@link #reps()}, {@link #NO_REP} when no event names it (or it is null). */
    public int repIndexOf(String repId) {
        Integer i = repId == null ? null : repIndex.get(repId);
        return i == null ? NO_REP : i;
    }

    /** The first event of contact {@code c} (an index of {@link #contacts()}). */
    public int start(int c) {
        return start[c];
    }

    /** One past the last event of contact {@code c}. */
    public int end(int c) {
        return start[c + 1];
    }

    /**
     * The first event of contact {@code c} at or after the epoch second: the events of {@code c}
     * strictly before it are {@link #start}..this (exclusive).
     */
    public int firstAtOrAfter(int c, long second) {
        int lo = start[c];
        int hi = start[c + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (epochSecond[mid] < second) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public long epochSecond(int i) {
        return epochSecond[i];
    }

    public EventKind kind(int i) {
        return KINDS[kind[i]];
    }

    /** The local slot of the week (0–167, Monday 00h = 0) in the contact's zone. */
    public int slot(int i) {
        return slot[i];
    }

    public int repIndex(int i) {
        return rep[i];
    }

    /** The reply latency of event {@code i} in seconds, NaN when it is not a reply. */
    public float replyLatency(int i) {
        return latency[i];
    }

    /** Events of some kinds only (same order). */
    public EventLog only(java.util.Set<EventKind> kinds) {
        Builder b = new Builder();
        for (int c = 0; c < contacts.size(); c++) {
            for (int i = start[c]; i < start[c + 1]; i++) {
                if (kinds.contains(kind(i))) {
                    b.add(contacts.get(c), epochSecond[i], kind(i), rep[i] == NO_REP ? null : reps.get(rep[i]));
                }
            }
        }
        return b.build();
    }

    /** Collects events; {@link #build()} sorts them. Not thread-safe. */
    public static final class Builder {
        private final List<Contact> contacts = new ArrayList<>();
        private final Map<String, Integer> contactIndex = new HashMap<>();
        private final List<String> reps = new ArrayList<>();
        private final Map<String, Integer> repIndex = new HashMap<>();
        private int[] contact = new int[1024];
        private long[] epochSecond = new long[1024];
        private byte[] kind = new byte[1024];
        private short[] slot = new short[1024];
        private int[] rep = new int[1024];
        private int size;
        private Contact lastContact;
        private int lastContactIndex;

        /** Adds an event of a contact at an epoch second, with its rep or {@code null}. */
        public Builder add(Contact c, long second, EventKind k, String repId) {
            if (size == contact.length) {
                int n = size * 2;
                contact = Arrays.copyOf(contact, n);
                epochSecond = Arrays.copyOf(epochSecond, n);
                kind = Arrays.copyOf(kind, n);
                slot = Arrays.copyOf(slot, n);
                rep = Arrays.copyOf(rep, n);
            }
            int ci;
            if (c == lastContact) {
                ci = lastContactIndex;
            } else {
                Integer known = contactIndex.get(c.id());
                if (known == null) {
                    known = contacts.size();
                    contacts.add(c);
                    contactIndex.put(c.id(), known);
                }
                ci = known;
                lastContact = c;
                lastContactIndex = ci;
            }
            contact[size] = ci;
            epochSecond[size] = second;
            kind[size] = (byte) k.ordinal();
            slot[size] = (short) LocalClock.slot(second, c.zone());
            rep[size] = repId == null ? NO_REP : repIndex.computeIfAbsent(repId, x -> {
                reps.add(x);
                return reps.size() - 1;
            });
            size++;
            return this;
        }

        /** Number of events added. */
        public int size() {
            return size;
        }

        /** Sorts by contact (in order of first appearance), time and input order, and freezes the log. */
        public EventLog build() {
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            IntArrays.mergeSort(order, (x, y) -> {
                int c = Integer.compare(contact[x], contact[y]);
                return c != 0 ? c : Long.compare(epochSecond[x], epochSecond[y]);
            });
            long[] sTime = new long[size];
            byte[] sKind = new byte[size];
            short[] sSlot = new short[size];
            int[] sRep = new int[size];
            int[] starts = new int[contacts.size() + 1];
            for (int k = 0; k < size; k++) {
                int i = order[k];
                sTime[k] = epochSecond[i];
                sKind[k] = kind[i];
                sSlot[k] = slot[i];
                sRep[k] = rep[i];
                starts[contact[i] + 1]++;
            }
            for (int c = 0; c < contacts.size(); c++) {
                starts[c + 1] += starts[c];
            }
            float[] latency = latencies(starts, sTime, sKind, sRep);
            return new EventLog(Collections.unmodifiableList(new ArrayList<>(contacts)),
                    Collections.unmodifiableMap(new HashMap<>(contactIndex)),
                    Collections.unmodifiableList(new ArrayList<>(reps)),
                    Collections.unmodifiableMap(new HashMap<>(repIndex)), starts, sTime, sKind, sSlot, sRep, latency);
        }

        private static float[] latencies(int[] starts, long[] time, byte[] kind, int[] rep) {
            float[] out = new float[time.length];
            Arrays.fill(out, Float.NaN);
            Map<Integer, Long> unanswered = new HashMap<>();
            for (int c = 0; c + 1 < starts.length; c++) {
                unanswered.clear();
                for (int i = starts[c]; i < starts[c + 1]; i++) {
                    if (rep[i] == NO_REP) {
                        continue;
                    }
                    EventKind k = KINDS[kind[i]];
                    if (k == EventKind.SMS_OUT) {
                        unanswered.putIfAbsent(rep[i], time[i]);
                    } else if (k.answers()) {
                        Long since = unanswered.remove(rep[i]);
                        if (since != null && time[i] - since <= REPLY_WINDOW_S) {
                            out[i] = time[i] - since;
                        }
                    }
                }
            }
            return out;
        }
    }
}
