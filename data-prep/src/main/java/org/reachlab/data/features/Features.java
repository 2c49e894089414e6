package org.reachlab.data.features;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.reachlab.data.calendar.CalendarDay;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.domain.Outcome;
import org.reachlab.data.domain.Region;
import org.reachlab.data.io.CsvLineWriter;
import org.reachlab.data.log.AttemptLog;
import org.reachlab.data.log.EventLog;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Builds the feature table of an attempt log, in the log's order (by contact, then time); with an
 * {@link EventLog}, each row also counts the contact's behavioural events strictly before the attempt
 * (no look-ahead): all of them, those of the last 7 days, those in the same local hour of the day,
 * those naming the attempt's rep, and the hours since the last one.
 *
 * <p>{@link #table} gives a Tablesaw table for analysis and training; {@link #writeCsv} streams
 * the same columns to a CSV file without holding the table, for logs of any size.
 */
public final class Features {

    /** The feature table's columns, in order. */
    public static final List<String> COLUMNS = List.of("attempt_id", "contact_id", "at", "local_date", "day_of_week",
            "hour", "minute_of_day", "slot", "weekend", "holiday", "bridge_day", "days_to_next_holiday",
            "attempt_number", "hours_since_previous", "hours_since_last_contact", "previous_contacts",
            "previous_no_answer", "previous_voicemail", "previous_gatekeeper", "previous_busy", "previous_other",
            "events_before", "events_last_7d", "hours_since_last_event", "events_same_hour", "rep_events_before",
            "country", "subdivision", "industry", "role", "company_size", "language", "channel", "outcome",
            "contacted");

    private Features() {
    }

    /**
     * Computes the features of every attempt, in the log's order, and hands each row to the sink.
     */
    public static void compute(AttemptLog log, HolidayCalendar calendar, Consumer<FeatureRow> sink) {
        compute(log, EventLog.empty(), calendar, 0, log.size(), sink);
    }

    /**
     * Computes the features of every attempt, in the log's order, with the contact's behavioural
     * events strictly before each attempt, and hands each row to the sink.
     */
    public static void compute(AttemptLog log, EventLog events, HolidayCalendar calendar, Consumer<FeatureRow> sink) {
        compute(log, events, calendar, 0, log.size(), sink);
    }

    /**
     * Computes the features of attempts {@code from} (inclusive) to {@code to} (exclusive); {@code from}
     * must be a contact's first attempt, so that the history before it belongs to other contacts.
     */
    static void compute(AttemptLog log, EventLog events, HolidayCalendar calendar, int from, int to,
                        Consumer<FeatureRow> sink) {
        if (from > 0 && from < log.size() && log.contactIndex(from - 1) == log.contactIndex(from)) {
            throw new IllegalArgumentException("row " + from + " is not the first attempt of its contact");
        }
        Map<Region, Map<LocalDate, CalendarDay>> days = new HashMap<>();
        int previousContact = -1;
        int number = 0;
        long previousTime = 0;
        long lastContactTime = Long.MIN_VALUE;
        int[] counts = new int[6];
        Map<LocalDate, CalendarDay> contactDays = null;
        EventCursor cursor = new EventCursor(events);
        for (int i = from; i < to; i++) {
            int ci = log.contactIndex(i);
            if (ci != previousContact) {
                previousContact = ci;
                number = 0;
                lastContactTime = Long.MIN_VALUE;
                java.util.Arrays.fill(counts, 0);
                // contacts of one region share their calendar days
                contactDays = days.computeIfAbsent(log.contact(i).region(), k -> new HashMap<>());
                cursor.startContact(log.contact(i).id());
            }
            Contact c = log.contact(i);
            long t = log.epochSecond(i);
            ZonedDateTime local = log.local(i);
            LocalDate date = local.toLocalDate();
            CalendarDay day = contactDays.get(date);
            if (day == null) {
                day = calendar.day(date, c.region());
                contactDays.put(date, day);
            }
            Outcome outcome = log.outcome(i);
            sink.accept(new FeatureRow(log.attemptId(i), c, log.at(i), date, local.getDayOfWeek().getValue(),
                    local.getHour(), local.getHour() * 60 + local.getMinute(), LocalSlot.of(local).index(),
                    local.getDayOfWeek().getValue() >= 6, day.holiday(), day.bridgeDay(), day.daysToNextHoliday(),
                    number + 1, number == 0 ? Double.NaN : (t - previousTime) / 3600.0,
                    lastContactTime == Long.MIN_VALUE ? Double.NaN : (t - lastContactTime) / 3600.0,
                    counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], outcome.code(),
                    outcome.isContact(), log.channel(i).code(), cursor.before(t, local.getHour(), log.repId(i))));
            number++;
            previousTime = t;
            counts[bucket(outcome)]++;
            if (outcome.isContact()) {
                lastContactTime = t;
            }
        }
    }

    /**
     * Walks one contact's events alongside its attempts (both in time order): what the events
     * before each attempt add up to, in time linear in attempts plus events.
     */
    private static final class EventCursor {
        private static final long WEEK_S = 7 * 86_400L;
        private final EventLog events;
        private final int[] hours = new int[24];
        private final Map<Integer, Integer> byRep = new HashMap<>();
        private int next;
        private int end;
        private int weekStart;
        private int first;

        EventCursor(EventLog events) {
            this.events = events;
        }

        void startContact(String contactId) {
            java.util.Arrays.fill(hours, 0);
            byRep.clear();
            int c = events.contactIndex(contactId);
            first = c < 0 ? 0 : events.start(c);
            next = first;
            weekStart = first;
            end = c < 0 ? 0 : events.end(c);
        }

        FeatureRow.EventCounts before(long t, int hour, String repId) {
            if (end == first) {
                return FeatureRow.EventCounts.NONE;
            }
            while (next < end && events.epochSecond(next) < t) {
                hours[events.slot(next) % 24]++;
                if (events.repIndex(next) != EventLog.NO_REP) {
                    byRep.merge(events.repIndex(next), 1, Integer::sum);
                }
                next++;
            }
            while (weekStart < next && events.epochSecond(weekStart) < t - WEEK_S) {
                weekStart++;
            }
            int rep = events.repIndexOf(repId);
            return new FeatureRow.EventCounts(next - first, next - weekStart,
                    next == first ? Double.NaN : (t - events.epochSecond(next - 1)) / 3600.0, hours[hour],
                    rep == EventLog.NO_REP ? 0 : byRep.getOrDefault(rep, 0));
        }
    }

    private static int bucket(Outcome o) {
        return switch (o) {
            case CONNECTED, REPLIED -> 0;
            case NO_ANSWER, NO_REPLY -> 1;
            case VOICEMAIL -> 2;
            case GATEKEEPER -> 3;
            case BUSY -> 4;
            case WRONG_NUMBER, FAILED, BOUNCED -> 5;
        };
    }

    /** The feature table as a Tablesaw table named {@code features}. */
    public static Table table(AttemptLog log, HolidayCalendar calendar) {
        return table(log, EventLog.empty(), calendar);
    }

    /** The feature table, with the event columns read from {@code events}, as a Tablesaw table. */
    public static Table table(AttemptLog log, EventLog events, HolidayCalendar calendar) {
        int n = log.size();
        List<FeatureRow> rows = new ArrayList<>(n);
        compute(log, events, calendar, rows::add);
        StringColumn attemptId = StringColumn.create("attempt_id", n);
        StringColumn contactId = StringColumn.create("contact_id", n);
        InstantColumn at = InstantColumn.create("at", n);
        DateColumn localDate = DateColumn.create("local_date", n);
        int[][] ints = new int[17][n];
        double[][] doubles = new double[3][n];
        boolean[][] flags = new boolean[4][n];
        String[][] texts = new String[8][n];
        for (int i = 0; i < n; i++) {
            FeatureRow r = rows.get(i);
            attemptId.set(i, r.attemptId());
            contactId.set(i, r.contact().id());
            at.set(i, r.at());
            localDate.set(i, r.localDate());
            int[] iv = {r.dayOfWeek(), r.hour(), r.minuteOfDay(), r.slot(), r.daysToNextHoliday(), r.attemptNumber(),
                    r.previousContacts(), r.previousNoAnswer(), r.previousVoicemail(), r.previousGatekeeper(),
                    r.previousBusy(), r.previousOther(),
                    r.contact().companySize() == null ? Integer.MIN_VALUE : r.contact().companySize()};
            for (int k = 0; k < iv.length; k++) {
                ints[k][i] = iv[k];
            }
            doubles[0][i] = r.hoursSincePrevious();
            doubles[1][i] = r.hoursSinceLastContact();
            FeatureRow.EventCounts e = r.events();
            ints[13][i] = e.before();
            ints[14][i] = e.lastWeek();
            ints[15][i] = e.sameHour();
            ints[16][i] = e.withRep();
            doubles[2][i] = e.hoursSinceLast();
            flags[0][i] = r.weekend();
            flags[1][i] = r.holiday();
            flags[2][i] = r.bridgeDay();
            flags[3][i] = r.contacted();
            Contact c = r.contact();
            String[] tv = {c.country(), c.subdivision(), c.industry(), c.role(), c.language(), r.channel(),
                    r.outcome()};
            for (int k = 0; k < tv.length; k++) {
                texts[k][i] = tv[k] == null ? "" : tv[k];
            }
        }
        IntColumn companySize = IntColumn.create("company_size", ints[12]);
        for (int i = 0; i < n; i++) {
            if (ints[12][i] == Integer.MIN_VALUE) {
                companySize.setMissing(i);
            }
        }
        return Table.create("features",
                attemptId, contactId, at, localDate,
                IntColumn.create("day_of_week", ints[0]), IntColumn.create("hour", ints[1]),
                IntColumn.create("minute_of_day", ints[2]), IntColumn.create("slot", ints[3]),
                BooleanColumn.create("weekend", flags[0]), BooleanColumn.create("holiday", flags[1]),
                BooleanColumn.create("bridge_day", flags[2]),
                IntColumn.create("days_to_next_holiday", ints[4]), IntColumn.create("attempt_number", ints[5]),
                DoubleColumn.create("hours_since_previous", doubles[0]),
                DoubleColumn.create("hours_since_last_contact", doubles[1]),
                IntColumn.create("previous_contacts", ints[6]), IntColumn.create("previous_no_answer", ints[7]),
                IntColumn.create("previous_voicemail", ints[8]), IntColumn.create("previous_gatekeeper", ints[9]),
                IntColumn.create("previous_busy", ints[10]), IntColumn.create("previous_other", ints[11]),
                IntColumn.create("events_before", ints[13]), IntColumn.create("events_last_7d", ints[14]),
                DoubleColumn.create("hours_since_last_event", doubles[2]),
                IntColumn.create("events_same_hour", ints[15]), IntColumn.create("rep_events_before", ints[16]),
                StringColumn.create("country", texts[0]), StringColumn.create("subdivision", texts[1]),
                StringColumn.create("industry", texts[2]), StringColumn.create("role", texts[3]),
                companySize, StringColumn.create("language", texts[4]),
                StringColumn.create("channel", texts[5]), StringColumn.create("outcome", texts[6]),
                BooleanColumn.create("contacted", flags[3]));
    }

    /**
     * Streams the feature table to a CSV file (missing numbers as empty fields), formatting blocks of
     * contacts on all cores and writing them in order. Returns the rows written.
     */
    public static long writeCsv(AttemptLog log, HolidayCalendar calendar, Path file) throws IOException {
        return writeCsv(log, EventLog.empty(), calendar, file);
    }

    /** {@link #writeCsv(AttemptLog, HolidayCalendar, Path)} with the event columns read from {@code events}. */
    public static long writeCsv(AttemptLog log, EventLog events, HolidayCalendar calendar, Path file)
            throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "features");
            t.setDaemon(true);
            return t;
        });
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new CsvLineWriter(w).row(COLUMNS);
            Deque<Future<StringBuilder>> inFlight = new ArrayDeque<>();
            int from = 0;
            while (from < log.size() || !inFlight.isEmpty()) {
                while (from < log.size() && inFlight.size() < 2 * threads) {
                    int to = blockEnd(log, from);
                    int f = from;
                    inFlight.add(pool.submit(() -> format(log, events, calendar, f, to)));
                    rows += to - from;
                    from = to;
                }
                w.append(inFlight.removeFirst().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + file, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("cannot compute features: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return rows;
    }

    /** The end of a block of about {@link #BLOCK_ROWS} rows that ends at a contact boundary. */
    private static int blockEnd(AttemptLog log, int from) {
        int to = Math.min(log.size(), from + BLOCK_ROWS);
        while (to < log.size() && log.contactIndex(to) == log.contactIndex(to - 1)) {
            to++;
        }
        return to;
    }

    private static final int BLOCK_ROWS = 20_000;

    private static StringBuilder format(AttemptLog log, EventLog events, HolidayCalendar calendar, int from,
                                        int to) {
        StringBuilder sb = new StringBuilder((to - from) * 180);
        CsvLineWriter line = new CsvLineWriter(sb);
        compute(log, events, calendar, from, to, r -> {
            FeatureRow.EventCounts e = r.events();
            Contact c = r.contact();
            line.text(r.attemptId()).text(c.id()).value(r.at()).value(r.localDate()).number(r.dayOfWeek())
                    .number(r.hour()).number(r.minuteOfDay()).number(r.slot()).bool(r.weekend()).bool(r.holiday())
                    .bool(r.bridgeDay()).number(r.daysToNextHoliday()).number(r.attemptNumber())
                    .decimal(r.hoursSincePrevious()).decimal(r.hoursSinceLastContact()).number(r.previousContacts())
                    .number(r.previousNoAnswer()).number(r.previousVoicemail()).number(r.previousGatekeeper())
                    .number(r.previousBusy()).number(r.previousOther()).number(e.before()).number(e.lastWeek())
                    .decimal(e.hoursSinceLast()).number(e.sameHour()).number(e.withRep()).text(c.country()).text(c.subdivision())
                    .text(c.industry()).text(c.role()).value(c.companySize()).text(c.language()).text(r.channel())
                    .text(r.outcome()).bool(r.contacted());
            line.end();
        });
        return sb;
    }
}
