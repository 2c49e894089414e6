package org.reachlab.data.log;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import it.unimi.dsi.fastutil.ints.IntArrays;
import org.reachlab.data.domain.Attempt;
import org.reachlab.data.domain.Channel;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.Outcome;

/**
 * Accepted attempts in columnar form, sorted by contact, then time, then input order.
 *
 * <p>Per attempt it keeps the id, the contact (as an index into {@link #contacts()}), the instant
 * (epoch seconds), outcome, channel, the rep where the log names one (as an index into
 * {@link #reps()}) and whether a meeting was booked: what features and models need, at about 34
 * bytes an attempt. Immutable once built.
 */
public final class AttemptLog {

    /** {@link #meetingBooked(int)} when the log did not record it. */
    public static final byte MEETING_UNKNOWN = -1;

    /** {@link #repIndex(int)} of an attempt whose rep the log does not name. */
    public static final int NO_REP = -1;

    private static final Outcome[] OUTCOMES = Outcome.values();
    private static final Channel[] CHANNELS = Channel.values();

    private final List<Contact> contacts;
    private final List<String> reps;
    private final IdColumn ids;
    private final int[] contact;
    private final long[] epochSecond;
    private final byte[] outcome;
    private final byte[] channel;
    private final byte[] meeting;
    private final int[] rep;
    private final int[] inputIndex;

    private AttemptLog(List<Contact> contacts, List<String> reps, IdColumn ids, int[] contact, long[] epochSecond,
                       byte[] outcome, byte[] channel, byte[] meeting, int[] rep, int[] inputIndex) {
        this.contacts = contacts;
        this.reps = reps;
        this.rep = rep;
        this.ids = ids;
        this.contact = contact;
        this.epochSecond = epochSecond;
        this.outcome = outcome;
        this.channel = channel;
        this.meeting = meeting;
        this.inputIndex = inputIndex;
    }

    /** A builder that collects attempts in any order. */
    public static Builder builder() {
        return new Builder();
    }

    /** Number of attempts. */
    public int size() {
        return contact.length;
    }

    /** The contacts that have at least one attempt, indexed as {@link #contactIndex(int)} says. */
    public List<Contact> contacts() {
        return contacts;
    }

    /** The reps the log names, indexed as {@link #repIndex(int)} says (empty when it names none). */
    public List<String> reps() {
        return reps;
    }

    /** The index of attempt {@code i}'s rep in {@link #reps()}, {@link #NO_REP} when the log does not name one. */
    public int repIndex(int i) {
        return rep[i];
    }

    /** The id of the rep who made attempt {@code i}, or {@code null} when the log does not name one. */
    public String repId(int i) {
        return rep[i] == NO_REP ? null : reps.get(rep[i]);
    }

    public String attemptId(int i) {
        return ids.get(i);
    }

    /**
     * The position at which attempt {@code i} was added to the builder: among attempts at the same
     * instant, the order they were logged in.
     */
    public int inputIndex(int i) {
        return inputIndex[i];
    }

    /** The index of attempt {@code i}'s contact in {@link #contacts()}. */
    public int contactIndex(int i) {
        return contact[i];
    }

    public Contact contact(int i) {
        return contacts.get(contact[i]);
    }

    public long epochSecond(int i) {
        return epochSecond[i];
    }

    public Instant at(int i) {
        return Instant.ofEpochSecond(epochSecond[i]);
    }

    /** The attempt's start in its contact's zone. */
    public ZonedDateTime local(int i) {
        return at(i).atZone(contact(i).zone());
    }

    public Outcome outcome(int i) {
        return OUTCOMES[outcome[i]];
    }

    public Channel channel(int i) {
        return CHANNELS[channel[i]];
    }

    /** 1 when a meeting was booked, 0 when not, {@link #MEETING_UNKNOWN} when not recorded. */
    public byte meetingBooked(int i) {
        return meeting[i];
    }

    /** Collects attempts; {@link #build()} sorts them. Not thread-safe. */
    public static final class Builder {
        private final List<Contact> contacts = new ArrayList<>();
        private final Map<String, Integer> contactIndex = new HashMap<>();
        private final Map<Contact, Integer> contactByIdentity = new IdentityHashMap<>();
        private final List<String> reps = new ArrayList<>();
        private final Map<String, Integer> repIndex = new HashMap<>();
        private final IdColumn ids = new IdColumn();
        private int[] contact = new int[1024];
        private int[] rep = new int[1024];
        private long[] epochSecond = new long[1024];
        private byte[] outcome = new byte[1024];
        private byte[] channel = new byte[1024];
        private byte[] meeting = new byte[1024];
        private int size;

