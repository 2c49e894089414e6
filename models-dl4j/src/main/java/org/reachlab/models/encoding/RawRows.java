package org.reachlab.models.encoding;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import org.reachlab.data.calendar.CalendarDay;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.features.FeatureRow;
import org.reachlab.data.features.Features;
import org.reachlab.data.log.AttemptLog;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.TrainingData;

/**
 * Unscaled features of many attempts (or prediction queries) in compact columns: the
 * {@link DenseFeatures} of each row, its contact, weekly slot, day part, label and instant. Built by
 * {@link #fromLog} in time order (so that a validation slice is simply the tail), or row by row with a
 * {@link Builder} for queries and weekly profiles.
 */
public final class RawRows {

    private final int size;
    private final float[] dense;
    private final Contact[] contacts;
    private final short[] slots;
    private final byte[] labels;
    private final long[] epochs;

    private RawRows(int size, float[] dense, Contact[] contacts, short[] slots, byte[] labels, long[] epochs) {
        this.size = size;
        this.dense = dense;
        this.contacts = contacts;
        this.slots = slots;
        this.labels = labels;
        this.epochs = epochs;
    }

    /** A builder for about {@code capacity} rows, reading calendar days through a cache. */
    public static Builder builder(int capacity, DayCache days) {
        return new Builder(capacity, days, EventEvidence.NONE);
    }

    /** A builder whose queries read the contacts' behavioural events from {@code events}. */
    public static Builder builder(int capacity, DayCache days, EventEvidence events) {
        return new Builder(capacity, days, events);
    }

    /**
     * The features of every attempt of a log (data-prep's {@link Features}, no look-ahead), sorted by
     * instant; attempts at the same instant keep the log's order.
     */
    public static RawRows fromLog(AttemptLog log, HolidayCalendar calendar, StatedWeights weights) {
        Builder b = new Builder(log.size(), new DayCache(calendar), EventEvidence.NONE);
        java.util.Map<String, HourCounts> hours = new java.util.HashMap<>();
        float[] relations = relationsInTimeOrder(log);
        int width = Relations.NAMES.size();
        int[] row = {0};
        // Features.compute hands over the log's rows in the log's order
        Features.compute(log, calendar, r -> {
            HourCounts h = hours.computeIfAbsent(r.contact().id(), x -> new HourCounts());
            b.add(r, weights, h, relations, row[0]++ * width);
            h.observe(r.at().getEpochSecond(), HourCounts.dayPartOfSlot(r.slot()), r.contacted());
        });
        return b.build().sortedByTime();
    }

    /** The relationship columns of every log row, replayed in time order (ties in the order logged). */
    private static float[] relationsInTimeOrder(AttemptLog log) {
        int n = log.size();
        int width = Relations.NAMES.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        IntArrays.stableSort(order, (x, y) -> {
            int c = Long.compare(log.epochSecond(x), log.epochSecond(y));
            return c != 0 ? c : Integer.compare(log.inputIndex(x), log.inputIndex(y));
        });
        float[] out = new float[n * width];
        Relations relations = new Relations();
        for (int i : order) {
            String contact = log.contact(i).id();
            relations.write(out, i * width, contact, log.repId(i), log.epochSecond(i));
            relations.observe(contact, log.repId(i), log.epochSecond(i), log.outcome(i).isContact());
        }
        return out;
    }

    /**
     * The rows of training data in its time order, each with the history of its contact before it
     * (within the data) and the rep-contact relationships before it; {@code book} and {@code relations}
     * receive every row's outcome, so that they end as the histories and relationships after the data.
     * Gives the same features as {@link #fromLog} on a whole log.
     */
    public static RawRows fromTraining(TrainingData data, StatedWeights weights, DayCache days, HistoryBook book,
                                       Relations relations) {
        return fromTraining(data, weights, days, book, relations, EventEvidence.of(data.events()));
    }

    /**
     * {@link #fromTraining(TrainingData, StatedWeights, DayCache, HistoryBook, Relations)} with the
     * event columns read from {@code events} (each row sees the events strictly before it).
     */
    public static RawRows fromTraining(TrainingData data, StatedWeights weights, DayCache days, HistoryBook book,
                                       Relations relations, EventEvidence events) {
        Builder b = new Builder(data.size(), days, events);
        for (int k = 0; k < data.size(); k++) {
            Contact c = data.contact(k);
            long t = data.epochSecond(k);
            String rep = data.repId(k);
            b.add(c, data.at(k), rep, book.get(c.id()), relations, weights, data.connected(k) ? 1 : 0);
            book.observe(c.id(), t, data.slot(k), data.outcome(k));
            relations.observe(c.id(), rep, t, data.connected(k));
        }
        return b.build();
    }

