package org.reachlab.data.features;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reachlab.data.calendar.CalendarDay;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.domain.Outcome;
import org.reachlab.data.domain.Region;
import org.reachlab.data.log.AttemptLog;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Builds the feature table of an attempt log, in the log's order (by contact, then time).
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
            "country", "subdivision", "industry", "role", "company_size", "language", "channel", "outcome",
            "contacted");

    private Features() {
    }

    /**
     * Computes the features of every attempt, in the log's order, and hands each row to the sink.
     */
    public static void compute(AttemptLog log, HolidayCalendar calendar, Consumer<FeatureRow> sink) {
        Map<Region, Map<LocalDate, CalendarDay>> days = new HashMap<>();
        int previousContact = -1;
        int number = 0;
        long previousTime = 0;
        long lastContactTime = Long.MIN_VALUE;
        int[] counts = new int[6];
        for (int i = 0; i < log.size(); i++) {
            int ci = log.contactIndex(i);
            if (ci != previousContact) {
                previousContact = ci;
                number = 0;
                lastContactTime = Long.MIN_VALUE;
                java.util.Arrays.fill(counts, 0);
            }
            Contact c = log.contact(i);
            long t = log.epochSecond(i);
            ZonedDateTime local = log.local(i);
            LocalDate date = local.toLocalDate();
            Region region = c.region();
            CalendarDay day = days.computeIfAbsent(region, r -> new HashMap<>())
                    .computeIfAbsent(date, d -> calendar.day(d, region));
            Outcome outcome = log.outcome(i);
            sink.accept(new FeatureRow(log.attemptId(i), c, log.at(i), date, local.getDayOfWeek().getValue(),
                    local.getHour(), local.getHour() * 60 + local.getMinute(), LocalSlot.of(local).index(),
                    local.getDayOfWeek().getValue() >= 6, day.holiday(), day.bridgeDay(), day.daysToNextHoliday(),
                    number + 1, number == 0 ? Double.NaN : (t - previousTime) / 3600.0,
                    lastContactTime == Long.MIN_VALUE ? Double.NaN : (t - lastContactTime) / 3600.0,
                    counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], outcome.code(),
                    outcome.isContact(), log.channel(i).code()));
            number++;
            previousTime = t;
            counts[bucket(outcome)]++;
            if (outcome.isContact()) {
                lastContactTime = t;
            }
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
        int n = log.size();
        List<FeatureRow> rows = new ArrayList<>(n);
        compute(log, calendar, rows::add);
        StringColumn attemptId = StringColumn.create("attempt_id", n);
        StringColumn contactId = StringColumn.create("contact_id", n);
        InstantColumn at = InstantColumn.create("at", n);
        DateColumn localDate = DateColumn.create("local_date", n);
        int[][] ints = new int[13][n];
        double[][] doubles = new double[2][n];
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
                StringColumn.create("country", texts[0]), StringColumn.create("subdivision", texts[1]),
                StringColumn.create("industry", texts[2]), StringColumn.create("role", texts[3]),
                companySize, StringColumn.create("language", texts[4]),
                StringColumn.create("channel", texts[5]), StringColumn.create("outcome", texts[6]),
                BooleanColumn.create("contacted", flags[3]));
    }

    /** Streams the feature table to a CSV file (missing numbers as empty fields). Returns the rows written. */
    public static long writeCsv(AttemptLog log, HolidayCalendar calendar, Path file) throws IOException {
        long[] rows = {0};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            p.printRecord(COLUMNS);
            compute(log, calendar, r -> {
                Contact c = r.contact();
                try {
                    p.printRecord(r.attemptId(), c.id(), r.at(), r.localDate(), r.dayOfWeek(), r.hour(),
                            r.minuteOfDay(), r.slot(), r.weekend(), r.holiday(), r.bridgeDay(),
                            r.daysToNextHoliday(), r.attemptNumber(), number(r.hoursSincePrevious()),
                            number(r.hoursSinceLastContact()), r.previousContacts(), r.previousNoAnswer(),
                            r.previousVoicemail(), r.previousGatekeeper(), r.previousBusy(), r.previousOther(),
                            c.country(), c.subdivision(), c.industry(), c.role(), c.companySize(), c.language(),
                            r.channel(), r.outcome(), r.contacted());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows[0]++;
            });
        }
        return rows[0];
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(Math.round(v * 1000) / 1000.0);
    }
}
