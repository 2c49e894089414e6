package org.reachlab.evaluation.experiment;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.evaluation.evidence.EvidenceSources;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.evaluation.ope.OpeValidation;
import org.reachlab.evaluation.simulation.SimulatedCall;
import org.reachlab.evaluation.simulation.Simulator;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.policy.learned.SlotBelief;
import org.reachlab.stats.Estimate;

/**
 * Runs an experiment. For each seed: generates the world over the history and evaluation
 * periods and dials the history with the logging rule ({@link Worlds}); trains each model on
 * that history ({@link ModelTraining}); then dials the evaluation period with every policy (and
 * the oracle) from the same start, the learned ones learning online from each outcome
 * ({@link PolicySimulation}); and evaluates every policy off-policy on the history
 * ({@link HistoryOpe}). Validation seeds repeat the off-policy part on further worlds. Then it
 * summarises the seeds and pairs each policy with each fixed rule ({@link SeedSummaries}),
 * applies the promotion rule ({@link PromotionDecision}) and draws the heat maps
 * ({@link SlotHeatmaps}). With an evidence ablation, the chosen learned policy is run again on
 * every seed's world with each evidence source removed ({@link EvidenceAblation}); the reruns join
 * the leaderboard.
 */
public final class ExperimentRunner {


    private final ExperimentConfig config;
    private final Worlds worlds;
    private final ModelRegistry registry;
    private final ModelTraining training;
    private final Consumer<String> progress;
    private Path dataOut;
    private Path modelsOut;

    /**
     * @param config   the experiment
     * @param baseDir  the directory the experiment file's relative paths start from
     * @param registry model families for the models that are not built in
     * @param progress receives a line per finished step
     */
    public ExperimentRunner(ExperimentConfig config, Path baseDir, ModelRegistry registry, Consumer<String> progress) {
        this.config = config;
        this.registry = registry;
        this.progress = progress == null ? s -> { } : progress;
        this.worlds = new Worlds(config, baseDir);
        for (String m : config.models()) {
            if (registry.find(m).isEmpty()) {
                throw new ExperimentConfigException("unknown model '" + m + "' in models (known: "
                        + String.join(", ", registry.names()) + ")");
            }
        }
        this.training = new ModelTraining(registry);
    }

    /**
     * Also writes the first seed's world and logged history (contacts.csv, notes.csv, calls.csv
     * with propensities, truth/) into {@code dir}, so that the history can be evaluated
     * off-policy from files.
     */
    public ExperimentRunner writingData(Path dir) {
        this.dataOut = dir;
        return this;
    }

    /**
     * Also saves the models trained on the first seed's history (registry families, with their
     * provenance and model card) into {@code dir/<family>}.
     */
    public ExperimentRunner writingModels(Path dir) {
        this.modelsOut = dir;
        return this;
    }

    /** The registry. */
    public ModelRegistry registry() {
        return registry;
    }

    /** The world every seed generates. */
    public WorldConfig world() {
        return worlds.config();
    }

    /** One seed's world, history and evaluation period, kept for the report. */
    private record SeedRun(SyntheticWorld world, List<SimulatedCall> history, PolicySimulation.Result runs) {
    }

