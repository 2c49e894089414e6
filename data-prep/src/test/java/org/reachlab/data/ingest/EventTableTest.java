package org.reachlab.data.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.features.FeatureRow;
import org.reachlab.data.features.Features;

class EventTableTest {

    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, List.of(lines), StandardCharsets.UTF_8);
        return f;
    }

    private IngestOptions options(Path events) throws IOException {
        Path contacts = write("in-contacts.csv", "contact_id,country,zone", "a,DE,Europe/Berlin", "b,NO,Europe/Oslo",
                "x,ZZ,");
        Path calls = write("in-calls.csv", "attempt_id,contact_id,at,outcome,rep_id",
                "c1,a,2026-03-02T09:30:00+01:00,no_answer,r1",
                "c2,a,2026-03-04T11:10:00+01:00,connected,r1",
                "c3,b,2026-03-04T14:00:00+01:00,connected,");
        return new IngestOptions(calls, contacts, null, dir.resolve("out"), true).withEvents(events);
    }

    @Test
    void rejectsBadRowsWithLineAndReasonAndLocalisesTheRest() throws IOException {
        Path events = write("in-events.csv", "event_id,contact_id,at,kind,rep_id,crm_flag",
                "e1,a,2026-03-02T08:05:00Z,email_open,,k",
                "e2,a,2026-03-03T10:15:00+01:00,email_reply,r1,k",
                "e3,a,2026-03-04T11:10:00+01:00,web_visit,,k",
                "e4,nobody,2026-03-03T10:00:00+01:00,web_visit,,k",
                "e5,a,yesterday,web_visit,,k",
                "e6,a,2026-03-03T10:00:00+01:00,fax_received,,k",
                "e2,b,2026-03-03T10:00:00+01:00,chat,,k",
                "e7,x,2026-03-03T10:00:00+01:00,chat,,k",
                "e8,b,2026-03-05T10:00:00+01:00,SMS_IN,r9,k");
        IngestResult r = Ingestion.standard().run(options(events));

        TableReport t = r.tables().stream().filter(x -> x.table().equals("events")).findFirst().orElseThrow();
        assertThat(t.read()).isEqualTo(9);
        assertThat(t.accepted()).isEqualTo(4);
        assertThat(t.read()).isEqualTo(t.accepted() + t.rejected());
        assertThat(t.rejectedByReason()).containsEntry("unknown_contact", 1L).containsEntry("bad_timestamp", 1L)
                .containsEntry("unknown_kind", 1L).containsEntry("duplicate_event_id", 1L)
                .containsEntry("contact_rejected", 1L);
        List<CSVRecord> rejects = parse(dir.resolve("out/rejects.csv"));
        assertThat(rejects).filteredOn(x -> x.get("file").endsWith("in-events.csv"))
                .extracting(x -> x.get("line") + " " + x.get("code"))
                .containsExactly("5 unknown_contact", "6 bad_timestamp", "7 unknown_kind", "8 duplicate_event_id",
                        "9 contact_rejected");
        assertThat(rejects).filteredOn(x -> x.get("code").equals("unknown_kind"))
                .allSatisfy(x -> assertThat(x.get("reason")).contains("fax_received").contains("email_open"));

        List<CSVRecord> accepted = parse(dir.resolve("out/events.csv"));
        assertThat(accepted).extracting(x -> x.get("event_id")).containsExactly("e1", "e2", "e3", "e8");
        // 08:05Z is 09:05 in Berlin, a Monday: slot 9
        assertThat(accepted.get(0).get("local_at")).isEqualTo("2026-03-02T09:05+01:00");
        assertThat(accepted.get(0).get("slot")).isEqualTo("9");
        assertThat(accepted.get(0).get("crm_flag")).isEqualTo("k");
        assertThat(accepted.get(3).get("kind")).isEqualTo("sms_in");
        assertThat(r.events().size()).isEqualTo(4);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void featuresCountOnlyEventsStrictlyBeforeEachAttempt() throws IOException {
        Path events = write("in-events.csv", "event_id,contact_id,at,kind,rep_id",
                "e1,a,2026-02-20T09:05:00+01:00,email_open,",
                "e2,a,2026-03-03T10:15:00+01:00,email_reply,r1",
                "e3,a,2026-03-04T11:10:00+01:00,web_visit,",
                "e4,a,2026-03-04T11:40:00+01:00,web_visit,r1");
        IngestResult r = Ingestion.standard().run(options(events));
        List<CSVRecord> f = parse(dir.resolve("out/features.csv"));
        CSVRecord c1 = f.stream().filter(x -> x.get("attempt_id").equals("c1")).findFirst().orElseThrow();
        CSVRecord c2 = f.stream().filter(x -> x.get("attempt_id").equals("c2")).findFirst().orElseThrow();
        CSVRecord c3 = f.stream().filter(x -> x.get("attempt_id").equals("c3")).findFirst().orElseThrow();
        assertThat(c1.get("events_before")).isEqualTo("1");
        assertThat(c1.get("events_last_7d")).isEqualTo("0");
        assertThat(c1.get("events_same_hour")).isEqualTo("1");
        assertThat(c1.get("rep_events_before")).isEqualTo("0");
        // e3 is at the very instant of c2, so it is not yet known; e4 is after
        assertThat(c2.get("events_before")).isEqualTo("2");
        assertThat(c2.get("events_last_7d")).isEqualTo("1");
        assertThat(Double.parseDouble(c2.get("hours_since_last_event"))).isCloseTo(24.9166, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(c2.get("events_same_hour")).isEqualTo("0");
        assertThat(c2.get("rep_events_before")).isEqualTo("1");
        assertThat(c3.get("events_before")).isEqualTo("0");
        assertThat(c3.get("hours_since_last_event")).isEmpty();

        List<FeatureRow> rows = new java.util.ArrayList<>();
        Features.compute(r.log(), r.events(), HolidayCalendar.standard(), rows::add);
        assertThat(rows).extracting(x -> x.events().before()).containsExactly(1, 2, 0);
    }

    @Test
    void anEventsFileWithNoUsableRowWarnsAndTheRunGoesOn() throws IOException {
        Path events = write("in-events.csv", "event_id,contact_id,at,kind", "e1,nobody,2026-03-02T09:00:00Z,chat");
        IngestResult r = Ingestion.standard().run(options(events));
        assertThat(r.warnings()).singleElement().asString().contains("in-events.csv").contains("no usable event");
        assertThat(r.events().size()).isZero();
        assertThat(r.log().size()).isEqualTo(3);
        assertThat(parse(dir.resolve("out/features.csv"))).allSatisfy(x -> assertThat(x.get("events_before"))
                .isEqualTo("0"));
    }

    private static List<CSVRecord> parse(Path f) throws IOException {
        try (CSVParser p = CSVParser.parse(f, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }
}
