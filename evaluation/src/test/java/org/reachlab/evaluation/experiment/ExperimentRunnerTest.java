package org.reachlab.evaluation.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.models.ModelRegistry;

class ExperimentRunnerTest {

    static ExperimentConfig tiny(Path dir) throws IOException {
        Path f = dir.resolve("exp.yaml");
        Files.writeString(f, """
                name: tiny
                world: {contacts: 300, historyWeeks: 4, weeks: 3}
                seeds: [1, 2]
                models: [beta_online]
                policies:
                  - {name: uniform_09_17, type: uniform}
                  - {name: rotation, type: rotation}
                  - {name: best_hour, type: best-hour}
                  - {name: greedy, type: greedy, model: beta_online}
                  - {name: epsilon_greedy, type: epsilon-greedy, model: beta_online, epsilon: 0.1}
                  - {name: thompson, type: thompson, model: beta_online, draws: 16}
                ope: {validationSeeds: [7]}
                """);
        return ExperimentFiles.load(f);
    }

    @Test
    void sameSeedsGiveTheSameResult(@TempDir Path tmp) throws IOException {
        ExperimentConfig cfg = tiny(tmp);
        ExperimentResult a = new ExperimentRunner(cfg, tmp, ModelRegistry.standard(), System.out::println).run();
        ExperimentResult b = new ExperimentRunner(cfg, tmp, ModelRegistry.standard(), null).run();
        assertThat(ExperimentWriter.metricsJson(b)).isEqualTo(ExperimentWriter.metricsJson(a));
        assertThat(ExperimentWriter.leaderboardCsv(b)).isEqualTo(ExperimentWriter.leaderboardCsv(a));
        assertThat(org.reachlab.evaluation.report.ReportWriter.html(b))
                .isEqualTo(org.reachlab.evaluation.report.ReportWriter.html(a));
        assertThat(a.policies()).contains("oracle", "uniform_09_17", "rotation", "best_hour", "greedy",
                "epsilon_greedy", "thompson", "segment_oracle", "stated_rule");
        assertThat(a.ladder().rungs()).extracting(Ladder.Rung::role).containsExactly(Ladder.Role.UNIFORM,
                Ladder.Role.STATED_RULE, Ladder.Role.SEGMENT_ORACLE, Ladder.Role.LEARNED, Ladder.Role.LEARNED,
                Ladder.Role.LEARNED, Ladder.Role.ORACLE);
        assertThat(a.ladder().warnings()).isEmpty();
        assertThat(ExperimentWriter.metricsJson(a)).contains("\"ladder\"").contains("\"segment_oracle_uplift_share\"");
        // every policy obeys the hard rules and the oracle bounds the expected rate of every policy
        for (RunMetrics r : a.runs()) {
            assertThat(r.violations()).as(r.policy()).isZero();
            assertThat(r.regret()).as(r.policy()).isGreaterThanOrEqualTo(-1e-9);
        }
        assertThat(a.decision().reasons()).isNotEmpty();
        assertThat(a.ope()).hasSize(3 * 6);
        System.out.println(ExperimentWriter.leaderboardCsv(a));
        System.out.println(a.decision());
        Files.writeString(Path.of("target", "tiny-report.html"), org.reachlab.evaluation.report.ReportWriter.html(a));
    }

    @Test
    void aStatedRuleOnAWorldWithoutNotesSaysSoAndRunsAsTheUniformRule(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("world.yaml"), "notes: {perContact: 0, timingShare: 0}\n");
        Path f = tmp.resolve("exp.yaml");
        Files.writeString(f, """
                name: no-notes
                world: {file: world.yaml, contacts: 200, historyWeeks: 2, weeks: 2}
                seeds: [1]
                models: []
                policies: [{name: uniform_09_17, type: uniform}]
                ope: {validationSeeds: []}
                """);
        ExperimentResult r = new ExperimentRunner(ExperimentFiles.load(f), tmp, ModelRegistry.standard(), null).run();
        assertThat(r.ladder().warnings()).singleElement().asString().contains("stated_rule")
                .contains("state no timing preference").contains("uniform 09-17");
        RunMetrics stated = r.runs().stream().filter(m -> m.policy().equals("stated_rule")).findFirst().orElseThrow();
        RunMetrics uniform = r.runs().stream().filter(m -> m.policy().equals("uniform_09_17")).findFirst()
                .orElseThrow();
        assertThat(stated.dials()).isEqualTo(uniform.dials());
        assertThat(stated.connects()).isEqualTo(uniform.connects());
        assertThat(stated.expectedContactRate()).isEqualTo(uniform.expectedContactRate());
        assertThat(org.reachlab.evaluation.report.ReportWriter.html(r)).contains("state no timing preference");
    }

    @Test
    void unknownModelIsRefusedWithTheKnownNames(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("bad.yaml");
        Files.writeString(f, "models: [beta_online, nosuch]\npolicies: [{name: uniform_09_17, type: uniform}]\n");
        ExperimentConfig cfg = ExperimentFiles.load(f);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ExperimentRunner(cfg, tmp, ModelRegistry.standard(), null))
                .hasMessageContaining("unknown model 'nosuch'").hasMessageContaining("beta_online");
    }
}
