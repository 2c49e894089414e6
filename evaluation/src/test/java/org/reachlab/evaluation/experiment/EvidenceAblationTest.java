package org.reachlab.evaluation.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.evaluation.evidence.Evidence;
import org.reachlab.evaluation.evidence.EvidenceSource;
import org.reachlab.evaluation.evidence.EvidenceSources;
import org.reachlab.evaluation.report.ReportWriter;
import org.reachlab.evaluation.simulation.SimulatedCall;
import org.reachlab.evaluation.simulation.SimulationResult;
import org.reachlab.evaluation.simulation.Simulator;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.TrainingData;
import org.reachlab.stats.Estimate;
import org.reachlab.stats.StudentT;

class EvidenceAblationTest {

    /** A small world: two policies, one learned, an ablation of it without the notes. */
    private static final String SMALL = """
            name: small
            world: {contacts: 200, historyWeeks: 3, weeks: 2}
            seeds: [1, 2]
            models: [beta_online]
            policies:
              - {name: uniform_09_17, type: uniform}
              - {name: greedy, type: greedy, model: beta_online}
            ope: {validationSeeds: []}
            ablation: {policy: best, sources: [notes]}
            """;

    private static Path file(Path dir, String yaml) throws IOException {
        Path f = dir.resolve("exp.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void badAblationsAreRefusedNamingTheKeyAndTheFile(@TempDir Path tmp) throws IOException {
        String head = SMALL.substring(0, SMALL.indexOf("ablation:"));
        Path f = file(tmp, head + "ablation: {policy: greedy, sources: [notes, emails]}\n");
        assertThatThrownBy(() -> ExperimentFiles.load(f)).isInstanceOf(ExperimentConfigException.class)
                .hasMessageContaining("ablation.sources").hasMessageContaining("'emails'")
                .hasMessageContaining("notes, history, segment").hasMessageContaining(f.toString());
        Files.writeString(f, head + "ablation: {policy: greedy, sources: []}\n");
        assertThatThrownBy(() -> ExperimentFiles.load(f)).hasMessageContaining("ablation.sources must list")
                .hasMessageContaining(f.toString());
        Files.writeString(f, head + "ablation: {policy: greedy, sources: [notes, Notes]}\n");
        assertThatThrownBy(() -> ExperimentFiles.load(f)).hasMessageContaining("ablation.sources: 'notes' appears twice")
                .hasMessageContaining(f.toString());
        Files.writeString(f, head + "ablation: {policy: nobody, sources: [notes]}\n");
        assertThatThrownBy(() -> ExperimentFiles.load(f)).hasMessageContaining("ablation.policy")
                .hasMessageContaining("'nobody'").hasMessageContaining("[greedy]").hasMessageContaining(f.toString());
        Files.writeString(f, head + "ablation: {policy: uniform_09_17, sources: [notes]}\n");
        assertThatThrownBy(() -> ExperimentFiles.load(f)).hasMessageContaining("ablation.policy 'uniform_09_17'")
                .hasMessageContaining("type uniform").hasMessageContaining(f.toString());
        Files.writeString(f, head + "ablation: {policy: null, sources: [notes]}\n");
        assertThatThrownBy(() -> ExperimentFiles.load(f)).hasMessageContaining("ablation.policy is missing")
                .hasMessageContaining(f.toString());
        Files.writeString(f, head + "ablation: {policy: greedy, sources: [notes], model: bayes}\n");
        assertThatThrownBy(() -> ExperimentFiles.load(f)).hasMessageContaining("unknown key 'model'")
                .hasMessageContaining("ablation").hasMessageContaining(f.toString());
        // the ablated policy's model must be one of the experiment's models, as for every policy
        Files.writeString(f, head.replace("model: beta_online}", "model: bayes}")
                + "ablation: {policy: greedy, sources: [notes]}\n");
        assertThatThrownBy(() -> ExperimentFiles.load(f)).hasMessageContaining("uses model 'bayes'")
                .hasMessageContaining(f.toString());
        // the sources' names are read case-insensitively; null switches the ablation off
        Files.writeString(f, head + "ablation: {policy: greedy, sources: [Segment]}\n");
        assertThat(ExperimentFiles.load(f).ablation().sources()).containsExactly("Segment");
        Files.writeString(f, head + "ablation: null\n");
        assertThat(ExperimentFiles.load(f).ablation()).isNull();
    }

    @Test
    void anExperimentOnACallLogHasNoAblationUnlessItAsksForOneWhichIsRefused(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("calls.csv"), "id\n");
        Files.writeString(tmp.resolve("contacts.csv"), "id\n");
        Path f = file(tmp, "data: {log: calls.csv}\n");
        assertThat(ExperimentFiles.load(f).ablation()).isNull();
        Files.writeString(f, "data: {log: calls.csv}\nablation: {policy: best, sources: [notes]}\n");
        assertThatThrownBy(() -> ExperimentFiles.load(f)).hasMessageContaining("remove ablation")
                .hasMessageContaining(f.toString());
    }

