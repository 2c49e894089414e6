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

class MainTest {

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
    void everyCommandHasHelp() {
        CommandLine root = Main.commandLine();
        assertThat(run("--help")).isZero();
        for (String name : root.getSubcommands().keySet()) {
            if (!name.equals("help")) {
                assertThat(run(name, "--help")).as(name).isZero();
            }
        }
        assertThat(out.toString()).contains("Usage: reachlab ingest");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("no-such-command")).isEqualTo(2);
        assertThat(run("ingest", "--calls", "x.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required options");
        assertThat(run()).isEqualTo(2);
    }

    @Test
    void failuresExitWithOneAndOneClearLine() {
        assertThat(run("ingest", "--calls", dir.resolve("calls.csv").toString(), "--contacts",
                dir.resolve("contacts.csv").toString(), "--out", dir.resolve("out").toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("reachlab: ").contains("contacts.csv").contains("no such file")
                .doesNotContain("\tat ");
    }

    @Test
    void unknownPolicyTypesAreRefusedWithTheKnownOnes() throws IOException {
        assertThat(run("simulate", "--seed", "1", "--policies", "uniform,window")).isEqualTo(1);
        assertThat(err.toString()).contains("unknown policy 'window'")
                .contains("uniform, rotation, best-hour, stated-rule, segment-oracle, oracle");
        assertThat(run("simulate", "--seed", "1", "--policies", "greedy")).isEqualTo(1);
        assertThat(err.toString()).contains("greedy needs a trained model");
        Files.writeString(dir.resolve("calls.csv"), "");
        Files.writeString(dir.resolve("contacts.csv"), "");
        assertThat(run("ope", "--log", dir.resolve("calls.csv").toString(), "--policy", "oracle")).isEqualTo(1);
        assertThat(err.toString()).contains("oracle needs the true connect probabilities");
    }

    @Test
    void simulateRunsTheReferencePolicies() {
        assertThat(run("simulate", "--seed", "1", "--contacts", "150", "--weeks", "2", "--policies",
                "uniform,stated-rule,segment-oracle,oracle")).isEqualTo(0);
        assertThat(out.toString()).contains("uniform_09_17").contains("stated_rule").contains("segment_oracle")
                .contains("oracle");
    }

    @Test
    void verboseAddsTheStackTrace() {
        run("--verbose", "ingest", "--calls", "missing.csv", "--contacts", "missing.csv", "--out",
                dir.resolve("out").toString());
        assertThat(err.toString()).contains("\tat ");
    }

    @Test
    void ingestPrintsTheTableAndWritesTheOutputs() throws IOException {
        Path contacts = dir.resolve("contacts.csv");
        Path calls = dir.resolve("calls.csv");
        Files.writeString(contacts, "contact_id,country\nc1,NO\n");
        Files.writeString(calls, "attempt_id,contact_id,at,outcome\na1,c1,2026-03-03T10:00:00+01:00,connected\n"
                + "a2,c9,2026-03-03T10:00:00+01:00,connected\n");
        assertThat(run("ingest", "--calls", calls.toString(), "--contacts", contacts.toString(), "--out",
                dir.resolve("out").toString())).isZero();
        assertThat(out.toString()).contains("calls").contains("unknown_contact=1");
        assertThat(dir.resolve("out/summary.json")).exists();
        assertThat(dir.resolve("out/rejects.csv")).exists();
    }

    @Test
    void ingestWithEventsWarnsWhenNoEventIsUsableAndGoesOn() throws IOException {
        Path contacts = dir.resolve("contacts.csv");
        Path calls = dir.resolve("calls.csv");
        Path events = dir.resolve("events.csv");
        Files.writeString(contacts, "contact_id,country\nc1,NO\n");
        Files.writeString(calls, "attempt_id,contact_id,at,outcome\na1,c1,2026-03-03T10:00:00+01:00,connected\n");
        Files.writeString(events, "event_id,contact_id,at,kind\ne1,c1,2026-03-03T09:00:00+01:00,fax\n"
                + "e2,c9,2026-03-03T09:00:00+01:00,web_visit\n");
        assertThat(run("ingest", "--calls", calls.toString(), "--contacts", contacts.toString(), "--events",
                events.toString(), "--out", dir.resolve("out").toString())).isZero();
        assertThat(out.toString()).contains("events").contains("unknown_kind=1").contains("unknown_contact=1");
        assertThat(err.toString()).contains("warning").contains("no usable event");
        assertThat(dir.resolve("out/features.csv")).exists();
    }
}
