package org.reachlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PilotCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void generatesAPilotWithItsTruthAndAnalysesIt() throws IOException {
        Path world = dir.resolve("w");
        assertThat(run("generate", "--seed", "3", "--contacts", "300", "--weeks", "4", "--reps", "6",
                "--pilot-reps", "2", "--pilot-start", "2025-10-20", "--pilot-policy", "uniform", "--out",
                world.toString())).as(err.toString()).isZero();
        assertThat(Files.readAllLines(world.resolve("reps.csv"))).hasSize(7).contains("rep_id,team");
        JsonNode truth = new ObjectMapper().readTree(world.resolve("truth/pilot.json").toFile());
        assertThat(truth.at("/contact_rate/effect").asDouble()).isZero();
        Path out1 = dir.resolve("p");
        assertThat(run("pilot", "--data", world.toString(), "--pilot-team", "pilot", "--start", "2025-10-20",
                "--out", out1.toString())).as(err.toString()).isZero();
        JsonNode s = new ObjectMapper().readTree(out1.resolve("summary.json").toFile());
        assertThat(s.at("/contact_rate/did/estimate").isNumber()).isTrue();
        assertThat(s.at("/pilot/pilot_reps").size()).isEqualTo(2);
        assertThat(Files.readString(out1.resolve("report.html"))).contains("<svg");
        assertThat(out.toString()).contains("contact rate").contains("DiD");
        assertThat(run("pilot-design", "--data", world.toString(), "--reps", "6", "--weeks", "1"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("minimum detectable uplift").contains("proposed pilot team");
    }

    @Test
    void badInputIsOneLineNamingTheCause() throws IOException {
        Path world = dir.resolve("w");
        assertThat(run("generate", "--seed", "3", "--contacts", "200", "--weeks", "3", "--reps", "4",
                "--pilot-reps", "2", "--pilot-policy", "uniform", "--out", world.toString())).isZero();
        assertThat(run("pilot", "--data", world.toString(), "--pilot-team", "blue", "--start", "2025-10-13",
                "--out", dir.resolve("x").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no rep in").contains("team 'blue'").doesNotContain("\tat ");
        assertThat(run("pilot", "--data", world.toString(), "--pilot-team", "pilot", "--pilot-reps", "rep-01",
                "--start", "2025-10-13", "--out", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(run("generate", "--seed", "3", "--contacts", "200", "--weeks", "3", "--reps", "4",
                "--pilot-reps", "4", "--out", dir.resolve("y").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("--pilot-reps must be between 1 and --reps - 1 = 3");
    }
}