    @Test
    void aSourcesContributionIsThePairedDifferenceWithItsTInterval() {
        List<Long> seeds = List.of(1L, 2L, 3L);
        AblationResult.SourceEffect e = EvidenceAblation.effect("notes", "d", "g-without-notes",
                Map.of(1L, 0.20, 2L, 0.16, 3L, 0.24), Map.of(1L, 0.18, 2L, 0.15, 3L, 0.21), seeds);
        // differences 0.02, 0.01, 0.03: mean 0.02, sd 0.01, se 0.01 / sqrt(3)
        double half = StudentT.quantile975(2) * 0.01 / Math.sqrt(3);
        assertThat(e.added().value()).isCloseTo(0.02, within(1e-12));
        assertThat(e.added().lo()).isCloseTo(0.02 - half, within(1e-12));
        assertThat(e.added().hi()).isCloseTo(0.02 + half, within(1e-12));
        assertThat(e.added().method()).isEqualTo(Estimate.Method.STUDENT_T);
        assertThat(e.added().n()).isEqualTo(3);
        assertThat(e.with().value()).isCloseTo(0.20, within(1e-12));
        assertThat(e.without().value()).isCloseTo(0.18, within(1e-12));
        // pairing: the seeds' spread (0.16 to 0.24) does not widen the difference's interval
        assertThat(e.added().hi() - e.added().lo()).isLessThan(e.with().hi() - e.with().lo());
        // one seed: a difference, no interval
        AblationResult.SourceEffect one = EvidenceAblation.effect("notes", "d", "g-without-notes", Map.of(1L, 0.2),
                Map.of(1L, 0.15), List.of(1L));
        assertThat(one.added().value()).isCloseTo(0.05, within(1e-12));
        assertThat(one.added().hasInterval()).isFalse();
    }

    @Test
    void withoutNotesTheBeliefIsTrainedOnTheSameDialsAndContactsWithNoStatedPreference(@TempDir Path tmp)
            throws IOException {
        ExperimentConfig cfg = ExperimentFiles.load(file(tmp, SMALL));
        Worlds worlds = new Worlds(cfg, tmp);
        ModelTraining training = new ModelTraining(ModelRegistry.standard());
        SyntheticWorld w = worlds.generate(1);
        List<SimulatedCall> history = worlds.history(w, new Simulator(w, 1));
        Evidence full = training.evidence(w, history);
        TrainingData all = training.trainingData(w, 1, full);
        TrainingData noNotes = training.trainingData(w, 1, EvidenceSources.standard().get("notes").remove(full));
        List<String> said = w.contacts().stream().map(Contact::id).filter(id -> all.preferences().of(id).isPresent())
                .toList();
        assertThat(said).as("contacts whose notes state a preference").isNotEmpty();
        assertThat(w.contacts()).allSatisfy(c -> assertThat(noNotes.preferences().of(c.id())).isEmpty());
        assertThat(noNotes.size()).isEqualTo(all.size()).isEqualTo(history.size());
        for (int k = 0; k < all.size(); k++) {
            assertThat(noNotes.contact(k)).isEqualTo(all.contact(k));
            assertThat(noNotes.at(k)).isEqualTo(all.at(k));
            assertThat(noNotes.outcome(k)).isEqualTo(all.outcome(k));
        }
        assertThat(noNotes.contacts()).isEqualTo(all.contacts());
        // without segment: the same dials, every contact with the same unknown industry and role
        TrainingData noSegment = training.trainingData(w, 1, EvidenceSources.standard().get("segment").remove(full));
        assertThat(noSegment.size()).isEqualTo(all.size());
        assertThat(noSegment.contacts().values()).allSatisfy(c -> assertThat(c.industry() + "|" + c.role())
                .isEqualTo("null|null"));
        assertThat(noSegment.preferences().of(said.get(0))).isPresent();
        // without history: no dial, the same preferences
        TrainingData noHistory = training.trainingData(w, 1, EvidenceSources.standard().get("history").remove(full));
        assertThat(noHistory.size()).isZero();
        assertThat(noHistory.preferences().of(said.get(0))).isPresent();
    }

