package org.reachlab.models.encoding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running rep-contact relationships a model has seen: the dials and connects of everybody, of
 * each contact, of each rep and of each contact with each rep, when the pair last connected, and
 * the calls each contact made to each rep (inbound calls).
 *
 * <p>A call by rep {@code R} to contact {@code C} is the dial of the pair (C, R); it is also an
 * inbound call of the pair (R, C), read when {@code R} is later called by {@code C}. That reading
 * needs reps and contacts named in one id space of people, as in a log of calls between people
 * (the Copenhagen import: the caller is the rep, the callee the contact); where reps and contacts
 * have ids of their own, no contact is ever a rep and the inbound features stay at zero.
 *
 * <p>Rates are shrunk: a contact's toward the overall rate so far, a rep's toward the same, and a
 * pair's toward its contact's shrunk rate, each with {@value #PRIOR} pseudo-attempts. Features of a
 * query use only what was observed before it. Mutable; not thread-safe.
 */
public final class Relations {

    /** Pseudo-attempts of every shrunk rate. */
    public static final double PRIOR = 8.0;

    /** The feature columns {@link #write} fills, in order (part of {@link DenseFeatures#NAMES}). */
    public static final List<String> NAMES = List.of("logit_contact_rate", "rep_known", "logit_rep_rate",
            "log_pair_dials", "log_pair_connects", "logit_pair_rate", "pair_never_connected",
            "log_hours_since_pair_connect", "inbound", "log_inbound_calls", "log_hours_since_inbound");

    /** The 0/1 columns among {@link #NAMES}. */
    public static final List<String> FLAGS = List.of("rep_known", "pair_never_connected", "inbound");

    /** Dials and connects of one contact, rep or pair, the last connect and the calls the other way. */
    static final class Tally {
        long dials;
        long connects;
        long lastConnect = Long.MIN_VALUE;
        long inbound;
        long lastInbound = Long.MIN_VALUE;

        Tally() {
        }

        Tally(Tally o) {
            dials = o.dials;
            connects = o.connects;
            lastConnect = o.lastConnect;
            inbound = o.inbound;
            lastInbound = o.lastInbound;
        }
    }

    /** A contact and a rep. */
    record Pair(String contact, String rep) {
    }

    private static final Tally NONE = new Tally();

    private final Tally all;
    private final Map<String, Tally> contacts;
    private final Map<String, Tally> reps;
    private final Map<Pair, Tally> pairs;

    /** No relationships yet. */
    public Relations() {
        this(new Tally(), new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    private Relations(Tally all, Map<String, Tally> contacts, Map<String, Tally> reps, Map<Pair, Tally> pairs) {
        this.all = all;
        this.contacts = contacts;
        this.reps = reps;
        this.pairs = pairs;
    }

    /** A deep copy. */
    public Relations copy() {
        Map<String, Tally> c = new HashMap<>();
        contacts.forEach((k, v) -> c.put(k, new Tally(v)));
        Map<String, Tally> r = new HashMap<>();
        reps.forEach((k, v) -> r.put(k, new Tally(v)));
        Map<Pair, Tally> p = new HashMap<>();
        pairs.forEach((k, v) -> p.put(k, new Tally(v)));
        return new Relations(new Tally(all), c, r, p);
    }

    /**
     * Records a call to a contact at {@code epochSecond}, by a rep or by nobody named
     * ({@code repId == null}), and whether it connected.
     */
    public void observe(String contactId, String repId, long epochSecond, boolean connected) {
        count(all, epochSecond, connected);
        count(contacts.computeIfAbsent(contactId, k -> new Tally()), epochSecond, connected);
        if (repId == null) {
            return;
        }
        count(reps.computeIfAbsent(repId, k -> new Tally()), epochSecond, connected);
        count(pairs.computeIfAbsent(new Pair(contactId, repId), k -> new Tally()), epochSecond, connected);
        // the rep called the contact: an inbound call of the pair with the roles swapped
        Tally back = pairs.computeIfAbsent(new Pair(repId, contactId), k -> new Tally());
        back.inbound++;
        back.lastInbound = Math.max(back.lastInbound, epochSecond);
    }

    private static void count(Tally t, long epochSecond, boolean connected) {
        t.dials++;
        if (connected) {
            t.connects++;
            t.lastConnect = Math.max(t.lastConnect, epochSecond);
        }
    }

    /** The overall connect rate so far, with one pseudo-connect in two pseudo-dials. */
    public double overallRate() {
        return (all.connects + 1.0) / (all.dials + 2.0);
    }

    /** The contact's rate so far, shrunk toward {@link #overallRate()}. */
    public double contactRate(String contactId) {
        Tally c = contacts.getOrDefault(contactId, NONE);
        return shrink(c, overallRate());
    }

    /** The rep's rate so far, shrunk toward {@link #overallRate()}; the overall rate when {@code repId} is null. */
    public double repRate(String repId) {
        return repId == null ? overallRate() : shrink(reps.getOrDefault(repId, NONE), overallRate());
    }

    /** The pair's rate so far, shrunk toward the contact's shrunk rate. */
    public double pairRate(String contactId, String repId) {
        return shrink(pair(contactId, repId), contactRate(contactId));
    }

    /** The pair's dials so far (0 when {@code repId} is null). */
    public long pairDials(String contactId, String repId) {
        return pair(contactId, repId).dials;
    }

    /** The pair's connects so far (0 when {@code repId} is null). */
    public long pairConnects(String contactId, String repId) {
        return pair(contactId, repId).connects;
    }

    /** The calls the contact made to the rep so far (0 when {@code repId} is null). */
    public long inboundCalls(String contactId, String repId) {
        return pair(contactId, repId).inbound;
    }

    private Tally pair(String contactId, String repId) {
        return repId == null ? NONE : pairs.getOrDefault(new Pair(contactId, repId), NONE);
    }

    private static double shrink(Tally t, double prior) {
        return (t.connects + PRIOR * prior) / (t.dials + PRIOR);
    }

    private static double logit(double p) {
        double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(q / (1 - q));
    }

    /**
     * Writes the {@link #NAMES} columns of a call by {@code repId} (null when not named) to the
     * contact at {@code epochSecond} into {@code out} from {@code offset}, from what was observed so far.
     */
    public void write(float[] out, int offset, String contactId, String repId, long epochSecond) {
        Tally p = pair(contactId, repId);
        double contactRate = contactRate(contactId);
        int o = offset;
        out[o++] = (float) logit(contactRate);
        out[o++] = repId == null ? 0f : 1f;
        out[o++] = (float) logit(repRate(repId));
        out[o++] = (float) Math.log1p(p.dials);
        out[o++] = (float) Math.log1p(p.connects);
        out[o++] = (float) logit(shrink(p, contactRate));
        boolean never = p.lastConnect == Long.MIN_VALUE;
        out[o++] = never ? 1f : 0f;
        out[o++] = never ? 0f : (float) Math.log1p(Math.max(0, epochSecond - p.lastConnect) / 3600.0);
        boolean inbound = p.inbound > 0;
        out[o++] = inbound ? 1f : 0f;
        out[o++] = (float) Math.log1p(p.inbound);
        out[o] = inbound ? (float) Math.log1p(Math.max(0, epochSecond - p.lastInbound) / 3600.0) : 0f;
    }

    /** The number of contacts, reps and pairs with a tally. */
    public int size() {
        return contacts.size() + reps.size() + pairs.size();
    }

    /** Calls {@code sink} once for everybody ({@code kind} "all", ids null), then every contact, rep and pair. */
    void forEach(TallySink sink) {
        sink.accept("all", null, null, all);
        contacts.forEach((k, v) -> sink.accept("contact", k, null, v));
        reps.forEach((k, v) -> sink.accept("rep", null, k, v));
        pairs.forEach((k, v) -> sink.accept("pair", k.contact(), k.rep(), v));
    }

    /** Restores one tally written by {@link #forEach}. */
    void restore(String kind, String contactId, String repId, long dials, long connects, long lastConnect,
                 long inbound, long lastInbound) {
        Tally t = switch (kind) {
            case "all" -> all;
            case "contact" -> contacts.computeIfAbsent(contactId, k -> new Tally());
            case "rep" -> reps.computeIfAbsent(repId, k -> new Tally());
            case "pair" -> pairs.computeIfAbsent(new Pair(contactId, repId), k -> new Tally());
            default -> throw new IllegalArgumentException("unknown relation kind '" + kind
                    + "' (expected all, contact, rep or pair)");
        };
        t.dials = dials;
        t.connects = connects;
        t.lastConnect = lastConnect;
        t.inbound = inbound;
        t.lastInbound = lastInbound;
    }

    /** Receives the tallies of {@link #forEach}. */
    interface TallySink {
        void accept(String kind, String contactId, String repId, Tally t);
    }
}
