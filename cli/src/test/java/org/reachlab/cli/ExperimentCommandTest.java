package org.reachlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExperimentCommandTest {

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
    void writesTheRunDirectoryAndTheHistoryCanBeEvaluatedOffPolicy() throws IOException {
        Path exp = dir.resolve("exp.yaml");
        Files.writeString(exp, """
                name: cli-test
                world: {contacts: 150, historyWeeks: 2, weeks: 1}
                seeds: [1, 2]
                models: [beta_online, bayes]
                policies:
                  - {name: uniform_09_17, type: uniform}
                  - {name: greedy, type: greedy, model: beta_online}
                  - {name: greedy_bayes, type: greedy, model: bayes}
                ope: {validationSeeds: []}
                """);
        Path run = dir.resolve("run");
        assertThat(run("experiment", "--config", exp.toString(), "--out", run.toString(), "--quiet")).as(err.toString())
                .isZero();
        for (String f : new String[] {"experiment.yaml", "world.yaml", "provenance.json", "metrics.json",
            "leaderboard.csv", "report.html", "data/calls.csv", "data/contacts.csv", "models/bayes"}) {
            assertThat(run.resolve(f)).as(f).exists();
        }
        assertThat(out.toString()).contains("Leaderboard of cli-test").contains("Decision").contains("oracle")
                .contains("What each evidence source adds to").contains("-without-history");
        assertThat(Files.readString(run.resolve("provenance.json"))).contains("data/calls.csv").contains("sha256");

        out.getBuffer().setLength(0);
        assertThat(run("ope", "--log", run.resolve("data/calls.csv").toString(), "--policy",
                "uniform,rotation,greedy,thompson", "--out", dir.resolve("ope.json").toString())).as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("uniform_09_17 (logged contact rate").contains("ips").contains("dr")
                .contains("effective sample size");
        // the greedy policy may dial 08-21 while the log only has 09-17: the command must say so
        assertThat(out.toString()).contains("WARNING");
        assertThat(dir.resolve("ope.json")).exists();
    }

    @Test
    void badFilesGiveOneClearLine() throws IOException {
        Path exp = dir.resolve("bad.yaml");
        Files.writeString(exp, "seeds: []\n");
        assertThat(run("experiment", "--config", exp.toString(), "--out", dir.resolve("x").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("seeds must list at least one seed").contains("bad.yaml");
        Path calls = dir.resolve("calls.csv");
        Files.writeString(dir.resolve("contacts.csv"), "contact_id,country\nc1,NO\n");
        Files.writeString(calls, "attempt_id,contact_id,at,outcome\na1,c1,2026-03-03T10:00:00+01:00,connected\n");
        assertThat(run("ope", "--log", calls.toString(), "--policy", "uniform")).isEqualTo(1);
        assertThat(err.toString()).contains("line 2").contains("has no propensity");
    }

    @Test
    void anExperimentOnACallLogWritesTheRunDirectoryAndTheDecision() throws IOException {
        assertThat(run("generate", "--seed", "4", "--contacts", "200", "--weeks", "4", "--out",
                dir.resolve("mine").toString())).as(err.toString()).isZero();
        Path exp = dir.resolve("exp.yaml");
        Files.writeString(exp, """
                name: my-log
                data: {log: mine/calls.csv}
                models: [beta_online]
                policies:
                  - {name: uniform_09_17, type: uniform}
                  - {name: greedy_09_17, type: greedy, model: beta_online, from: 9, to: 17}
                seeds: [1]
                ope: {bootstrap: 200}
                """);
        Path run = dir.resolve("run");
        out.getBuffer().setLength(0);
        assertThat(run("experiment", "--config", exp.toString(), "--out", run.toString(), "--quiet")).as(err.toString())
                .isZero();
        for (String f : new String[] {"experiment.yaml", "provenance.json", "metrics.json", "leaderboard.csv",
            "report.html"}) {
            assertThat(run.resolve(f)).as(f).exists();
        }
        assertThat(out.toString()).contains("Leaderboard of my-log on calls.csv").contains("greedy_09_17")
                .contains("Decision").contains("no ground truth").doesNotContain("oracle");

        Files.writeString(exp, "data: {log: mine/calls.csv}\nworld: {contacts: 100}\n");
        assertThat(run("experiment", "--config", exp.toString(), "--out", run.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("names both world and data");
    }
}
