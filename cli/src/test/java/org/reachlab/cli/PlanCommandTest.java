package org.reachlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PlanCommandTest {

    @TempDir
    static Path dir;

    static Path world;
    static Path model;
    static Path reps;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @BeforeAll
    static void generateAndTrain() throws Exception {
        world = dir.resolve("w");
        model = dir.resolve("m");
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("generate", "--seed", "5", "--contacts", "300", "--weeks", "3", "--out", world.toString()))
                .isZero();
        // a contact of a multi-zone country without a zone, and a row with a bad do_not_call flag
        Files.writeString(world.resolve("contacts.csv"), "cz-1,US,,,it,,,it_lead,en\n", StandardOpenOption.APPEND);
        String csv = Files.readString(world.resolve("contacts.csv"));
        Files.writeString(world.resolve("contacts.csv"), csv.replaceFirst("\n", ",do_not_call\n")
                .replace("cz-1,US,,,it,,,it_lead,en\n", "cz-1,US,,,it,,,it_lead,en,\ncz-2,DE,,,it,,,it_lead,en,maybe\n")
                .replaceFirst("(c-000002,[^\n]*)\n", "$1,true\n"));
        assertThat(cl.execute("train", "--data", world.toString(), "--model", "segment", "--out", model.toString()))
                .isZero();
        reps = dir.resolve("reps.csv");
        Files.writeString(reps, "rep_id,zone,capacity,start,end\noslo,Europe/Oslo,30,08:00,16:00\n"
                + "nyc,America/New_York,20,09:00,17:00\n");
    }

    @Test
    void writesEveryRepsCallsAsCsvJsonCalendarAndPage() throws Exception {
        Path p = dir.resolve("plan");
        assertThat(run("plan", "--model", model.toString(), "--data", world.toString(), "--date", "2025-10-27",
                "--reps", reps.toString(), "--out", p.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 rejected rows and 1 without a zone left out")
                .contains("not due: {do_not_call=1");
        List<String> lines = Files.readAllLines(p.resolve("plan.csv"));
        assertThat(lines.get(0)).startsWith("rep_id,order,contact_id,local_start,rep_start,zone,probability,"
                + "probability_lo,probability_hi,channel,reason");
        long oslo = lines.stream().filter(l -> l.startsWith("oslo,")).count();
        long nyc = lines.stream().filter(l -> l.startsWith("nyc,")).count();
        assertThat(oslo).isEqualTo(30);
        assertThat(nyc).isEqualTo(20);
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            OffsetDateTime local = OffsetDateTime.parse(f[3]);
            assertThat(local.toInstant()).isEqualTo(OffsetDateTime.parse(f[4]).toInstant());
            assertThat(f[2]).isNotEqualTo("c-000002");
        }
        JsonNode json = new ObjectMapper().readTree(p.resolve("plan.json").toFile());
        assertThat(json.path("reps").path("oslo")).hasSize(30);
        assertThat(json.path("summary").path("withoutZone").asLong()).isEqualTo(1);
        assertThat(json.path("reps").path("oslo").get(0).path("reason").asText()).isNotBlank();
        ICalendar ical = Biweekly.parse(p.resolve("oslo.ics").toFile()).first();
        assertThat(ical.getEvents()).hasSize(30);
        assertThat(ical.getEvents().get(0).getSummary().getValue()).startsWith("Call c-");
        assertThat(Files.readString(p.resolve("plan.html"))).contains("<h2>nyc (20 calls)</h2>");
    }

    @Test
    void badInputNamesTheFileAndKey() throws Exception {
        Path p = dir.resolve("bad");
        assertThat(run("plan", "--model", model.toString(), "--data", world.toString(), "--date", "2025-10-25",
                "--reps", reps.toString(), "--out", p.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("reps " + reps).contains("2025-10-25 is a Saturday")
                .contains("not a working day of any rep (nyc: works MON TUE WED THU FRI; oslo:");
        Path badReps = dir.resolve("bad-reps.csv");
        Files.writeString(badReps, "rep_id,zone\nr1,Europe/Oslo\nr2,Mars/Olympus_Mons\n");
        assertThat(run("plan", "--model", model.toString(), "--data", world.toString(), "--date", "2025-10-27",
                "--reps", badReps.toString(), "--out", p.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(badReps + " line 3, column zone 'Mars/Olympus_Mons'");
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "countries:\n  NO:\n    window: {from: \"18:00\", to: \"09:00\"}\n");
        assertThat(run("plan", "--model", model.toString(), "--data", world.toString(), "--date", "2025-10-27",
                "--compliance", rules.toString(), "--out", p.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("rules file " + rules + ": key countries.NO.window is impossible");
        Files.writeString(rules, "attempts:\n  maxPerDay: 2\n");
        assertThat(run("plan", "--model", model.toString(), "--data", world.toString(), "--date", "2025-10-27",
                "--compliance", rules.toString(), "--out", p.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("rules file " + rules + ": unknown key 'maxPerDay' at attempts.maxPerDay");
        assertThat(err.toString()).doesNotContain("--verbose");
    }
}
