package org.reachlab.pipeline.plan;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reachlab.data.compliance.CallHistory;
import org.reachlab.data.compliance.ContactFlags;
import org.reachlab.data.domain.Channel;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.log.AttemptLog;

/**
 * The live attempts of a call log before a plan's date (each contact's local date before it), by
 * contact and by segment: each contact's rule history, its rep and channel, and the counts the
 * explanations quote.
 */
public final class CallLogIndex {

    private final AttemptLog log;
    private final Map<String, int[]> rowsByContact;
    private final Map<String, long[]> segmentCounts;
    private final double rate;

    private CallLogIndex(AttemptLog log, Map<String, int[]> rowsByContact, Map<String, long[]> segmentCounts,
                         double rate) {
        this.log = log;
        this.rowsByContact = rowsByContact;
        this.segmentCounts = segmentCounts;
        this.rate = rate;
    }

    /** The connect rate of every live attempt indexed (0.15 when there are none, the usual B2B figure). */
    public double rate() {
        return rate;
    }

    /** Indexes the live attempts whose contact-local date is before {@code date}. */
    public static CallLogIndex of(AttemptLog log, LocalDate date) {
        Map<String, List<Integer>> rows = new HashMap<>();
        Map<String, long[]> segments = new HashMap<>();
        long attempts = 0;
        long connects = 0;
        for (int i = 0; i < log.size(); i++) {
            if (!log.channel(i).isLive()) {
                continue;
            }
            ZonedDateTime local = log.local(i);
            if (!local.toLocalDate().isBefore(date)) {
                continue;
            }
            Contact c = log.contact(i);
            attempts++;
            connects += log.outcome(i).isContact() ? 1 : 0;
            rows.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(i);
            if (local.getDayOfWeek().getValue() <= 5) {
                long[] s = segments.computeIfAbsent(segmentKey(c), k -> new long[48]);
                s[local.getHour()]++;
                if (log.outcome(i).isContact()) {
                    s[24 + local.getHour()]++;
                }
            }
        }
        Map<String, int[]> packed = new HashMap<>(rows.size() * 2);
        rows.forEach((k, v) -> packed.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return new CallLogIndex(log, packed, segments, attempts == 0 ? 0.15 : (double) connects / attempts);
    }

    /** The segment a contact's explanations name: industry and role ({@code restaurant/owner}), or {@code null}. */
    public static String segmentKey(Contact c) {
        if (c.industry() == null && c.role() == null) {
            return null;
        }
        return (c.industry() == null ? "any" : c.industry()) + "/" + (c.role() == null ? "any" : c.role());
    }

    /** The contact as a callee: its history, the rep who called it last, and the live channel it was called on most. */
    public Callee callee(Contact c, ContactFlags flags) {
        int[] rows = rowsByContact.get(c.id());
        if (rows == null) {
            return new Callee(c, flags, CallHistory.EMPTY, null, Channel.PHONE);
        }
        List<Instant> at = new ArrayList<>(rows.length);
        Instant lastConnect = null;
        String owner = null;
        Map<Channel, Integer> channels = new EnumMap<>(Channel.class);
        for (int i : rows) {
            at.add(log.at(i));
            if (log.outcome(i).isContact()) {
                lastConnect = log.at(i);
            }
            if (log.repId(i) != null) {
                owner = log.repId(i);
            }
            channels.merge(log.channel(i), 1, Integer::sum);
        }
        Channel channel = Channel.PHONE;
        int best = 0;
        for (Map.Entry<Channel, Integer> e : channels.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                channel = e.getKey();
            }
        }
        return new Callee(c, flags, new CallHistory(at, lastConnect), owner, channel);
    }

    /** The reps the log names, in the log's order. */
    public List<String> reps() {
        return log.reps();
    }

    /** The contacts each rep called last, counted by their zones, for a rep whose zone reps.csv does not give. */
    public Map<String, Map<java.time.ZoneId, Integer>> zonesByRep() {
        Map<String, Map<java.time.ZoneId, Integer>> out = new HashMap<>();
        for (int[] rows : rowsByContact.values()) {
            String rep = null;
            for (int i : rows) {
                if (log.repId(i) != null) {
                    rep = log.repId(i);
                }
            }
            if (rep != null) {
                out.computeIfAbsent(rep, k -> new HashMap<>()).merge(log.contact(rows[0]).zone(), 1, Integer::sum);
            }
        }
        return out;
    }

    /**
     * The contact's own record at a local weekday and hour: {@code [attempts, connects]} on that weekday
     * in that hour, then {@code [attempts, connects]} in that hour on any day, then over all its attempts.
     */
    public int[] ownRecord(String contactId, DayOfWeek day, int hour) {
        int[] out = new int[6];
        int[] rows = rowsByContact.get(contactId);
        if (rows == null) {
            return out;
        }
        for (int i : rows) {
            ZonedDateTime local = log.local(i);
            int connected = log.outcome(i).isContact() ? 1 : 0;
            out[4]++;
            out[5] += connected;
            if (local.getHour() == hour) {
                out[2]++;
                out[3] += connected;
                if (local.getDayOfWeek() == day) {
                    out[0]++;
                    out[1] += connected;
                }
            }
        }
        return out;
    }

    /** A segment's weekday attempts by local hour (0-23) then connects by local hour (24-47), or {@code null}. */
    public long[] segment(String key) {
        return key == null ? null : segmentCounts.get(key);
    }

    /** {@code Tuesdays}. */
    static String plural(DayOfWeek d) {
        String n = d.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1) + "s";
    }
}
