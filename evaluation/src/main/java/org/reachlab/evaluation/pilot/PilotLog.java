package org.reachlab.evaluation.pilot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.reachlab.data.domain.Channel;
import org.reachlab.data.domain.Outcome;
import org.reachlab.data.io.CsvRow;
import org.reachlab.data.io.CsvTableReader;
import org.reachlab.data.io.InputFormatException;
import org.reachlab.data.io.TableSchema;

/**
 * The calls of a data directory as a pilot analysis needs them, in columnar form (no object per
 * call): per live call (phone, video) its contact, rep, instant, the local day as the log writes
 * it (the date of {@code at} in its own offset), whether it connected, whether a meeting came of
 * it, and its revenue when the log has a revenue column; per contact its segment (industry and
 * role) and country from {@code contacts.csv}.
 *
 * <p>A row whose time or outcome cannot be read is counted by reason and left out (the
 * {@code ingest} command reports such rows one by one); so are non-live calls. A call without a
 * rep is counted. A call of a contact that {@code contacts.csv} lacks is kept, with segment and
 * country {@code unknown}, and counted.
 */
public final class PilotLog {

    /** The segment or country of a contact that contacts.csv does not list or leaves blank. */
    public static final String UNKNOWN = "unknown";

    private static final Map<String, Outcome> OUTCOME_CODES = new HashMap<>();
    private static final Map<String, Channel> CHANNEL_CODES = new HashMap<>();

    static {
        for (Outcome o : Outcome.values()) {
            OUTCOME_CODES.put(o.code(), o);
        }
        for (Channel c : Channel.values()) {
            CHANNEL_CODES.put(c.code(), c);
        }
    }

    private final int size;
    private final int[] contact;
    private final int[] rep;
    private final long[] epochSecond;
    private final int[] day;
    private final byte[] flags;
    private final double[] revenue;
    private final List<String> reps;
    private final int contacts;
    private final int[] contactSegment;
    private final int[] contactCountry;
    private final List<String> segments;
    private final List<String> countries;
    private final Counts counts;

    static final byte CONNECTED = 1;
    static final byte MEETING = 2;
    static final byte MEETING_KNOWN = 4;

