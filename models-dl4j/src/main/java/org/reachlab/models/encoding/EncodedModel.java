package org.reachlab.models.encoding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.data.time.LocalClock;
import org.reachlab.models.DayEffects;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFormatException;
import org.reachlab.models.Observation;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.TrainingData;
import org.reachlab.models.WeeklyProfile;

/**
 * What the logistic and neural families share around their fitted core: the contacts' running
 * histories and rep-contact relationships (so a prediction sees the same history features training
 * did), the contacts' behavioural events ({@link EventEvidence}: a query reads those before its
 * instant), the stated slot weights,
 * stated absences, and online updates that refresh the history at once and take gradient steps on
 * every {@code onlineBatch} new outcomes.
 *
 * <p>Public holidays and bridge days are features of the encoding, so the model learns their effect;
 * of the shared {@link DayEffects} only stated absences are applied on top (holiday and bridge-day
 * factors 1), so that nothing is counted twice.
 */
public abstract class EncodedModel implements ReachabilityModel {

    /** Files this class writes next to the core's. */
    static final String ABSENCES_FILE = "absences.json";
    static final String STATE_FILE = "online-state.txt";

    private final HistoryBook book;
    private final Relations relations;
    private final EventEvidence events;
    private final StatedWeights weights;
    private final DayEffects absences;
    private final DayCache days;
    private final int onlineBatch;
    private final RawRows.Builder pending;
    private long lastSeen;

    /** The shared state of a model trained on {@code data}, whose histories are in {@code book}. */
    protected EncodedModel(HistoryBook book, Relations relations, EventEvidence events, StatedWeights weights,
                           DayEffects absences, DayCache days, int onlineBatch, long lastSeen) {
        this.book = book;
        this.relations = relations;
        this.events = events;
        this.weights = weights;
        this.absences = absences;
        this.days = days;
        this.onlineBatch = onlineBatch;
        this.pending = RawRows.builder(onlineBatch, days, events);
        this.lastSeen = lastSeen;
    }

    /** A deep copy of another model's shared state (the core is the subclass's to copy). */
    protected EncodedModel(EncodedModel other) {
        this.book = HistoryBook.of(other.book.asMap());
        this.relations = other.relations.copy();
        this.events = other.events;
        this.weights = other.weights;
        this.absences = other.absences;
        this.days = other.days;
        this.onlineBatch = other.onlineBatch;
        this.pending = other.pending.copy();
        this.lastSeen = other.lastSeen;
    }

    /** Everything a family needs from training data before fitting its core. */
    public record Prepared(RawRows rows, HistoryBook book, Relations relations, StatedWeights weights,
                           DayEffects absences, DayCache days, long lastSeen, EventEvidence events) {
    }

    /** Encodes training data in time order and collects the histories, stated weights and absences. */
    public static Prepared prepare(TrainingData data, ModelConfig config) {
        StatedWeights weights = StatedWeights.from(data.preferences(), data.contacts().keySet());
        DayCache days = new DayCache(data.calendar());
        HistoryBook book = new HistoryBook();
        Relations relations = new Relations();
        EventEvidence events = EventEvidence.of(data.events());
        RawRows rows = RawRows.fromTraining(data, weights, days, book, relations, events);
        DayEffects absences = DayEffects.learn(data, absencesOnly(config));
        long last = data.size() == 0 ? Long.MIN_VALUE : data.epochSecond(data.size() - 1);
        return new Prepared(rows, book, relations, weights, absences, days, last, events);
    }

    private static DayEffects.Config absencesOnly(ModelConfig config) {
        DayEffects.Config d = config.days();
        return new DayEffects.Config(1.0, 1.0, d.absenceFactor(), d.priorStrength(), false);
    }

    /** Reads the shared state written by {@link #save}. */
    public static Prepared read(Path dir, HolidayCalendar calendar) throws IOException {
        Path state = dir.resolve(STATE_FILE);
        if (!Files.isRegularFile(state)) {
            throw new ModelFormatException("missing " + state);
        }
        long last;
        try {
            last = Long.parseLong(Files.readString(state, StandardCharsets.UTF_8).trim());
        } catch (NumberFormatException e) {
            throw new ModelFormatException(state + " does not hold an epoch second: " + e.getMessage(), e);
        }
        return new Prepared(null, EncodingStore.readHistories(dir), EncodingStore.readRelations(dir),
                StatedWeights.read(dir),
                DayEffects.read(dir.resolve(ABSENCES_FILE), calendar), new DayCache(calendar), last,
                EventEvidence.read(dir));
    }

    /** The fitted encoder of the core. */
    protected abstract FeatureEncoder encoder();

    /** The core's probabilities for encoded rows. */
    protected abstract double[] predict(EncodedRows rows);

    /** The core's online learning step on labelled rows. */
    protected abstract void learn(EncodedRows rows);

    /** Writes the core's parameters (and its encoder) into the directory. */
    protected abstract void saveCore(Path dir) throws IOException;

    @Override
    public double probability(Contact contact, Instant at) {
        return probability(contact, at, null);
    }

    /** The probability of a call by the rep, from the contact's history and relationships so far. */
    @Override
    public double probability(Contact contact, Instant at, String repId) {
        return predict(row(contact, at, repId))[0] * absenceFactor(contact, at);
    }

    /** The encoded row of a call to the contact at the instant, with the contact's history as it is now. */
    protected EncodedRows row(Contact contact, Instant at) {
        return row(contact, at, null);
    }