    /** Runs the experiment. */
    public ExperimentResult run() {
        long t0 = System.nanoTime();
        List<RunMetrics> runs = new ArrayList<>();
        List<OpeValidation.Row> ope = new ArrayList<>();
        Map<String, List<double[]>> calibration = new LinkedHashMap<>();
        HistoryOpe historyOpe = new HistoryOpe(config, worlds.policies(), training);
        SeedRun first = null;
        java.util.Set<String> warnings = new java.util.LinkedHashSet<>();
        Map<String, List<ExperimentResult.ReliabilityBin>> backtests = new LinkedHashMap<>();
        List<EvidenceAblation.SeedWorld> ablationWorlds = new ArrayList<>();
        int k = 0;
        for (long seed : config.seeds()) {
            k++;
            SeedRun s = runSeed(seed, calibration, ope, historyOpe, String.format(Locale.ROOT, "seed %d (%d/%d)", seed,
                    k, config.seeds().size()));
            runs.addAll(s.runs().metrics());
            if (config.ablation() != null) {
                ablationWorlds.add(new EvidenceAblation.SeedWorld(seed, s.world(), s.history(), s.runs().oracle()));
            }
            warnings.addAll(s.runs().warnings());
            if (first == null) {
                first = s;
                backtests = ModelBacktest.run(config, registry, training, s.world(), seed, s.history(), progress);
            }
        }
        for (long seed : config.ope().validationSeeds()) {
            long t = System.nanoTime();
            SyntheticWorld w = worlds.generate(seed);
            List<SimulatedCall> history = worlds.history(w, new Simulator(w, seed));
            historyOpe.evaluate(w, seed, history, ope);
            progress.accept(String.format(Locale.ROOT, "OPE validation world %d: %.1f s", seed, (System.nanoTime() - t) / 1e9));
        }
        AblationResult ablation = null;
        String ablated = EvidenceAblation.policy(config, SeedSummaries.summarise(runs));
        if (ablated != null) {
            EvidenceAblation a = new EvidenceAblation(config, worlds, training, EvidenceSources.standard(), progress);
            runs.addAll(a.run(ablated, ablationWorlds));
            ablation = a.summarise(ablated, runs);
        }
        ablationWorlds.clear();
        Map<String, Map<Metric, Estimate>> summary = SeedSummaries.summarise(runs);
        List<String> order = SeedSummaries.order(summary);
        Map<String, Map<String, Map<Metric, Estimate>>> paired = SeedSummaries.pair(config, runs);
        Decision decision = PromotionDecision.decide(config, runs, summary, ope);
        BusinessView business = BusinessView.of(config.business(),
                summary.get(decision.champion()).get(Metric.CONTACT_RATE).value(), decision.uplift());
        List<ExperimentResult.Heatmap> heat = first == null ? new ArrayList<>()
                : SlotHeatmaps.draw(config, worlds.config(), worlds.historyEnd(first.world()), first.world(),
                        first.runs().learned(), first.runs().calls(), decision.challenger(), summary);
        Map<String, List<ExperimentResult.ReliabilityBin>> rel = new LinkedHashMap<>();
        calibration.forEach((p, list) -> rel.put(p, ReliabilityBins.of(list)));
        rel.putAll(backtests);
        Ladder ladder = Ladder.of(config, summary, order, worlds.policies().statedRuleLabel(),
                ExperimentPolicies.SEGMENT_ORACLE_NAME, List.copyOf(warnings));
        return new ExperimentResult(config, order, runs, summary, paired, decision, business, ope,
                OpeValidation.summarise(ope), heat, rel, ablation, ladder, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * How many progress lines a run reports: per seed the world, each model, the reference policies,
     * each policy and the off-policy evaluation; the backtest when a registry model is named; each OPE
     * validation world; each rerun of the evidence ablation.
     */
    public int totalSteps() {
        boolean ablation = config.ablation() != null
                && config.policies().stream().anyMatch(ExperimentConfig.PolicySpec::learned);
        return config.seeds().size() * (3 + config.models().size() + config.policies().size()
                + (ablation ? config.ablation().sources().size() : 0))
                + (config.models().isEmpty() ? 0 : 1) + config.ope().validationSeeds().size();
    }

    private SeedRun runSeed(long seed, Map<String, List<double[]>> calibration, List<OpeValidation.Row> ope,
                            HistoryOpe historyOpe, String label) {
        long t = System.nanoTime();
        SyntheticWorld w = worlds.generate(seed);
        Simulator sim = new Simulator(w, seed);
        LocalDate from = worlds.historyEnd(w);
        List<SimulatedCall> history = worlds.history(w, sim);
        boolean firstSeed = seed == config.seeds().get(0);
        if (dataOut != null && firstSeed) {
            Worlds.write(w, history, dataOut);
        }
        progress.accept(String.format(Locale.ROOT, "%s: world and %d logged dials of history in %.1f s", label,
                history.size(), (System.nanoTime() - t) / 1e9));
        Map<String, SlotBelief> beliefs = new LinkedHashMap<>();
        for (String m : config.models()) {
            long tm = System.nanoTime();
            beliefs.put(m, training.belief(m, w, seed, history,
                    modelsOut != null && firstSeed ? modelsOut.resolve(m) : null, dataOut));
            progress.accept(String.format(Locale.ROOT, "%s: model %s trained in %.1f s", label, m,
                    (System.nanoTime() - tm) / 1e9));
        }
        PolicySimulation.Result runs = new PolicySimulation(config, worlds.policies(), progress)
                .run(w, sim, seed, from, w.end(), beliefs, history, calibration, label);
        long to0 = System.nanoTime();
        historyOpe.evaluate(w, seed, history, ope);
        progress.accept(String.format(Locale.ROOT, "%s: off-policy evaluation on the history in %.1f s", label,
                (System.nanoTime() - to0) / 1e9));
        return new SeedRun(w, history, runs);
    }
}