        /**
         * Adds an attempt of the given contact (its id must match the attempt's contact id).
         *
         * @throws IllegalArgumentException when an attempt with the same id was added before
         */
        public Builder add(Attempt a, Contact c) {
            if (!addIfNew(a, c)) {
                throw new IllegalArgumentException("attempt id '" + a.id() + "' was added before");
            }
            return this;
        }

        /** Adds an attempt unless one with the same id was added before; false when it was. */
        public boolean addIfNew(Attempt a, Contact c) {
            if (!a.contactId().equals(c.id())) {
                throw new IllegalArgumentException("attempt " + a.id() + " is of contact " + a.contactId()
                        + ", received contact " + c.id());
            }
            if (ids.add(a.id()) < 0) {
                return false;
            }
            if (size == contact.length) {
                int n = size * 2;
                contact = Arrays.copyOf(contact, n);
                epochSecond = Arrays.copyOf(epochSecond, n);
                outcome = Arrays.copyOf(outcome, n);
                channel = Arrays.copyOf(channel, n);
                meeting = Arrays.copyOf(meeting, n);
                rep = Arrays.copyOf(rep, n);
            }
            Integer ci = contactByIdentity.get(c);
            if (ci == null) {
                ci = contactIndex.get(c.id());
                if (ci == null) {
                    ci = contacts.size();
                    contacts.add(c);
                    contactIndex.put(c.id(), ci);
                }
                contactByIdentity.put(c, ci);
            }
            contact[size] = ci;
            epochSecond[size] = a.at().getEpochSecond();
            outcome[size] = (byte) a.outcome().ordinal();
            channel[size] = (byte) a.channel().ordinal();
            meeting[size] = a.meetingBooked() == null ? MEETING_UNKNOWN : (byte) (a.meetingBooked() ? 1 : 0);
            rep[size] = a.repId() == null ? NO_REP : repIndex.computeIfAbsent(a.repId(), k -> {
                reps.add(k);
                return reps.size() - 1;
            });
            size++;
            return true;
        }

        /** Sorts {@code order[from, to)} by time, keeping the order of equal times. */
        private void sortByTime(int[] order, int from, int to) {
            if (to - from > 32) {
                // on a copy of the range: fastutil's ranged merge sort would copy the whole array
                int[] part = Arrays.copyOfRange(order, from, to);
                IntArrays.mergeSort(part, (x, y) -> Long.compare(epochSecond[x], epochSecond[y]));
                System.arraycopy(part, 0, order, from, part.length);
                return;
            }
            for (int i = from + 1; i < to; i++) {
                int v = order[i];
                long t = epochSecond[v];
                int j = i - 1;
                while (j >= from && epochSecond[order[j]] > t) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = v;
            }
        }

        /** Sorts by contact (in order of first appearance), time and input order, and freezes the log. */
        public AttemptLog build() {
            // a counting sort by contact (stable), then each contact's attempts by time with a
            // stable sort: equal keys keep input order; linear in the rows but for each contact's
            // own sort, where one comparator sort over all rows spent most of its time in cache misses
            int[] first = new int[contacts.size() + 1];
            for (int i = 0; i < size; i++) {
                first[contact[i] + 1]++;
            }
            for (int c = 0; c < contacts.size(); c++) {
                first[c + 1] += first[c];
            }
            int[] order = new int[size];
            int[] next = Arrays.copyOf(first, contacts.size());
            for (int i = 0; i < size; i++) {
                order[next[contact[i]]++] = i;
            }
            for (int c = 0; c < contacts.size(); c++) {
                sortByTime(order, first[c], first[c + 1]);
            }
            int[] sContact = new int[size];
            long[] sTime = new long[size];
            byte[] sOutcome = new byte[size];
            byte[] sChannel = new byte[size];
            byte[] sMeeting = new byte[size];
            int[] sRep = new int[size];
            for (int k = 0; k < size; k++) {
                int i = order[k];
                sContact[k] = contact[i];
                sTime[k] = epochSecond[i];
                sOutcome[k] = outcome[i];
                sChannel[k] = channel[i];
                sMeeting[k] = meeting[i];
                sRep[k] = rep[i];
            }
            return new AttemptLog(Collections.unmodifiableList(new ArrayList<>(contacts)),
                    Collections.unmodifiableList(new ArrayList<>(reps)), ids.permuted(order), sContact, sTime,
                    sOutcome, sChannel, sMeeting, sRep, order);
        }
    }
}