    @Test
    void theRerunsJoinTheLeaderboardAndTheReportOnTheSameWorldsAndSeeds(@TempDir Path tmp) throws IOException {
        ExperimentConfig cfg = ExperimentFiles.load(file(tmp, SMALL));
        ExperimentRunner runner = new ExperimentRunner(cfg, tmp, ModelRegistry.standard(), null);
        ExperimentResult r = runner.run();

        assertThat(r.ablation().policy()).isEqualTo("greedy");
        assertThat(r.ablation().variants()).containsExactly("greedy-without-notes");
        assertThat(r.policies()).contains("greedy", "greedy-without-notes");
        assertThat(r.runs().stream().filter(m -> m.policy().equals("greedy-without-notes")).map(RunMetrics::seed))
                .containsExactly(1L, 2L);
        assertThat(ExperimentWriter.leaderboardCsv(r).lines().filter(l -> l.contains(",greedy-without-notes,")))
                .hasSize(1);
        AblationResult.SourceEffect notes = r.ablation().sources().get(0);
        assertThat(notes.with()).isEqualTo(r.summary().get("greedy").get(org.reachlab.evaluation.metric.Metric.CONTACT_RATE));
        assertThat(notes.without()).isEqualTo(
                r.summary().get("greedy-without-notes").get(org.reachlab.evaluation.metric.Metric.CONTACT_RATE));
        assertThat(notes.added().value()).isCloseTo(notes.with().value() - notes.without().value(), within(1e-12));
        assertThat(runner.totalSteps()).isEqualTo(2 * (3 + 1 + 2 + 1) + 1);   // per seed: world, references, model, policies, rerun

        JsonNode m = new ObjectMapper().readTree(ExperimentWriter.metricsJson(r)).get("ablation");
        assertThat(m.get("policy").asText()).isEqualTo("greedy");
        JsonNode row = m.get("sources").get(0);
        assertThat(row.get("source").asText()).isEqualTo("notes");
        assertThat(row.get("variant").asText()).isEqualTo("greedy-without-notes");
        assertThat(row.get("difference").get("mean").asDouble()).isCloseTo(notes.added().value(), within(1e-6));
        assertThat(row.get("difference").has("lo")).isTrue();
        assertThat(ReportWriter.html(r)).contains("What each evidence source adds").contains("greedy-without-notes");

        // a rerun that removes nothing gives the policy's own runs: same worlds, seeds and start
        Worlds worlds = new Worlds(cfg, tmp);
        ModelTraining training = new ModelTraining(ModelRegistry.standard());
        EvidenceAblation a = new EvidenceAblation(cfg, worlds, training, EvidenceSources.standard(), s -> { });
        EvidenceSource nothing = new EvidenceSource() {
            @Override
            public String name() {
                return "nothing";
            }

            @Override
            public String description() {
                return "removes nothing";
            }

            @Override
            public Evidence remove(Evidence evidence) {
                return evidence;
            }
        };
        ExperimentConfig.PolicySpec greedy = cfg.policies().get(1);
        for (long seed : cfg.seeds()) {
            SyntheticWorld w = worlds.generate(seed);
            Simulator sim = new Simulator(w, seed);
            List<SimulatedCall> history = worlds.history(w, sim);
            SimulationResult oracle = sim.run(sim.oracle(), worlds.historyEnd(w), w.end(), c -> { });
            RunMetrics again = a.runWithout(greedy, nothing, new EvidenceAblation.SeedWorld(seed, w, history, oracle));
            RunMetrics own = r.runs().stream().filter(x -> x.policy().equals("greedy") && x.seed() == seed)
                    .findFirst().orElseThrow();
            assertThat(again.policy()).isEqualTo("greedy-without-nothing");
            assertThat(again.dials()).isEqualTo(own.dials());
            assertThat(again.connects()).isEqualTo(own.connects());
            assertThat(again.regret()).isEqualTo(own.regret());
        }
    }
}