    /** The 168 rows of a contact's ISO week, in slot order, each at the middle of its local hour. */
    public static RawRows week(Contact contact, IsoWeek week, DayCache days, ContactHistory history,
                               StatedWeights weights) {
        Builder b = new Builder(LocalSlot.COUNT, days, EventEvidence.NONE);
        b.addWeek(contact, week, history, weights);
        return b.build();
    }

    /** No relationships: the relationship columns of a query made without them. */
    private static final Relations NO_RELATIONS = new Relations();

    /** The number of rows. */
    public int size() {
        return size;
    }

    /** Dense feature {@code k} of row {@code i}. */
    public float dense(int i, int k) {
        return dense[i * DenseFeatures.COUNT + k];
    }

    /** The contact of row {@code i}. */
    public Contact contact(int i) {
        return contacts[i];
    }

    /** The weekly slot (0–167) of row {@code i}. */
    public int slot(int i) {
        return slots[i];
    }

    /** The day part (see {@link DenseFeatures#dayPart}) of row {@code i}. */
    public int dayPart(int i) {
        int s = slots[i];
        return DenseFeatures.dayPart(s % 24, s >= 5 * 24);
    }

    /** 1 when row {@code i} reached the person, 0 when not, -1 for a query without outcome. */
    public int label(int i) {
        return labels[i];
    }

    /** The epoch second of row {@code i}. */
    public long epochSecond(int i) {
        return epochs[i];
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), as a copy. */
    public RawRows slice(int from, int to) {
        if (from < 0 || to > size || from > to) {
            throw new IndexOutOfBoundsException("slice " + from + ".." + to + " of " + size + " rows");
        }
        int d = DenseFeatures.COUNT;
        return new RawRows(to - from, Arrays.copyOfRange(dense, from * d, to * d),
                Arrays.copyOfRange(contacts, from, to), Arrays.copyOfRange(slots, from, to),
                Arrays.copyOfRange(labels, from, to), Arrays.copyOfRange(epochs, from, to));
    }

    /** The first row at or after the epoch second (rows must be in time order), {@link #size()} when none. */
    public int firstAtOrAfter(long epochSecond) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (epochs[mid] < epochSecond) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The rows sorted by instant, stable. */
    public RawRows sortedByTime() {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        IntArrays.stableSort(order, (a, b) -> Long.compare(epochs[a], epochs[b]));
        int d = DenseFeatures.COUNT;
        float[] nd = new float[size * d];
        Contact[] nc = new Contact[size];
        short[] ns = new short[size];
        byte[] nl = new byte[size];
        long[] ne = new long[size];
        for (int i = 0; i < size; i++) {
            int j = order[i];
            System.arraycopy(dense, j * d, nd, i * d, d);
            nc[i] = contacts[j];
            ns[i] = slots[j];
            nl[i] = labels[j];
            ne[i] = epochs[j];
        }
        return new RawRows(size, nd, nc, ns, nl, ne);
    }

    /** Accumulates rows; not thread-safe. */
    public static final class Builder {

        private int size;
        private float[] dense;
        private Contact[] contacts;
        private short[] slots;
        private byte[] labels;
        private long[] epochs;
        private final int[] counts = new int[ContactHistory.BUCKETS];
        private final DayCache days;
        private final EventEvidence events;

        private Builder(int capacity, DayCache days, EventEvidence events) {
            this.days = days;
            this.events = java.util.Objects.requireNonNull(events, "events");
            int c = Math.max(16, capacity);
            dense = new float[c * DenseFeatures.COUNT];
            contacts = new Contact[c];
            slots = new short[c];
            labels = new byte[c];
            epochs = new long[c];
        }

        private int next() {
            if (size == contacts.length) {
                int c = contacts.length * 2;
                dense = Arrays.copyOf(dense, c * DenseFeatures.COUNT);
                contacts = Arrays.copyOf(contacts, c);
                slots = Arrays.copyOf(slots, c);
                labels = Arrays.copyOf(labels, c);
                epochs = Arrays.copyOf(epochs, c);
            }
            return size++;
        }

