package org.reachlab.evaluation.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.evaluation.report.PilotReportWriter;

class PilotAnalysisTest {

    static final LocalDate FIRST = LocalDate.of(2026, 1, 5);
    static final LocalDate START = FIRST.plusWeeks(4);

    @TempDir
    Path dir;

    /**
     * Ten reps, each with its own 30 contacts, dialling 20 times a working day for 8 weeks. Rep r
     * connects at base + 0.01 r; after the start every rep drops by {@code dip} (a season), and the
     * pilot reps (the first three, who are also the strongest when {@code strongPilot}) gain
     * {@code effect}. One rep (rep-99) not in reps.csv makes calls.
     */
    static void write(Path dir, double effect, double dip, boolean strongPilot, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder contacts = new StringBuilder("contact_id,country,industry,role\n");
        StringBuilder calls = new StringBuilder("attempt_id,contact_id,at,outcome,rep_id,meeting_booked\n");
        StringBuilder reps = new StringBuilder("rep_id,team\n");
        int id = 0;
        for (int r = 0; r < 11; r++) {
            String rep = r == 10 ? "rep-99" : String.format(Locale.ROOT, "rep-%02d", r);
            boolean pilot = r < 3;
            if (r < 10) {
                reps.append(rep).append(',').append(pilot ? "pilot" : "control").append('\n');
            }
            for (int c = 0; c < 30; c++) {
                contacts.append(String.format(Locale.ROOT, "c%d-%d,%s,%s,owner%n", r, c, c % 2 == 0 ? "DE" : "US",
                        c % 3 == 0 ? "it" : "retail"));
            }
            double base = 0.15 + (strongPilot && pilot ? 0.05 : 0) + 0.002 * r;
            for (LocalDate d = FIRST; d.isBefore(FIRST.plusWeeks(8)); d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() > 5) {
                    continue;
                }
                boolean after = !d.isBefore(START);
                double p = base - (after ? dip : 0) + (after && pilot ? effect : 0);
                for (int k = 0; k < 20; k++) {
                    boolean connected = random.nextDouble() < p;
                    boolean meeting = connected && random.nextDouble() < 0.2;
                    calls.append(String.format(Locale.ROOT, "a%d,c%d-%d,%sT%02d:%02d:00+01:00,%s,%s,%s%n", id++, r,
                            random.nextInt(30), d, 9 + k / 3, (k % 3) * 20, connected ? "connected" : "no_answer",
                            rep, meeting));
                }
            }
        }
        Files.writeString(dir.resolve("contacts.csv"), contacts, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("calls.csv"), calls, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("reps.csv"), reps, StandardCharsets.UTF_8);
    }

    private PilotResult analyse() throws IOException {
        return PilotAnalysis.run(dir, "pilot", null, null, START, null, PilotConfig.defaults().withResamples(200));
    }

    @Test
    void findsTheEffectThatANaiveBeforeAfterMissesInASeasonalDip() throws IOException {
        write(dir, 0.08, 0.06, false, 1);
        PilotResult r = analyse();
        PilotResult.Metric cr = r.metric("contact_rate");
        assertThat(cr.cells().naive()).isBetween(-0.01, 0.05);
        assertThat(cr.did().estimate()).isCloseTo(0.08, within(0.025));
        assertThat(cr.did().lo()).isGreaterThan(0);
        assertThat(cr.did().assignments()).isEqualTo(120);
        assertThat(cr.contactBootstrap().hi() - cr.contactBootstrap().lo()).isGreaterThan(0);
        assertThat(r.checks().warnings()).anyMatch(w -> w.startsWith("time:"));
        // rep-99 is not in reps.csv: its 800 calls are counted and left out
        assertThat(r.info().coverage().unknownRep()).isEqualTo(800);
        assertThat(r.info().coverage().analysed()).isEqualTo(8000);
        assertThat(r.metric("revenue_per_call").available()).isFalse();
        assertThat(r.metric("revenue_per_call").reason()).contains("revenue");
        assertThat(r.roi().available()).isFalse();
        assertThat(r.bySegment()).extracting(PilotResult.Subgroup::name).containsExactlyInAnyOrder("it|owner",
                "retail|owner");
        assertThat(r.byCountry()).hasSize(2);
        assertThat(r.checks().novelty()).hasSize(4);
    }

    @Test
    void aStrongerPilotTeamWithNoEffectIsNoEffect() throws IOException {
        write(dir, 0, 0, true, 2);
        PilotResult r = analyse();
        PilotResult.Metric cr = r.metric("contact_rate");
        assertThat(cr.did().lo()).isLessThan(0);
        assertThat(cr.did().hi()).isGreaterThan(0);
        assertThat(r.checks().preGap().estimate()).isCloseTo(0.05, within(0.02));
        assertThat(r.checks().warnings()).anyMatch(w -> w.startsWith("team mix:"));
        for (PilotResult.Placebo p : r.checks().placebos()) {
            assertThat(p.did().estimate()).isCloseTo(0, within(0.03));
        }
    }

    @Test
    void writesTheSummaryKeysAndASelfContainedReport() throws IOException {
        write(dir, 0.05, 0, false, 3);
        PilotResult r = analyse();
        Path summary = dir.resolve("summary.json");
        PilotSummary.write(r, summary);
        JsonNode j = new ObjectMapper().readTree(summary.toFile());
        for (String k : List.of("estimate", "lo", "hi", "p_value")) {
            assertThat(j.at("/contact_rate/did/" + k).isNumber()).as(k).isTrue();
        }
        assertThat(j.at("/meetings_per_rep_day/did/estimate").isNumber()).isTrue();
        assertThat(j.at("/time_to_connect_days/did/estimate").isNumber()).isTrue();
        assertThat(j.at("/revenue_per_call/available").asBoolean()).isFalse();
        assertThat(j.at("/contact_rate/contact_bootstrap/label").asText()).contains("contact-level");
        assertThat(j.at("/calls/unknown_rep_left_out").asLong()).isEqualTo(800);
        String html = PilotReportWriter.html(r);
        assertThat(html).contains("<svg").contains("pilot team").contains("control team")
                .doesNotContain("src=\"http").doesNotContain("NaN");
    }

    @Test
    void readsRevenueAndComputesTheReturnFromMeasuredInputs() throws IOException {
        write(dir, 0.05, 0, false, 4);
        List<String> lines = Files.readAllLines(dir.resolve("calls.csv"));
        StringBuilder b = new StringBuilder(lines.get(0)).append(",revenue\n");
        for (String l : lines.subList(1, lines.size())) {
            b.append(l).append(',').append(l.endsWith("true") ? "1000" : "0").append('\n');
        }
        Files.writeString(dir.resolve("calls.csv"), b);
        Files.writeString(dir.resolve("pilot.yaml"), "business: {toolCostPerRepPerMonth: 100, currency: USD}\n");
        PilotResult r = PilotAnalysis.run(dir, "pilot", null, null, START, null,
                PilotConfig.load(dir.resolve("pilot.yaml")).withResamples(0));
        assertThat(r.metric("revenue_per_call").available()).isTrue();
        assertThat(r.roi().available()).isTrue();
        assertThat(r.roi().revenuePerMeeting()).isCloseTo(1000, within(1e-9));
        assertThat(r.roi().extraConnects()[0]).isCloseTo(r.metric("contact_rate").did().estimate()
                * r.roi().callsPerRepDay() * 21, within(1e-9));
        assertThat(r.roi().net()[0]).isCloseTo(r.roi().extraRevenue()[0] - 100, within(1e-9));
    }

    @Test
    void badInputNamesTheCause() throws IOException {
        write(dir, 0, 0, false, 5);
        PilotConfig c = PilotConfig.defaults().withResamples(0);
        assertThatThrownBy(() -> PilotAnalysis.run(dir, "pilots", null, null, START, null, c))
                .isInstanceOf(PilotInputException.class).hasMessageContaining("no rep").hasMessageContaining("'pilots'")
                .hasMessageContaining("pilot, control");
        assertThatThrownBy(() -> PilotAnalysis.run(dir, "pilot", null, null, LocalDate.of(2027, 1, 1), null, c))
                .hasMessageContaining("--start 2027-01-01 is outside the log");
        assertThatThrownBy(() -> PilotAnalysis.run(dir, "pilot", null, null, FIRST, null, c))
                .hasMessageContaining("outside the log");
        assertThatThrownBy(() -> PilotAnalysis.run(dir, null, List.of("rep-00", "rep-42"), null, START, null, c))
                .hasMessageContaining("rep rep-42 is not in");
        assertThatThrownBy(() -> PilotAnalysis.run(dir, null, List.of("rep-00", "rep-05"), "control", START, null, c))
                .hasMessageContaining("rep rep-05 is in both teams");
        Files.writeString(dir.resolve("reps.csv"), "rep_id,team\nrep-00,pilot\nrep-01,control\nrep-00,control\n");
        assertThatThrownBy(() -> PilotAnalysis.run(dir, "pilot", null, null, START, null, c))
                .hasMessageContaining("rep rep-00 is in both teams 'pilot' (line 2) and 'control' (line 4)");
        // a pilot rep with calls only after the start
        Files.writeString(dir.resolve("reps.csv"), "rep_id,team\nrep-00,pilot\nrep-01,control\nrep-02,control\n");
        List<String> lines = Files.readAllLines(dir.resolve("calls.csv"));
        StringBuilder b = new StringBuilder(lines.get(0)).append('\n');
        for (String l : lines.subList(1, lines.size())) {
            if (!(l.contains(",rep-00,") && l.split(",")[2].compareTo(START.toString()) < 0)) {
                b.append(l).append('\n');
            }
        }
        Files.writeString(dir.resolve("calls.csv"), b);
        assertThatThrownBy(() -> PilotAnalysis.run(dir, "pilot", null, null, START, null, c))
                .hasMessageContaining("the pilot team (rep-00) has no calls before the start " + START);
        Files.delete(dir.resolve("reps.csv"));
        assertThatThrownBy(() -> PilotAnalysis.run(dir, "pilot", null, null, START, null, c))
                .hasMessageContaining("--pilot-team pilot needs reps.csv");
    }

    @Test
    void parsesTimesLikeTheJavaTimeLibrary() {
        long[] out = new long[2];
        for (String s : List.of("2026-03-29T02:30:00+02:00", "2026-12-31T23:59:59Z", "2024-02-29T12:00:00.125-05:30",
                "1999-01-01T00:00:00+14:00")) {
            assertThat(PilotLog.parseTime(s, out)).isTrue();
            java.time.OffsetDateTime t = java.time.OffsetDateTime.parse(s);
            assertThat(out[0]).isEqualTo(t.toEpochSecond());
            assertThat(out[1]).isEqualTo(t.getOffset().getTotalSeconds());
        }
        assertThat(PilotLog.parseTime("2026-02-30T10:00:00Z", out)).isFalse();
        assertThat(PilotLog.parseTime("2026-03-01 10:00", out)).isFalse();
        assertThat(PilotLog.parseTime("2026-03-01T10:00:00", out)).isFalse();
    }
}