    /**
     * What reading counted.
     *
     * @param rowsRead          data rows of calls.csv
     * @param live              live calls kept
     * @param nonLive           e-mail, LinkedIn and SMS attempts left out
     * @param unreadable        rows left out because a value could not be read, by column
     * @param noRep             kept calls without a rep
     * @param unknownContact    kept calls of a contact that contacts.csv lacks
     * @param hasMeetings       whether any call records whether a meeting was booked
     * @param revenueColumn     the revenue column found, or null
     */
    public record Counts(long rowsRead, long live, long nonLive, Map<String, Long> unreadable, long noRep,
                         long unknownContact, boolean hasMeetings, String revenueColumn) {

        /** Rows left out because a value could not be read. */
        public long unreadableTotal() {
            return unreadable.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private PilotLog(int size, int[] contact, int[] rep, long[] epochSecond, int[] day, byte[] flags,
                     double[] revenue, List<String> reps, int contacts, int[] contactSegment, int[] contactCountry,
                     List<String> segments, List<String> countries, Counts counts) {
        this.size = size;
        this.contact = contact;
        this.rep = rep;
        this.epochSecond = epochSecond;
        this.day = day;
        this.flags = flags;
        this.revenue = revenue;
        this.reps = reps;
        this.contacts = contacts;
        this.contactSegment = contactSegment;
        this.contactCountry = contactCountry;
        this.segments = segments;
        this.countries = countries;
        this.counts = counts;
    }

    /**
     * Reads {@code calls.csv} and {@code contacts.csv} of a directory written by {@code ingest} or
     * {@code generate}.
     *
     * @param revenueColumn the column of calls.csv with each call's revenue (absent columns are fine)
     * @throws PilotInputException when a file is missing or lacks a required column
     */
    public static PilotLog read(Path dir, String revenueColumn) throws IOException {
        Path callsFile = dir.resolve("calls.csv");
        Path contactsFile = dir.resolve("contacts.csv");
        for (Path f : List.of(callsFile, contactsFile)) {
            if (!Files.isRegularFile(f)) {
                throw new PilotInputException(f + ": no such file (expected the output of `reachlab ingest` or"
                        + " `reachlab generate` in " + dir + ")");
            }
        }
        Map<String, Integer> contactIndex = new HashMap<>();
        Map<String, Integer> segmentIndex = new HashMap<>();
        Map<String, Integer> countryIndex = new HashMap<>();
        List<String> segments = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        int[] cSeg = new int[1024];
        int[] cCountry = new int[1024];
        try (CsvTableReader r = open(contactsFile, TableSchema.CONTACTS)) {
            for (CsvRow row : r) {
                String id = row.get("contact_id");
                if (id == null || contactIndex.containsKey(id)) {
                    continue;
                }
                int i = contactIndex.size();
                contactIndex.put(id, i);
                if (i == cSeg.length) {
                    cSeg = Arrays.copyOf(cSeg, i * 2);
                    cCountry = Arrays.copyOf(cCountry, i * 2);
                }
                String seg = lower(row.get("industry")) + "|" + lower(row.get("role"));
                cSeg[i] = segmentIndex.computeIfAbsent(seg, k -> add(segments, k));
                String country = row.get("country") == null ? UNKNOWN : row.get("country").toUpperCase(Locale.ROOT);
                cCountry[i] = countryIndex.computeIfAbsent(country, k -> add(countries, k));
            }
        }
        int known = contactIndex.size();
        int unknownSeg = -1;
        int unknownCountry = -1;
        Map<String, Integer> repIndex = new HashMap<>();
        List<String> reps = new ArrayList<>();
        int cap = 1 << 16;
        int[] contact = new int[cap];
        int[] rep = new int[cap];
        long[] epoch = new long[cap];
        int[] day = new int[cap];
        byte[] flags = new byte[cap];
        double[] revenue = null;
        Map<String, Long> unreadable = new TreeMap<>();
        long nonLive = 0;
        long noRep = 0;
        long unknownContact = 0;
        boolean hasMeetings = false;
        String revenueCol = null;
        int n = 0;
        long rowsRead;
        try (CsvTableReader r = open(callsFile, TableSchema.CALLS)) {
            String rc = revenueColumn == null ? null : revenueColumn.trim().toLowerCase(Locale.ROOT);
            if (rc != null && r.header().stream().anyMatch(h -> h.trim().toLowerCase(Locale.ROOT).equals(rc))) {
                revenueCol = rc;
                revenue = new double[cap];
            }
            long[] parsed = new long[2];
            for (CsvRow row : r) {
                String ch = row.get("channel");
                if (ch != null) {
                    Channel c = CHANNEL_CODES.get(ch);
                    if (c == null) {
                        c = Channel.parse(ch).orElse(null);
                    }
                    if (c == null) {
                        unreadable.merge("channel", 1L, Long::sum);
                        continue;
                    }
                    if (!c.isLive()) {
                        nonLive++;
                        continue;
                    }
                }
                String oc = row.get("outcome");
                Outcome o = oc == null ? null : OUTCOME_CODES.get(oc);
                if (o == null) {
                    o = Outcome.parse(oc).orElse(null);
                }
                if (o == null) {
                    unreadable.merge("outcome", 1L, Long::sum);
                    continue;
                }
                String contactId = row.get("contact_id");
                if (contactId == null) {
                    unreadable.merge("contact_id", 1L, Long::sum);
                    continue;
                }
                if (!parseTime(row.get("at"), parsed)) {
                    unreadable.merge("at", 1L, Long::sum);
                    continue;
                }
                double rev = 0;
                if (revenueCol != null) {
                    String v = row.get(revenueCol);
                    if (v != null) {
                        try {
                            rev = Double.parseDouble(v);
                        } catch (NumberFormatException e) {
                            unreadable.merge(revenueCol, 1L, Long::sum);
                            continue;
                        }
                        if (!Double.isFinite(rev)) {
                            unreadable.merge(revenueCol, 1L, Long::sum);
                            continue;
                        }
                    }
                }
                if (n == contact.length) {
                    int m = n * 2;
                    contact = Arrays.copyOf(contact, m);
                    rep = Arrays.copyOf(rep, m);
                    epoch = Arrays.copyOf(epoch, m);
                    day = Arrays.copyOf(day, m);
                    flags = Arrays.copyOf(flags, m);
                    if (revenue != null) {
                        revenue = Arrays.copyOf(revenue, m);
                    }
                }
                Integer ci = contactIndex.get(contactId);
                if (ci == null) {
                    unknownContact++;
                    ci = contactIndex.size();
                    contactIndex.put(contactId, ci);
                    if (ci >= cSeg.length) {
                        cSeg = Arrays.copyOf(cSeg, ci * 2);
                        cCountry = Arrays.copyOf(cCountry, ci * 2);
                    }
                    if (unknownSeg < 0) {
                        unknownSeg = segmentIndex.computeIfAbsent(UNKNOWN, k -> add(segments, k));
                        unknownCountry = countryIndex.computeIfAbsent(UNKNOWN, k -> add(countries, k));
                    }
                    cSeg[ci] = unknownSeg;
                    cCountry[ci] = unknownCountry;
                } else if (ci >= known) {
                    unknownContact++;
                }
                String repId = row.get("rep_id");
                if (repId == null) {
                    noRep++;
                    rep[n] = -1;
                } else {
                    rep[n] = repIndex.computeIfAbsent(repId, k -> add(reps, k));
                }
                contact[n] = ci;
                epoch[n] = parsed[0];
                day[n] = (int) Math.floorDiv(parsed[0] + parsed[1], 86_400L);
                byte f = o.isContact() ? CONNECTED : 0;
                String meeting = row.get("meeting_booked");
                if (meeting != null) {
                    if (meeting.equalsIgnoreCase("true")) {
                        f |= MEETING | MEETING_KNOWN;
                    } else if (meeting.equalsIgnoreCase("false")) {
                        f |= MEETING_KNOWN;
                    } else {
                        unreadable.merge("meeting_booked", 1L, Long::sum);
                        continue;
                    }
                    hasMeetings = true;
                }
                flags[n] = f;
                if (revenue != null) {
                    revenue[n] = rev;
                }
                n++;
            }
            rowsRead = r.rowsRead();
        } catch (InputFormatException e) {
            throw new PilotInputException(e.getMessage());
        }
        Counts counts = new Counts(rowsRead, n, nonLive, Collections.unmodifiableMap(unreadable), noRep,
                unknownContact, hasMeetings, revenueCol);
        return new PilotLog(n, contact, rep, epoch, day, flags, revenue, List.copyOf(reps), contactIndex.size(),
                Arrays.copyOf(cSeg, contactIndex.size()), Arrays.copyOf(cCountry, contactIndex.size()),
                List.copyOf(segments), List.copyOf(countries), counts);
    }

    private static CsvTableReader open(Path file, TableSchema schema) {
        try {
            return CsvTableReader.open(file, schema, rejection -> { });
        } catch (InputFormatException e) {
            throw new PilotInputException(e.getMessage());
        }
    }

    private static int add(List<String> list, String value) {
        list.add(value);
        return list.size() - 1;
    }

    private static String lower(String s) {
        return s == null ? UNKNOWN : s.toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an ISO-8601 date-time with an offset or Z into epoch second (out[0]) and offset in
     * seconds (out[1]); the common form {@code yyyy-MM-ddTHH:mm:ss[.fff](Z|±HH:MM)} without
     * allocating, anything else through {@link OffsetDateTime}. False when it cannot be read.
     */
    static boolean parseTime(String s, long[] out) {
        if (s == null) {
            return false;
        }
        int len = s.length();
        if (len >= 20 && s.charAt(4) == '-' && s.charAt(7) == '-' && (s.charAt(10) == 'T' || s.charAt(10) == 't')
                && s.charAt(13) == ':' && s.charAt(16) == ':') {
            int y = digits(s, 0, 4);
            int mo = digits(s, 5, 2);
            int d = digits(s, 8, 2);
            int h = digits(s, 11, 2);
            int mi = digits(s, 14, 2);
            int se = digits(s, 17, 2);
            int p = 19;
            if (p < len && s.charAt(p) == '.') {
                p++;
                while (p < len && Character.isDigit(s.charAt(p))) {
                    p++;
                }
            }
            int offset = Integer.MIN_VALUE;
            if (p == len - 1 && (s.charAt(p) == 'Z' || s.charAt(p) == 'z')) {
                offset = 0;
            } else if (p == len - 6 && (s.charAt(p) == '+' || s.charAt(p) == '-') && s.charAt(p + 3) == ':') {
                int oh = digits(s, p + 1, 2);
                int om = digits(s, p + 4, 2);
                if (oh >= 0 && om >= 0 && oh <= 18 && om < 60) {
                    offset = (s.charAt(p) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
                }
            }
            if (y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo) && h >= 0 && h < 24 && mi >= 0
                    && mi < 60 && se >= 0 && se < 60 && offset != Integer.MIN_VALUE) {
                long local = epochDay(y, mo, d) * 86_400L + h * 3600L + mi * 60L + se;
                out[0] = local - offset;
                out[1] = offset;
                return true;
            }
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(s);
            out[0] = t.toEpochSecond();
            out[1] = t.getOffset().getTotalSeconds();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int daysIn(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse). */
    static long epochDay(int y, int m, int d) {
        long yy = m <= 2 ? y - 1 : y;
        long era = Math.floorDiv(yy, 400);
        long yoe = yy - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    /** A builder of a log in memory (for simulated pilots), without reading files. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects contacts and calls in memory; not thread-safe. */
    public static final class Builder {
        private final Map<String, Integer> contactIndex = new HashMap<>();
        private final Map<String, Integer> segmentIndex = new HashMap<>();
        private final Map<String, Integer> countryIndex = new HashMap<>();
        private final Map<String, Integer> repIndex = new HashMap<>();
        private final List<String> segments = new ArrayList<>();
        private final List<String> countries = new ArrayList<>();
        private final List<String> reps = new ArrayList<>();
        private int[] cSeg = new int[256];
        private int[] cCountry = new int[256];
        private int[] contact = new int[1024];
        private int[] rep = new int[1024];
        private long[] epoch = new long[1024];
        private int[] day = new int[1024];
        private byte[] flags = new byte[1024];
        private int n;

        /** Adds a contact (a second call with the same id is ignored). */
        public Builder contact(String id, String industry, String role, String country) {
            if (contactIndex.containsKey(id)) {
                return this;
            }
            int i = contactIndex.size();
            contactIndex.put(id, i);
            if (i == cSeg.length) {
                cSeg = Arrays.copyOf(cSeg, i * 2);
                cCountry = Arrays.copyOf(cCountry, i * 2);
            }
            cSeg[i] = segmentIndex.computeIfAbsent(lower(industry) + "|" + lower(role), k -> add(segments, k));
            cCountry[i] = countryIndex.computeIfAbsent(country == null ? UNKNOWN : country, k -> add(countries, k));
            return this;
        }

        /**
         * Adds a live call of a contact added before.
         *
         * @param offsetSeconds the offset its {@code at} is written in (gives its local day)
         * @param meeting       whether a meeting was booked
         */
        public Builder call(String contactId, String repId, long epochSecond, int offsetSeconds, boolean connected,
                            boolean meeting) {
            Integer c = contactIndex.get(contactId);
            if (c == null) {
                throw new IllegalArgumentException("call of contact " + contactId + ", which was not added");
            }
            if (n == contact.length) {
                int m = n * 2;
                contact = Arrays.copyOf(contact, m);
                rep = Arrays.copyOf(rep, m);
                epoch = Arrays.copyOf(epoch, m);
                day = Arrays.copyOf(day, m);
                flags = Arrays.copyOf(flags, m);
            }
            contact[n] = c;
            rep[n] = repId == null ? -1 : repIndex.computeIfAbsent(repId, k -> add(reps, k));
            epoch[n] = epochSecond;
            day[n] = (int) Math.floorDiv(epochSecond + offsetSeconds, 86_400L);
            flags[n] = (byte) ((connected ? CONNECTED : 0) | MEETING_KNOWN | (meeting ? MEETING : 0));
            n++;
            return this;
        }

        /** The log. */
        public PilotLog build() {
            long noRep = 0;
            for (int i = 0; i < n; i++) {
                noRep += rep[i] < 0 ? 1 : 0;
            }
            Counts counts = new Counts(n, n, 0, Map.of(), noRep, 0, n > 0, null);
            int k = contactIndex.size();
            return new PilotLog(n, contact, rep, epoch, day, flags, null, List.copyOf(reps), k, Arrays.copyOf(cSeg, k),
                    Arrays.copyOf(cCountry, k), List.copyOf(segments), List.copyOf(countries), counts);
        }
    }

    /** Live calls kept. */
    public int size() {
        return size;
    }

    /** Contact index of call i (into the segments and countries per contact). */
    public int contact(int i) {
        return contact[i];
    }

    /** Rep index of call i into {@link #reps()}, -1 when the call names no rep. */
    public int rep(int i) {
        return rep[i];
    }

    public long epochSecond(int i) {
        return epochSecond[i];
    }

    /** The local day of call i (epoch day of the date its {@code at} writes). */
    public int day(int i) {
        return day[i];
    }

    public boolean connected(int i) {
        return (flags[i] & CONNECTED) != 0;
    }

    public boolean meeting(int i) {
        return (flags[i] & MEETING) != 0;
    }

    public boolean meetingKnown(int i) {
        return (flags[i] & MEETING_KNOWN) != 0;
    }

    /** Revenue of call i (0 without a revenue column or value). */
    public double revenue(int i) {
        return revenue == null ? 0 : revenue[i];
    }

    /** Whether the log has a revenue column. */
    public boolean hasRevenue() {
        return revenue != null;
    }

    /** The rep ids the calls name, in order of first appearance. */
    public List<String> reps() {
        return reps;
    }

    /** Contacts known (contacts.csv and those only the calls name). */
    public int contacts() {
        return contacts;
    }

    /** Segment index of a contact into {@link #segments()}. */
    public int segmentOf(int contact) {
        return contactSegment[contact];
    }

    /** Country index of a contact into {@link #countries()}. */
    public int countryOf(int contact) {
        return contactCountry[contact];
    }

    /** Segments (industry|role). */
    public List<String> segments() {
        return segments;
    }

    /** Countries. */
    public List<String> countries() {
        return countries;
    }

    public Counts counts() {
        return counts;
    }

    /** The first and last local day of the calls ({-1, -1} without calls). */
    public int[] dayRange() {
        if (size == 0) {
            return new int[] {-1, -1};
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            lo = Math.min(lo, day[i]);
            hi = Math.max(hi, day[i]);
        }
        return new int[] {lo, hi};
    }
}
