package org.reachlab.evaluation.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.evaluation.ope.LoggedDial;
import org.reachlab.evaluation.report.LogReportWriter;
import org.reachlab.evaluation.simulation.HistoryGenerator;
import org.reachlab.models.ModelRegistry;
import org.reachlab.stats.Estimate;

class LogExperimentTest {

    @TempDir
    static Path tmp;

    /** A small generated world's uniform 09-17 history: the stand-in for a user's call log. */
    @BeforeAll
    static void log() throws IOException {
        HistoryGenerator.generate(WorldFiles.defaults().withContacts(300).withWeeks(6), 5, tmp.resolve("world"));
    }

    static Path experiment(String name, String yaml) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, yaml);
        return f;
    }

    static final String POLICIES = """
            models: [beta_online]
            policies:
              - {name: uniform_09_17, type: uniform}
              - {name: best_hour, type: best-hour}
              - {name: greedy_09_17, type: greedy, model: beta_online, from: 9, to: 17}
              - {name: greedy, type: greedy, model: beta_online}
            seeds: [3]
            ope: {bootstrap: 200}
            """;

    @Test
    void aDataKeyReplacesTheWorldAndResolvesItsFilesBesideTheExperimentFile() throws IOException {
        Path f = experiment("data.yaml", "name: mine\ndata: {log: world/calls.csv, split: 2025-10-06}\n" + POLICIES);
        ExperimentConfig c = ExperimentFiles.load(f);
        assertThat(c.dataMode()).isTrue();
        assertThat(c.world()).isNull();
        assertThat(Path.of(c.data().log())).isEqualTo(tmp.resolve("world/calls.csv").toAbsolutePath().normalize());
        assertThat(Path.of(c.data().contacts())).isEqualTo(tmp.resolve("world/contacts.csv").toAbsolutePath().normalize());
        assertThat(c.data().splitDate()).hasToString("2025-10-06");
        assertThat(c.ope().bootstrap()).isEqualTo(200);
        // the effective experiment written to a run directory reads back the same
        Path back = experiment("back.yaml", ExperimentFiles.toYaml(c));
        assertThat(ExperimentFiles.load(back)).isEqualTo(c);
        // a world file is unaffected: no data
        assertThat(ExperimentFiles.load(experiment("w.yaml", "world: {contacts: 200}\n")).dataMode()).isFalse();
    }

    @Test
    void bothKeysAMissingFileOrASimulatorOnlyInputIsAClearError() throws IOException {
        Path both = experiment("both.yaml", "world: {contacts: 200}\ndata: {log: world/calls.csv}\n");
        assertThatThrownBy(() -> ExperimentFiles.load(both)).hasMessageContaining("both world and data")
                .hasMessageContaining("both.yaml");
        Path noLog = experiment("nolog.yaml", "data: {log: nowhere/calls.csv}\n" + POLICIES);
        assertThatThrownBy(() -> ExperimentFiles.load(noLog)).hasMessageContaining("data.log")
                .hasMessageContaining("nowhere" + java.io.File.separator + "calls.csv").hasMessageContaining("nolog.yaml");
        Path noContacts = experiment("nocontacts.yaml", "data: {log: world/calls.csv, contacts: people.csv}\n"
                + POLICIES);
        assertThatThrownBy(() -> ExperimentFiles.load(noContacts)).hasMessageContaining("data.contacts")
                .hasMessageContaining("people.csv");
        Path typo = experiment("typo.yaml", "data: {log: world/calls.csv, splt: 2025-10-06}\n" + POLICIES);
        assertThatThrownBy(() -> ExperimentFiles.load(typo)).hasMessageContaining("unknown key 'splt'")
                .hasMessageContaining("split");
        Path badDate = experiment("date.yaml", "data: {log: world/calls.csv, split: soon}\n" + POLICIES);
        assertThatThrownBy(() -> ExperimentFiles.load(badDate)).hasMessageContaining("data.split")
                .hasMessageContaining("soon");
        Path oracle = experiment("oracle.yaml", "data: {log: world/calls.csv}\npolicies: [{name: uniform_09_17,"
                + " type: uniform}, {name: best, type: oracle}]\n");
        assertThatThrownBy(() -> ExperimentFiles.load(oracle)).hasMessageContaining("policy 'best'")
                .hasMessageContaining("oracle needs the simulator's ground truth");
        Path truth = experiment("truth.yaml", "data: {log: world/calls.csv}\n" + POLICIES
                + "promotion: {metric: expected_contact_rate}\n");
        assertThatThrownBy(() -> ExperimentFiles.load(truth)).hasMessageContaining("expected_contact_rate")
                .hasMessageContaining("ground truth");
    }

    @Test
    void runsOnTheLogEndToEndAndWritesTheRunDirectory() throws IOException {
        Path f = experiment("run.yaml", "name: on-log\ndata: {log: world/calls.csv}\n" + POLICIES
                + "promotion: {champion: uniform_09_17, challenger: greedy_09_17, minUplift: 0.0}\n");
        ExperimentConfig c = ExperimentFiles.load(f);
        LogExperimentRunner runner = new LogExperimentRunner(c, ModelRegistry.standard(), System.out::println);
        LogExperimentResult r = runner.run();
        Path dir = tmp.resolve("run");
        ExperimentWriter.write(r, runner, dir);
        LogReportWriter.write(r, dir.resolve("report.html"));
        for (String file : List.of("experiment.yaml", "provenance.json", "metrics.json", "leaderboard.csv",
                "report.html")) {
            assertThat(dir.resolve(file)).as(file).exists();
        }
        assertThat(r.policies()).containsExactlyInAnyOrder("uniform_09_17", "best_hour", "greedy_09_17", "greedy");
        assertThat(r.log().trainDials()).isPositive();
        assertThat(r.log().evalDials()).isPositive();
        // the logger evaluated on its own log: every weight is 1, the estimate is near the logged rate
        LogExperimentResult.PolicyEstimate uniform = r.estimates().get("uniform_09_17");
        assertThat(uniform.untrustworthy()).isEmpty();
        assertThat(uniform.contactRate().lo()).isLessThan(uniform.ope().loggedRate());
        assertThat(uniform.contactRate().hi()).isGreaterThan(uniform.ope().loggedRate());
        for (LogExperimentResult.PolicyEstimate e : r.estimates().values()) {
            assertThat(e.contactRate().lo()).as(e.policy()).isLessThanOrEqualTo(e.contactRate().value());
            assertThat(e.contactRate().hi()).as(e.policy()).isGreaterThanOrEqualTo(e.contactRate().value());
        }
        assertThat(r.decision().challenger()).isEqualTo("greedy_09_17");
        assertThat(r.decision().uplift()).isEqualTo(r.estimates().get("greedy_09_17").uplift());
        assertThat(r.decision().reasons().get(0)).matches("(PROMOTE|KEEP): .*");
        assertThat(r.decision().reasons()).anyMatch(s -> s.contains("no ground truth"));

        String metrics = Files.readString(dir.resolve("metrics.json"));
        assertThat(metrics).contains("\"ground_truth\" : false").contains("\"decision\"").contains("\"not_computed\"");
        KaplanMeier logged = r.loggedTimeToConnect();
        assertThat(logged.atRisk()[0]).isEqualTo(loggedContacts(tmp.resolve("world/calls.csv")));
        assertThat(logged.reachedWithin(3)).isBetween(0.05, 0.95);
        assertThat(logged.reachedWithin(6)).isGreaterThanOrEqualTo(logged.reachedWithin(3));
        assertThat(metrics).contains("\"logged_time_to_connect\"");
        assertThat(Files.readAllLines(dir.resolve("leaderboard.csv"))).hasSize(5)
                .first().asString().startsWith("rank,policy,contact_rate,contact_rate_lo,contact_rate_hi,uplift_vs_");
        String provenance = Files.readString(dir.resolve("provenance.json"));
        assertThat(provenance).contains("\"data.log\"").contains("\"data.contacts\"")
                .contains(ExperimentWriter.sha256(tmp.resolve("world/calls.csv"))).contains("\"seeds\"")
                .contains("\"libraries\"").contains("\"code_commit\"");
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("No ground truth").contains("id=\"decision\"").contains("id=\"not-computed\"")
                .contains("id=\"logged-time-to-connect\"")
                .doesNotContain("oracle reaches").doesNotContain("http://").doesNotContain("https://");
        System.out.print(ExperimentWriter.leaderboardCsv(r));
        r.decision().reasons().forEach(System.out::println);

        // the same experiment gives the same files
        LogExperimentResult again = new LogExperimentRunner(c, ModelRegistry.standard(), null).run();
        assertThat(ExperimentWriter.metricsJson(again)).isEqualTo(ExperimentWriter.metricsJson(r));
        assertThat(LogReportWriter.html(again)).isEqualTo(LogReportWriter.html(r));
    }

    @Test
    void refusesWhenTheLowerBoundIsBelowTheMinimumOrTheEstimateCannotBeTrusted() throws IOException {
        Path high = experiment("high.yaml", "data: {log: world/calls.csv}\n" + POLICIES
                + "promotion: {champion: uniform_09_17, challenger: greedy_09_17, minUplift: 0.5}\n");
        LogExperimentResult r = new LogExperimentRunner(ExperimentFiles.load(high), ModelRegistry.standard(), null).run();
        assertThat(r.decision().promote()).isFalse();
        assertThat(r.decision().uplift().lo()).isLessThan(0.5);
        assertThat(r.decision().reasons()).anyMatch(s -> s.contains("does not exceed the required minimum +50.00"));

        // an evening policy dials 17-21 while the log only tried 09-17: whatever the uplift, it must not be promoted
        String evening = POLICIES.replace("seeds:",
                "  - {name: greedy_evening, type: greedy, model: beta_online, from: 17, to: 21}\nseeds:");
        Path wide = experiment("wide.yaml", "data: {log: world/calls.csv}\n" + evening
                + "promotion: {champion: uniform_09_17, challenger: greedy_evening, minUplift: -1.0}\n");
        LogExperimentResult w = new LogExperimentRunner(ExperimentFiles.load(wide), ModelRegistry.standard(), null).run();
        assertThat(w.estimates().get("greedy_evening").untrustworthy()).anyMatch(s -> s.contains("never tried"));
        assertThat(w.decision().promote()).isFalse();
        assertThat(w.decision().reasons()).anyMatch(s -> s.contains("the off-policy estimate of greedy_evening cannot"
                + " be trusted") && s.endsWith("not promoted"));
    }

    @Test
    void decisionOnALogFollowsTheLowerBoundAndTheDiagnostics() {
        Estimate clear = Estimate.given(0.03, 0.015, 0.045, 500);
        assertThat(Decision.decideOffPolicy("u", "g", clear, 0.01, List.of(), List.of()).promote()).isTrue();
        Decision below = Decision.decideOffPolicy("u", "g", Estimate.given(0.03, 0.005, 0.055, 500), 0.01, List.of(),
                List.of("note"));
        assertThat(below.promote()).isFalse();
        assertThat(below.reasons()).contains("note").anyMatch(s -> s.contains("does not exceed"));
        Decision untrusted = Decision.decideOffPolicy("u", "g", clear, 0.01,
                List.of("the off-policy estimate of g cannot be trusted: effective sample size 12 of 900"), List.of());
        assertThat(untrusted.promote()).isFalse();
        assertThat(untrusted.reasons().get(0)).isEqualTo("KEEP: u stays in production");
        assertThat(Decision.decideOffPolicy("u", "u", clear, 0.01, List.of(), List.of()).promote()).isFalse();
    }

    @Test
    void theShippedDataExampleNamesAGeneratedLog() {
        Path example = Path.of("..", "examples", "experiment-data.yaml");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(example), "examples/experiment-data.yaml not found");
        try {
            ExperimentConfig c = ExperimentFiles.load(example);
            assertThat(c.dataMode()).isTrue();
        } catch (ExperimentConfigException e) {
            // before `reachlab generate` has written the log, the error names the key and the file
            assertThat(e).hasMessageContaining("data.log").hasMessageContaining("my-log");
        }
    }

    /** Contacts with a phone dial in a generated calls.csv. */
    private static long loggedContacts(Path calls) throws IOException {
        List<String> lines = Files.readAllLines(calls);
        List<String> header = List.of(lines.get(0).split(","));
        int contact = header.indexOf("contact_id");
        int channel = header.indexOf("channel");
        return lines.stream().skip(1).map(l -> l.split(",")).filter(f -> channel < 0 || f[channel].equals("phone"))
                .map(f -> f[contact]).distinct().count();
    }

    @Test
    void loggedTimeToConnectCountsEachContactsAttemptsUntilItsFirstConnect() {
        java.time.LocalDateTime t = java.time.LocalDateTime.of(2026, 3, 2, 10, 0);
        List<LoggedDial> dials = List.of(dial(0, t, 0), dial(0, t.plusDays(1), 1), dial(0, t.plusDays(2), 0),
                dial(1, t.plusDays(3), 0), dial(1, t, 0), dial(2, t.plusHours(1), 1));
        KaplanMeier km = LoggedTimeToConnect.of(dials, 8);
        // contact 0 connects at its 2nd attempt, contact 2 at its 1st, contact 1 is censored after 2
        assertThat(km.atRisk()[0]).isEqualTo(3);
        assertThat(km.events()[1]).isEqualTo(1);
        assertThat(km.events()[2]).isEqualTo(1);
        assertThat(km.reachedWithin(1)).isCloseTo(1 / 3.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(km.reachedWithin(2)).isCloseTo(1 - (2 / 3.0) * 0.5, org.assertj.core.api.Assertions.within(1e-12));
    }

    private static LoggedDial dial(int contact, java.time.LocalDateTime at, double reward) {
        org.reachlab.data.domain.Contact c = new org.reachlab.data.domain.Contact("c" + contact, "DE", null,
                java.time.ZoneId.of("Europe/Berlin"), null, null, null, null, null);
        return new LoggedDial(new org.reachlab.models.policy.DueContact(contact, c, 0xFFFFFF, 3, 0, null, new int[24],
                List.of()), at, reward, 0.125);
    }
}
