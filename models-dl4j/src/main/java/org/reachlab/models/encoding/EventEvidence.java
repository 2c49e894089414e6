package org.reachlab.models.encoding;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.data.domain.EventKind;
import org.reachlab.data.log.EventLog;

/**
 * What a contact's behavioural events ({@link EventLog}: email replies and opens, web visits,
 * meetings, inbound calls, texts) say about a call at an instant: the event columns of the encoding
 * ({@link #NAMES}).
 *
 * <p>Only events strictly before the instant the columns are asked for are read: an event is known
 * when it happens, so a call (or a week's profile, asked at the week's start) never sees a later one.
 * Events are forgotten exponentially with a half-life of {@value #HALF_LIFE_DAYS} days and read up
 * to {@value #WINDOW_HALF_LIVES} half-lives back:
 * <ul>
 *   <li>{@code events_known}: 1 when the contact has an event before the instant (without one, every
 *       column is 0, so a model trained without events gets zeros here);</li>
 *   <li>{@code log_event_activity}: log(1 + the forgotten count of the contact's events);</li>
 *   <li>{@code log_hours_since_event}: log(1 + hours since the last event);</li>
 *   <li>{@code log_events_last_hour}: log(1 + events in the hour before the instant), the contact being active now;</li>
 *   <li>{@code event_hour_lift}: log of the share of the contact's (forgotten) events within an hour of
 *       the call's local hour of the day, over the share a flat day gives, shrunk with
 *       {@value #PRIOR_EVENTS} pseudo-events spread flat;</li>
 *   <li>{@code event_day_lift}: the same for the call's day of the week;</li>
 *   <li>{@code log_pair_activity}, {@code pair_events_known}, {@code log_hours_since_pair_event}: the
 *       same counts for the events that name the calling rep (a text with the caller, an email the rep sent);</li>
 *   <li>{@code replies_known}, {@code log_reply_minutes}: the forgotten mean of log(1 + minutes) the
 *       contact took to answer a rep's message ({@link EventLog#replyLatency}).</li>
 * </ul>
 * Immutable and thread-safe; {@link #NONE} has no events and writes the columns of a contact
 * without events.
 */
public final class EventEvidence {

    /** Half-life of an event's weight, in days. */
    public static final double HALF_LIFE_DAYS = 7.0;
    /** Events further back than this many half-lives are not read. */
    public static final int WINDOW_HALF_LIVES = 8;
    /** Pseudo-events of the hour and day lifts, spread flat. */
    public static final double PRIOR_EVENTS = 2.0;
    /** At most this many of a contact's latest events before an instant are read. */
    public static final int MAX_EVENTS = 4096;

    /** The feature columns {@link #write} fills, in order (the last of {@link DenseFeatures#NAMES}). */
    public static final List<String> NAMES = List.of("events_known", "log_event_activity", "log_hours_since_event",
            "log_events_last_hour", "event_hour_lift", "event_day_lift", "log_pair_activity", "pair_events_known",
            "log_hours_since_pair_event", "replies_known", "log_reply_minutes");

    /** The 0/1 columns among {@link #NAMES}. */
    public static final List<String> FLAGS = List.of("events_known", "pair_events_known", "replies_known");

    /** No events. */
    public static final EventEvidence NONE = new EventEvidence(Map.of(), Map.of(), new int[] {0}, new long[0],
            new short[0], new byte[0], new int[0], new float[0]);

    private static final double LAMBDA = Math.log(2) / (HALF_LIFE_DAYS * 86_400.0);
    private static final long WINDOW_S = (long) (WINDOW_HALF_LIVES * HALF_LIFE_DAYS * 86_400);
    private static final EventKind[] KINDS = EventKind.values();
    private static final String FILE = "events.csv";

    private final Map<String, Integer> contacts;
    private final Map<String, Integer> reps;
    private final int[] start;
    private final long[] epochSecond;
    private final short[] slot;
    private final byte[] kind;
    private final int[] rep;
    private final float[] latency;

    private EventEvidence(Map<String, Integer> contacts, Map<String, Integer> reps, int[] start, long[] epochSecond,
                          short[] slot, byte[] kind, int[] rep, float[] latency) {
        this.contacts = contacts;
        this.reps = reps;
        this.start = start;
        this.epochSecond = epochSecond;
        this.slot = slot;
        this.kind = kind;
        this.rep = rep;
        this.latency = latency;
    }

