package org.reachlab.evaluation.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentFilesTest {

    @Test
    void defaultsAreValidAndAFileOnlyListsWhatItChanges(@TempDir Path tmp) throws IOException {
        ExperimentConfig d = ExperimentFiles.defaults();
        assertThat(d.seeds()).isNotEmpty();
        assertThat(d.promotion().champion()).isEqualTo("uniform_09_17");
        Path f = tmp.resolve("e.yaml");
        Files.writeString(f, "world: {contacts: 500}\npromotion: {minUplift: 0.02}\n");
        ExperimentConfig c = ExperimentFiles.load(f);
        assertThat(c.world().contacts()).isEqualTo(500);
        assertThat(c.world().historyWeeks()).isEqualTo(d.world().historyWeeks());
        assertThat(c.promotion().minUplift()).isEqualTo(0.02);
        assertThat(c.promotion().champion()).isEqualTo(d.promotion().champion());
        // the effective experiment written to a run directory reads back the same
        Path back = tmp.resolve("back.yaml");
        Files.writeString(back, ExperimentFiles.toYaml(c));
        assertThat(ExperimentFiles.load(back)).isEqualTo(c);
    }

    @Test
    void errorsNameTheKeyAndTheValue(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("e.yaml");
        Files.writeString(f, "promotion: {champion: nobody}\n");
        assertThatThrownBy(() -> ExperimentFiles.load(f)).hasMessageContaining("promotion.champion")
                .hasMessageContaining("nobody").hasMessageContaining("e.yaml");
        Files.writeString(f, "wrold: {}\n");
        assertThatThrownBy(() -> ExperimentFiles.load(f)).hasMessageContaining("unknown key 'wrold'");
        Files.writeString(f, "policies: [{name: g, type: greedy, model: nosuch}]\npromotion: {champion: g}\n");
        assertThatThrownBy(() -> ExperimentFiles.load(f)).hasMessageContaining("uses model 'nosuch'");
        Files.writeString(f, "policies: [{name: t, type: thompson, model: beta_online, rank: best}]\npromotion: {champion: t}\n");
        assertThatThrownBy(() -> ExperimentFiles.load(f)).hasMessageContaining("rank must be sample or mean")
                .hasMessageContaining("best");
    }

    @Test
    void policyTypesComeFromTheRegistry(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("e.yaml");
        Files.writeString(f, "policies: [{name: w, type: window}]\npromotion: {champion: w}\n");
        assertThatThrownBy(() -> ExperimentFiles.load(f)).hasMessageContaining("unknown policy type 'window'")
                .hasMessageContaining("uniform, rotation, best-hour, stated-rule, greedy, epsilon-greedy, thompson");
        Files.writeString(f, "policies: [{name: o, type: oracle}]\npromotion: {champion: o}\n");
        assertThatThrownBy(() -> ExperimentFiles.load(f)).hasMessageContaining("the experiment runs it itself");
        Files.writeString(f, "logging: best-hour\n");
        assertThatThrownBy(() -> ExperimentFiles.load(f)).hasMessageContaining("logging must be one of uniform, rotation")
                .hasMessageContaining("best-hour");
    }

    @Test
    void theShippedExampleIsValid() {
        Path example = Path.of("..", "examples", "experiment.yaml");
        Assumptions.assumeTrue(Files.exists(example), "examples/experiment.yaml not found from " + Path.of("").toAbsolutePath());
        ExperimentConfig c = ExperimentFiles.load(example);
        assertThat(c.promotion().challenger()).isEqualTo("thompson_bayes");
    }
}
