package org.reachlab.data.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.io.InputFormatException;

/**
 * The chunked calls reader (several threads, merged in file order) against the streaming one:
 * every output file byte for byte, on an export whose bad rows, quoted line breaks, duplicates
 * and blank lines fall on both sides of many chunk boundaries.
 */
class ParallelIngestionTest {

    private static final List<String> FILES = List.of("contacts.csv", "calls.csv", "notes.csv", "rejects.csv",
            "features.csv", "summary.json");

    @TempDir
    Path dir;

    @Test
    void chunkedReadingWritesTheSameBytesAsStreaming() throws IOException {
        Path export = dir.resolve("export");
        Files.createDirectories(export);
        writeExport(export, 1_500, 7);
        IngestResult sequential = run(export, dir.resolve("one"), Parallelism.sequential());
        // chunks of a few rows (300 bytes), of a record longer than the chunk (a 2 KB note), and
        // of many rows; two and three workers
        for (Parallelism p : List.of(new Parallelism(2, 300), new Parallelism(3, 97), new Parallelism(2, 1 << 16))) {
            Path out = dir.resolve("p" + p.threads() + "-" + p.chunkBytes());
            IngestResult parallel = run(export, out, p);
            for (String f : FILES) {
                assertThat(Files.readAllBytes(out.resolve(f))).as(f + " with " + p)
                        .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(f)));
            }
            assertThat(parallel.rejected()).isEqualTo(sequential.rejected());
            assertThat(parallel.log().size()).isEqualTo(sequential.log().size());
        }
        // the export does reach every rule it is meant to
        String rejects = Files.readString(dir.resolve("one").resolve("rejects.csv"));
        for (String code : List.of("bad_timestamp", "no_offset", "unknown_contact", "contact_rejected",
                "duplicate_attempt_id", "unknown_outcome", "field_count", "invalid_utf8", "negative_duration_s",
                "missing_at")) {
            assertThat(rejects).as(code).contains("," + code + ",");
        }
        assertThat(sequential.tables().get(1).accepted()).isGreaterThan(750);
    }

    @Test
    void aFileTheParserCannotReadStopsWithTheStreamingReadersMessage() throws IOException {
        Path export = dir.resolve("export");
        Files.createDirectories(export);
        writeExport(export, 400, 11);
        // a closing quote followed by text: not CSV, a third of the way in
        List<String> lines = Files.readAllLines(export.resolve("calls.csv"), StandardCharsets.ISO_8859_1);
        lines.set(lines.size() / 3, "x1,c1,\"2026-03-03T10:00:00Z\"junk,connected,phone,,,,,,");
        Files.write(export.resolve("calls.csv"), lines, StandardCharsets.ISO_8859_1);
        String expected = null;
        try {
            run(export, dir.resolve("one"), Parallelism.sequential());
        } catch (InputFormatException e) {
            expected = e.getMessage();
        }
        assertThat(expected).contains("unreadable after line");
        assertThatThrownBy(() -> run(export, dir.resolve("two"), new Parallelism(2, 500)))
                .isInstanceOf(InputFormatException.class).hasMessage(expected);
    }

    private static IngestResult run(Path export, Path out, Parallelism p) throws IOException {
        return Ingestion.standard().with(p).run(new IngestOptions(export.resolve("calls.csv"),
                export.resolve("contacts.csv"), null, out, true));
    }

    /** Contacts (some rejected) and calls with a bad row about one in eight, CRLF and LF mixed. */
    private static void writeExport(Path dir, int rows, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        StringBuilder contacts = new StringBuilder("contact_id,country,subdivision,zone,language\n");
        String[][] places = {{"DE", "", "", "de"}, {"US", "US-NY", "", "en"}, {"US", "", "America/Chicago", "en"},
                {"NO", "", "", "no"}, {"GB", "", "", "en"}, {"US", "", "", "en"}};
        String[] zones = new String[40];
        for (int i = 0; i < 40; i++) {
            String[] p = places[i % places.length];
            contacts.append('c').append(i).append(',').append(p[0]).append(',').append(p[1]).append(',')
                    .append(p[2]).append(',').append(p[3]).append('\n');
            zones[i] = p[0].equals("DE") ? "Europe/Berlin" : p[0].equals("NO") ? "Europe/Oslo"
                    : p[0].equals("GB") ? "Europe/London" : p[1].isEmpty() ? "America/Chicago" : "America/New_York";
        }
        Files.writeString(dir.resolve("contacts.csv"), contacts);

        ByteArrayOutputStream calls = new ByteArrayOutputStream();
        calls.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        put(calls, "attempt_id,contact_id,at,outcome,channel,duration_s,meeting_booked,propensity,note,crm_tag\n");
        String[] outcomes = {"connected", "no_answer", "voicemail", "busy", "gatekeeper"};
        long start = Instant.parse("2026-03-02T06:00:00Z").getEpochSecond();
        for (int r = 0; r < rows; r++) {
            int c = rnd.nextInt(40);
            long t = start + rnd.nextInt(60) * 86_400L + rnd.nextInt(12 * 3600);
            String at = (r % 3 == 0) ? Instant.ofEpochSecond(t).toString()
                    : Instant.ofEpochSecond(t).atZone(ZoneId.of(zones[c])).toOffsetDateTime().toString();
            String id = "a" + r;
            String contact = "c" + c;
            String outcome = outcomes[rnd.nextInt(outcomes.length)];
            String duration = outcome.equals("connected") ? String.valueOf(30 + rnd.nextInt(600)) : "0";
            String note = "";
            String end = rnd.nextInt(4) == 0 ? "\r\n" : "\n";
            switch (rnd.nextInt(40)) {
                case 0 -> at = "not-a-time";
                case 1 -> at = "2026-03-03T10:00:00";
                case 2 -> contact = "nobody";
                case 3 -> contact = "c5"; // rejected below: US without subdivision or zone
                case 4 -> id = "a" + rnd.nextInt(Math.max(1, r)); // a duplicate of an earlier row
                case 5 -> outcome = "maybe";
                case 6 -> duration = "-4";
                case 7 -> at = "";
                case 8 -> note = "\"spoke with her, \"\"call back\"\"\nafter lunch\r\non Tuesday\"";
                case 9 -> note = "\"" + "long note ".repeat(200) + "\n\"";
                case 10 -> {
                    put(calls, id + "," + contact + "," + at + "," + outcome + ",phone,1,,,,,extra,fields" + end);
                    continue;
                }
                case 11 -> {
                    put(calls, id + "," + contact + ",");
                    calls.write(new byte[] {(byte) 0xC3, (byte) 0x28}); // not UTF-8
                    put(calls, "," + outcome + ",phone,0,,,," + end);
                    continue;
                }
                case 12 -> put(calls, end); // a blank line
                default -> {
                }
            }
            put(calls, id + "," + contact + "," + at + "," + outcome + ",phone," + duration + ","
                    + (outcome.equals("connected") && rnd.nextBoolean()) + ",0.25," + note + ",t" + (r % 7) + end);
        }
        Files.write(dir.resolve("calls.csv"), calls.toByteArray());
    }

    private static void put(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