    /** The encoded row of a call by the rep (or null) to the contact at the instant, with the history so far. */
    protected EncodedRows row(Contact contact, Instant at, String repId) {
        return encoder().encode(RawRows.builder(1, days, events).add(contact, at, repId, book.get(contact.id()), relations,
                weights, -1).build());
    }

    /** The stated-absence factor of a call to the contact at the instant (1 outside absences). */
    protected double absenceFactor(Contact contact, Instant at) {
        long t = at.getEpochSecond();
        return absences.factor(contact, LocalClock.epochDay(t, contact.zone()), LocalClock.hour(t, contact.zone()));
    }

    /** The 168 encoded rows of the contact's week, slot by slot, as {@link #profiles} scores them. */
    protected EncodedRows weekRows(Contact contact, IsoWeek week) {
        RawRows.Builder rows = RawRows.builder(LocalSlot.COUNT, days, events);
        rows.addWeek(contact, WeekGrid.of(week, contact.zone()), book.get(contact.id()), relations, weights);
        return encoder().encode(rows.take());
    }

    /** The stated-absence factor of each slot of the contact's week, or null when the contact stated none. */
    protected double[] weekAbsenceFactors(Contact contact, IsoWeek week) {
        return absences.absences().containsKey(contact.id()) ? absences.weekFactors(contact, week) : null;
    }

    @Override
    public WeeklyProfile profile(Contact contact, IsoWeek week) {
        return profiles(List.of(contact), week)[0];
    }

    /**
     * Scores the contacts in blocks of {@value #PROFILE_BLOCK} on all cores: each worker encodes a
     * block's week rows straight into buffers it reuses ({@link ProfileRows}), on the week grid of
     * each zone and the calendar days of each region (computed once per call), and sends them
     * through the core in one call. The profiles are those of {@link #profile}, whatever the
     * number of workers.
     */
    @Override
    public WeeklyProfile[] profiles(List<Contact> contacts, IsoWeek week) {
        WeeklyProfile[] out = new WeeklyProfile[contacts.size()];
        ProfileRows.Week shared = new ProfileRows.Week(week, days);
        int blocks = (contacts.size() + PROFILE_BLOCK - 1) / PROFILE_BLOCK;
        int workers = Math.min(blocks, ForkJoinPool.getCommonPoolParallelism() + 1);
        AtomicInteger next = new AtomicInteger();
        IntStream range = IntStream.range(0, workers);
        (workers > 1 ? range.parallel() : range).forEach(w -> {
            ProfileRows rows = new ProfileRows(encoder());
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                int from = b * PROFILE_BLOCK;
                int to = Math.min(contacts.size(), from + PROFILE_BLOCK);
                double[] p = predict(rows.encode(contacts, from, to, shared, book, relations, weights, events));
                for (int i = from; i < to; i++) {
                    Contact c = contacts.get(i);
                    double[] q = Arrays.copyOfRange(p, (i - from) * LocalSlot.COUNT, (i - from + 1) * LocalSlot.COUNT);
                    if (absences.absences().containsKey(c.id())) {
                        double[] f = absences.weekFactors(c, week);
                        for (int s = 0; s < q.length; s++) {
                            q[s] *= f[s];
                        }
                    }
                    out[i] = new WeeklyProfile(c.id(), week, q);
                }
            }
        });
        return out;
    }

    /** Contacts scored together by {@link #profiles}: a block's rows stay in the cache of its core. */
    private static final int PROFILE_BLOCK = 16;

    /**
     * Records the outcome in the contact's history at once and queues it as a training row; every
     * {@code onlineBatch} queued rows the core takes its gradient steps on them.
     *
     * @throws IllegalArgumentException when the observation is earlier than one already seen
     */
    @Override
    public void update(Observation o) {
        long t = o.at().getEpochSecond();
        if (t < lastSeen) {
            throw new IllegalArgumentException("observations must come in time order: received " + o.at()
                    + ", earlier than one already seen (" + Instant.ofEpochSecond(lastSeen) + ")");
        }
        Contact c = o.contact();
        pending.add(c, o.at(), o.repId(), book.get(c.id()), relations, weights, o.connected() ? 1 : 0);
        book.observe(c.id(), t, org.reachlab.data.time.LocalClock.slotOfLocal(
                org.reachlab.data.time.LocalClock.localSecond(t, c.zone())), o.outcome());
        relations.observe(c.id(), o.repId(), t, o.connected());
        lastSeen = t;
        if (pending.size() >= onlineBatch) {
            flush();
        }
    }

    /** Applies the queued outcomes now (the histories already have them). */
    public void flush() {
        if (pending.size() > 0) {
            learn(encoder().encode(pending.build()));
            pending.clear();
        }
    }

    /** The outcomes queued for the next online step. */
    public int pendingUpdates() {
        return pending.size();
    }

    /** Applies queued outcomes ({@link #flush}), then writes the core, histories, weights and absences. */
    @Override
    public void save(Path dir) throws IOException {
        flush();
        saveCore(dir);
        EncodingStore.writeHistories(book, dir);
        EncodingStore.writeRelations(relations, dir);
        events.write(dir);
        weights.write(dir);
        absences.write(dir.resolve(ABSENCES_FILE));
        Files.writeString(dir.resolve(STATE_FILE), Long.toString(lastSeen) + "\n", StandardCharsets.UTF_8);
    }

    /** The contacts' histories (read-only view). */
    public HistoryBook histories() {
        return book;
    }

    /** The rep-contact relationships (do not modify them). */
    public Relations relations() {
        return relations;
    }
}