    /** The evidence of an event log ({@link #NONE} when it is empty). */
    public static EventEvidence of(EventLog log) {
        if (log.size() == 0) {
            return NONE;
        }
        int n = log.size();
        Map<String, Integer> contacts = new HashMap<>();
        int[] start = new int[log.contacts().size() + 1];
        for (int c = 0; c < log.contacts().size(); c++) {
            contacts.put(log.contacts().get(c).id(), c);
            start[c] = log.start(c);
        }
        start[log.contacts().size()] = n;
        Map<String, Integer> reps = new HashMap<>();
        for (int r = 0; r < log.reps().size(); r++) {
            reps.put(log.reps().get(r), r);
        }
        long[] t = new long[n];
        short[] s = new short[n];
        byte[] k = new byte[n];
        int[] rp = new int[n];
        float[] lat = new float[n];
        for (int i = 0; i < n; i++) {
            t[i] = log.epochSecond(i);
            s[i] = (short) log.slot(i);
            k[i] = (byte) log.kind(i).ordinal();
            rp[i] = log.repIndex(i);
            lat[i] = log.replyLatency(i);
        }
        return new EventEvidence(Map.copyOf(contacts), Map.copyOf(reps), start, t, s, k, rp, lat);
    }

    /** Number of events. */
    public int size() {
        return epochSecond.length;
    }

    /**
     * What the contact's events before {@code epochSecond} add up to, for a call by {@code repId}
     * (null when not named); its {@link Snapshot#write} gives the columns for any local hour and day.
     */
    public Snapshot before(String contactId, String repId, long epochSecond) {
        Integer c = contacts.get(contactId);
        if (c == null) {
            return Snapshot.EMPTY;
        }
        int from = start[c];
        int to = upperBound(from, start[c + 1], epochSecond);
        if (to == from) {
            return Snapshot.EMPTY;
        }
        Integer r = repId == null ? null : reps.get(repId);
        int pairRep = r == null ? EventLog.NO_REP : r;
        Snapshot s = new Snapshot();
        s.last = this.epochSecond[to - 1];
        int low = Math.max(from, to - MAX_EVENTS);
        for (int i = to - 1; i >= low; i--) {
            long age = epochSecond - this.epochSecond[i];
            if (age > WINDOW_S) {
                break;
            }
            double w = Math.exp(-LAMBDA * age);
            int sl = slot[i];
            s.total += w;
            s.hours[sl % 24] += w;
            s.days[sl / 24] += w;
            if (age < 3600) {
                s.lastHour++;
            }
            if (pairRep != EventLog.NO_REP && rep[i] == pairRep) {
                s.pair += w;
                if (s.pairLast == Long.MIN_VALUE) {
                    s.pairLast = this.epochSecond[i];
                }
            }
            if (!Float.isNaN(latency[i])) {
                s.replyWeight += w;
                s.replyLogMinutes += w * Math.log1p(latency[i] / 60.0);
            }
        }
        s.at = epochSecond;
        return s;
    }

