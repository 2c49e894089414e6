package org.reachlab.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

/**
 * Writes a large CRM export (contacts.csv and calls.csv) for load measurements: contacts spread
 * over DE, NO, SE, GB and US states, calls over 2026 in business hours with realistic outcome
 * shares, and one bad row in every ten thousand (so the rejects path is exercised too).
 *
 * <p>With an event count it also writes events.csv: that many behavioural events of the same
 * contacts (email opens and replies, web visits, meetings, inbound calls, LinkedIn activity, texts),
 * over 2026 at any hour, a third naming a rep, and one bad row in every ten thousand.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.reachlab.benchmarks.LargeExport ROWS OUT_DIR [SEED [EVENTS]]}.
 * The same arguments write the same bytes.
 */
public final class LargeExport {

    private static final String[][] PLACES = {
            {"DE", "DE-BY", "Europe/Berlin"}, {"DE", "DE-NW", "Europe/Berlin"}, {"NO", "", "Europe/Oslo"},
            {"SE", "", "Europe/Stockholm"}, {"GB", "GB-ENG", "Europe/London"}, {"US", "US-CA", "America/Los_Angeles"},
            {"US", "US-TX", "America/Chicago"}, {"US", "US-NY", "America/New_York"}};
    private static final String[] OUTCOMES = {"connected", "no_answer", "no_answer", "no_answer", "voicemail",
            "voicemail", "gatekeeper", "busy"};
    private static final String[] INDUSTRIES = {"it", "manufacturing", "restaurant", "finance", "retail"};
    private static final String[] ROLES = {"it_lead", "production_manager", "owner", "cfo", "purchasing"};

    private LargeExport() {
    }

    /** Writes {@code rows} calls over {@code rows / 50} contacts (at least one) into {@code out}. */
    public static void write(long rows, Path out, long seed) throws IOException {
        Files.createDirectories(out);
        SplittableRandom rnd = new SplittableRandom(seed);
        int contacts = (int) Math.max(1, rows / 50);
        ZoneId[] zones = new ZoneId[contacts];
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("contacts.csv"), StandardCharsets.UTF_8)) {
            w.write("contact_id,country,subdivision,zone,industry,company_size,role,language\n");
            for (int i = 0; i < contacts; i++) {
                String[] p = PLACES[rnd.nextInt(PLACES.length)];
                zones[i] = ZoneId.of(p[2]);
                w.write("c" + i + ',' + p[0] + ',' + p[1] + ",," + INDUSTRIES[rnd.nextInt(INDUSTRIES.length)] + ','
                        + (5 + rnd.nextInt(5000)) + ',' + ROLES[rnd.nextInt(ROLES.length)] + ','
                        + ("US".equals(p[0]) || "GB".equals(p[0]) ? "en" : p[0].toLowerCase()) + '\n');
            }
        }
        long start = Instant.parse("2026-01-05T00:00:00Z").getEpochSecond();
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("calls.csv"), StandardCharsets.UTF_8)) {
            w.write("attempt_id,contact_id,at,outcome,channel,rep_id,duration_s,meeting_booked,policy,propensity\n");
            StringBuilder sb = new StringBuilder(160);
            for (long r = 0; r < rows; r++) {
                int c = rnd.nextInt(contacts);
                long day = rnd.nextInt(350);
                long t = start + day * 86_400 + (7 + rnd.nextInt(11)) * 3600L + rnd.nextInt(3600);
                String outcome = OUTCOMES[rnd.nextInt(OUTCOMES.length)];
                sb.setLength(0);
                sb.append('a').append(r).append(",c").append(c).append(',');
                if (r % 10_000 == 9_999) {
                    sb.append("not-a-time");
                } else if ((r & 1) == 0) {
                    sb.append(Instant.ofEpochSecond(t));
                } else {
                    sb.append(ZonedDateTime.ofInstant(Instant.ofEpochSecond(t), zones[c]).toOffsetDateTime());
                }
                boolean connected = outcome.equals("connected");
                sb.append(',').append(outcome).append(",phone,rep-").append(r % 40).append(',')
                        .append(connected ? 30 + rnd.nextInt(900) : 0).append(',')
                        .append(connected && rnd.nextInt(5) == 0).append(",uniform-9-17,0.0625\n");
                w.append(sb);
            }
        }
    }

    private static final String[] KINDS = {"email_open", "email_open", "email_reply", "web_visit", "web_visit",
            "meeting_accepted", "inbound_call", "linkedin_activity", "sms_in", "sms_out"};

    /** Writes {@code events} events of the {@code rows / 50} contacts of {@link #write} into {@code out/events.csv}. */
    public static void writeEvents(long rows, long events, Path out, long seed) throws IOException {
        Files.createDirectories(out);
        SplittableRandom rnd = new SplittableRandom(seed * 31 + 7);
        int contacts = (int) Math.max(1, rows / 50);
        long start = Instant.parse("2026-01-05T00:00:00Z").getEpochSecond();
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("events.csv"), StandardCharsets.UTF_8)) {
            w.write("event_id,contact_id,at,kind,rep_id,source\n");
            StringBuilder sb = new StringBuilder(100);
            for (long r = 0; r < events; r++) {
                sb.setLength(0);
                sb.append('e').append(r).append(",c").append(rnd.nextInt(contacts)).append(',');
                long t = start + rnd.nextInt(350) * 86_400L + rnd.nextInt(86_400);
                sb.append(r % 10_000 == 9_999 ? "not-a-time" : Instant.ofEpochSecond(t).toString()).append(',')
                        .append(KINDS[rnd.nextInt(KINDS.length)]).append(',');
                if (rnd.nextInt(3) == 0) {
                    sb.append("rep-").append(r % 40);
                }
                sb.append(",engagement\n");
                w.append(sb);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: LargeExport ROWS OUT_DIR [SEED [EVENTS]]");
            System.exit(2);
        }
        long rows = Long.parseLong(args[0].replace("_", ""));
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        write(rows, Path.of(args[1]), seed);
        if (args.length > 3) {
            writeEvents(rows, Long.parseLong(args[3].replace("_", "")), Path.of(args[1]), seed);
        }
    }
}