        /**
         * Adds one of data-prep's feature rows, labelled, with the contact's hour counts before it and its
         * relationship columns ({@link Relations#NAMES}) at {@code relations[offset...]}.
         */
        public Builder add(FeatureRow r, StatedWeights weights, HourCounts hours, float[] relations, int offset) {
            int i = next();
            counts[0] = r.previousContacts();
            counts[1] = r.previousNoAnswer();
            counts[2] = r.previousVoicemail();
            counts[3] = r.previousGatekeeper();
            counts[4] = r.previousBusy();
            counts[5] = r.previousOther();
            DenseFeatures.write(dense, i * DenseFeatures.COUNT, r.minuteOfDay(), r.dayOfWeek(), r.weekend(),
                    r.holiday(), r.bridgeDay(), r.daysToNextHoliday(), r.attemptNumber(), r.hoursSincePrevious(),
                    r.hoursSinceLastContact(), counts,
                    weights.weight(r.contact().id(), r.slot(), r.at().getEpochSecond()), hours,
                    r.at().getEpochSecond());
            System.arraycopy(relations, offset, dense, i * DenseFeatures.COUNT + DenseFeatures.RELATIONS,
                    Relations.NAMES.size());
            events.before(r.contact().id(), null, r.at().getEpochSecond()).write(dense,
                    i * DenseFeatures.COUNT + DenseFeatures.EVENTS, r.hour(), r.dayOfWeek());
            contacts[i] = r.contact();
            slots[i] = (short) r.slot();
            labels[i] = (byte) (r.contacted() ? 1 : 0);
            epochs[i] = r.at().getEpochSecond();
            return this;
        }

        /**
         * Adds a query: a call to the contact at an instant, given its history so far and no rep-contact
         * relationships; the label is {@code outcome} (1 or 0), or -1 when unknown.
         */
        public Builder add(Contact contact, Instant at, ContactHistory history, StatedWeights weights, int outcome) {
            return add(contact, at, null, history, NO_RELATIONS, weights, outcome);
        }

        /**
         * Adds a query: a call by {@code repId} (null when not named) to the contact at an instant, given its
         * history and the relationships so far; the label is {@code outcome} (1 or 0), or -1 when unknown.
         */
        public Builder add(Contact contact, Instant at, String repId, ContactHistory history, Relations relations,
                           StatedWeights weights, int outcome) {
            ZonedDateTime local = at.atZone(contact.zone());
            addLocal(contact, local, history, weights, outcome, LocalSlot.of(local).index());
            relations.write(dense, (size - 1) * DenseFeatures.COUNT + DenseFeatures.RELATIONS, contact.id(), repId,
                    at.getEpochSecond());
            events.before(contact.id(), repId, at.getEpochSecond()).write(dense,
                    (size - 1) * DenseFeatures.COUNT + DenseFeatures.EVENTS, local.getHour(),
                    local.getDayOfWeek().getValue());
            return this;
        }

        /**
         * Adds the 168 slots of the contact's ISO week, each a query at {@link IsoWeek#slotInstant} (the
         * middle of the local hour): the same row as {@link #add(Contact, Instant, ContactHistory,
         * StatedWeights, int)} at that instant, so where a DST gap moves the instant to the next hour the
         * row is that hour's.
         */
        public Builder addWeek(Contact contact, IsoWeek week, ContactHistory history, StatedWeights weights) {
            return addWeek(contact, WeekGrid.of(week, contact.zone()), history, NO_RELATIONS, weights);
        }

        /** {@link #addWeek(Contact, WeekGrid, ContactHistory, Relations, StatedWeights)} without relationships. */
        public Builder addWeek(Contact contact, WeekGrid grid, ContactHistory history, StatedWeights weights) {
            return addWeek(contact, grid, history, NO_RELATIONS, weights);
        }