    /** The first index in [from, to) whose instant is at or after {@code t}. */
    private int upperBound(int from, int to, long t) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (epochSecond[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Sums of a contact's events before an instant. Not shared between threads while built. */
    public static final class Snapshot {
        static final Snapshot EMPTY = new Snapshot();
        long at;
        long last = Long.MIN_VALUE;
        double total;
        final double[] hours = new double[24];
        final double[] days = new double[7];
        int lastHour;
        double pair;
        long pairLast = Long.MIN_VALUE;
        double replyWeight;
        double replyLogMinutes;

        /**
         * Writes the {@link #NAMES} columns of a call at local {@code hour} (0–23) on {@code dayOfWeek}
         * (1 = Monday) into {@code out} from {@code offset}.
         */
        public void write(float[] out, int offset, int hour, int dayOfWeek) {
            int o = offset;
            if (last == Long.MIN_VALUE) {
                Arrays.fill(out, o, o + NAMES.size(), 0f);
                return;
            }
            out[o++] = 1f;
            out[o++] = (float) Math.log1p(total);
            out[o++] = (float) Math.log1p(Math.max(0, at - last) / 3600.0);
            out[o++] = (float) Math.log1p(lastHour);
            double near = hours[(hour + 23) % 24] + hours[hour] + hours[(hour + 1) % 24];
            out[o++] = (float) Math.log((near + PRIOR_EVENTS * 3 / 24.0) / (total + PRIOR_EVENTS) * (24 / 3.0));
            out[o++] = (float) Math.log((days[dayOfWeek - 1] + PRIOR_EVENTS / 7.0) / (total + PRIOR_EVENTS) * 7.0);
            out[o++] = (float) Math.log1p(pair);
            boolean noPair = pairLast == Long.MIN_VALUE;
            out[o++] = noPair ? 0f : 1f;
            out[o++] = noPair ? 0f : (float) Math.log1p(Math.max(0, at - pairLast) / 3600.0);
            boolean noReply = replyWeight <= 0;
            out[o++] = noReply ? 0f : 1f;
            out[o] = noReply ? 0f : (float) (replyLogMinutes / replyWeight);
        }
    }

    /** Writes the evidence to {@code dir/events.csv}, one event a line (nothing for {@link #NONE}). */
    public void write(Path dir) throws IOException {
        if (size() == 0) {
            return;
        }
        String[] contactIds = invert(contacts);
        String[] repIds = invert(reps);
        for (String id : contactIds) {
            checkId(id);
        }
        for (String id : repIds) {
            checkId(id);
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            w.write("contact_id,epoch_second,slot,kind,rep_id,reply_latency_s\n");
            for (int c = 0; c < contactIds.length; c++) {
                for (int i = start[c]; i < start[c + 1]; i++) {
                    w.write(contactIds[c] + ',' + epochSecond[i] + ',' + slot[i] + ',' + KINDS[kind[i]].code() + ','
                            + (rep[i] == EventLog.NO_REP ? "" : repIds[rep[i]]) + ','
                            + (Float.isNaN(latency[i]) ? "" : Float.toString(latency[i])) + '\n');
                }
            }
        }
    }

    private static void checkId(String id) throws IOException {
        if (id.isEmpty() || id.indexOf(',') >= 0 || id.indexOf('\n') >= 0 || id.indexOf('"') >= 0) {
            throw new IOException("id cannot be written to " + FILE + ": '" + id + "'");
        }
    }

    private static String[] invert(Map<String, Integer> m) {
        String[] out = new String[m.size()];
        m.forEach((k, v) -> out[v] = k);
        return out;
    }

    /** Reads {@code dir/events.csv} written by {@link #write}; {@link #NONE} when the directory has none. */
    public static EventEvidence read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        Map<String, Integer> contacts = new HashMap<>();
        Map<String, Integer> reps = new HashMap<>();
        List<Integer> starts = new ArrayList<>();
        int n = 0;
        long[] t = new long[1024];
        short[] s = new short[1024];
        byte[] k = new byte[1024];
        int[] rp = new int[1024];
        float[] lat = new float[1024];
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            int lineNo = 1;
            String previous = null;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String[] f = line.split(",", -1);
                if (f.length != 6) {
                    throw new IOException(file + " line " + lineNo + ": expected 6 fields, received " + f.length);
                }
                if (!f[0].equals(previous)) {
                    if (contacts.putIfAbsent(f[0], contacts.size()) != null) {
                        throw new IOException(file + " line " + lineNo + ": the events of contact '" + f[0]
                                + "' are not contiguous");
                    }
                    starts.add(n);
                    previous = f[0];
                }
                if (n == t.length) {
                    t = Arrays.copyOf(t, 2 * n);
                    s = Arrays.copyOf(s, 2 * n);
                    k = Arrays.copyOf(k, 2 * n);
                    rp = Arrays.copyOf(rp, 2 * n);
                    lat = Arrays.copyOf(lat, 2 * n);
                }
                try {
                    t[n] = Long.parseLong(f[1]);
                    s[n] = Short.parseShort(f[2]);
                    String kindText = f[3];
                    int lineAt = lineNo;
                    k[n] = (byte) EventKind.parse(kindText).orElseThrow(() -> new IOException(file + " line " + lineAt
                            + ": unknown event kind '" + kindText + "'")).ordinal();
                    rp[n] = f[4].isEmpty() ? EventLog.NO_REP : reps.computeIfAbsent(f[4], x -> reps.size());
                    lat[n] = f[5].isEmpty() ? Float.NaN : Float.parseFloat(f[5]);
                } catch (NumberFormatException e) {
                    throw new IOException(file + " line " + lineNo + ": not a number in '" + line + "'", e);
                }
                n++;
            }
        }
        if (n == 0) {
            return NONE;
        }
        int[] start = new int[starts.size() + 1];
        for (int c = 0; c < starts.size(); c++) {
            start[c] = starts.get(c);
        }
        start[starts.size()] = n;
        return new EventEvidence(Map.copyOf(contacts), Map.copyOf(reps), start, Arrays.copyOf(t, n),
                Arrays.copyOf(s, n), Arrays.copyOf(k, n), Arrays.copyOf(rp, n), Arrays.copyOf(lat, n));
    }
}