        /**
         * Adds the 168 slots of the contact's week on a grid of the contact's zone: the same rows as
         * {@link #addWeek(Contact, IsoWeek, ContactHistory, StatedWeights)}, without recomputing what
         * the zone's contacts share; no rep is named, and the relationship columns are those of
         * {@code relations} (the same in every slot, as they depend on the slot's instant only through a rep).
         *
         * @throws IllegalArgumentException when the grid is not in the contact's zone
         */
        public Builder addWeek(Contact contact, WeekGrid grid, ContactHistory history, Relations relations,
                               StatedWeights weights) {
            if (!grid.zone().equals(contact.zone())) {
                throw new IllegalArgumentException("a grid in " + grid.zone() + " for contact " + contact.id()
                        + " in " + contact.zone());
            }
            CalendarDay[] week = new CalendarDay[7];
            for (int d = 0; d < 7; d++) {
                week[d] = days.day(grid.date(d), contact.region());
            }
            double[] stated = new double[LocalSlot.COUNT];
            weights.weekWeights(contact.id(), grid, stated);
            int first = size;
            for (int s = 0; s < LocalSlot.COUNT; s++) {
                int i = next();
                contacts[i] = contact;
                slots[i] = (short) grid.localSlot(s);
                labels[i] = -1;
                epochs[i] = grid.epochSecond(s);
            }
            DenseFeatures.writeWeek(dense, first * DenseFeatures.COUNT, grid, week, history, stated);
            int r = DenseFeatures.RELATIONS;
            relations.write(dense, first * DenseFeatures.COUNT + r, contact.id(), null, grid.epochSecond(0));
            for (int s = 1; s < LocalSlot.COUNT; s++) {
                System.arraycopy(dense, first * DenseFeatures.COUNT + r, dense, (first + s) * DenseFeatures.COUNT + r,
                        Relations.NAMES.size());
            }
            // the events known when the week starts, read for each slot's local hour and day
            EventEvidence.Snapshot known = events.before(contact.id(), null, grid.epochSecond(0));
            for (int s = 0; s < LocalSlot.COUNT; s++) {
                known.write(dense, (first + s) * DenseFeatures.COUNT + DenseFeatures.EVENTS,
                        grid.minuteOfDay(s) / 60, grid.dayOfWeek(s));
            }
            return this;
        }

        private void addLocal(Contact contact, ZonedDateTime local, ContactHistory history, StatedWeights weights,
                              int outcome, int slot) {
            if (outcome < -1 || outcome > 1) {
                throw new IllegalArgumentException("outcome must be -1, 0 or 1, received " + outcome);
            }
            int i = next();
            LocalDate date = local.toLocalDate();
            CalendarDay day = days.day(date, contact.region());
            long t = local.toEpochSecond();
            int dow = local.getDayOfWeek().getValue();
            for (int b = 0; b < ContactHistory.BUCKETS; b++) {
                counts[b] = history.count(b);
            }
            DenseFeatures.write(dense, i * DenseFeatures.COUNT, local.getHour() * 60 + local.getMinute(), dow,
                    dow >= 6, day.holiday(), day.bridgeDay(), day.daysToNextHoliday(), history.attempts() + 1,
                    history.hoursSincePrevious(t), history.hoursSinceLastContact(t), counts,
                    weights.weight(contact.id(), slot, t), history.hours(), t);
            contacts[i] = contact;
            slots[i] = (short) slot;
            labels[i] = (byte) outcome;
            epochs[i] = t;
        }

        /** The number of rows added so far. */
        public int size() {
            return size;
        }

        /** Forgets the rows added so far. */
        public void clear() {
            size = 0;
        }

        /** An independent copy of this builder (sharing the day cache). */
        public Builder copy() {
            Builder b = new Builder(contacts.length, days, events);
            b.size = size;
            System.arraycopy(dense, 0, b.dense, 0, size * DenseFeatures.COUNT);
            System.arraycopy(contacts, 0, b.contacts, 0, size);
            System.arraycopy(slots, 0, b.slots, 0, size);
            System.arraycopy(labels, 0, b.labels, 0, size);
            System.arraycopy(epochs, 0, b.epochs, 0, size);
            return b;
        }

        /**
         * The rows added so far, in insertion order, handed over without a copy when the builder is
         * exactly full; the builder is empty afterwards.
         */
        public RawRows take() {
            RawRows rows = size == contacts.length ? new RawRows(size, dense, contacts, slots, labels, epochs) : build();
            int c = 16;
            dense = new float[c * DenseFeatures.COUNT];
            contacts = new Contact[c];
            slots = new short[c];
            labels = new byte[c];
            epochs = new long[c];
            size = 0;
            return rows;
        }

        /** The rows added so far, in insertion order. */
        public RawRows build() {
            return new RawRows(size, Arrays.copyOf(dense, size * DenseFeatures.COUNT), Arrays.copyOf(contacts, size),
                    Arrays.copyOf(slots, size), Arrays.copyOf(labels, size), Arrays.copyOf(epochs, size));
        }
    }
}
