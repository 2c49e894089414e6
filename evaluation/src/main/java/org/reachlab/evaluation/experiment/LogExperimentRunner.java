package org.reachlab.evaluation.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.reachlab.evaluation.ope.LogEvaluation;
import org.reachlab.evaluation.ope.LogFiles;
import org.reachlab.evaluation.ope.LoggedDial;
import org.reachlab.evaluation.ope.OffPolicyEvaluator;
import org.reachlab.evaluation.ope.RewardModel;
import org.reachlab.evaluation.ope.TargetPolicy;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.learned.SlotBelief;
import org.reachlab.stats.ClusterBootstrap;
import org.reachlab.stats.Estimate;

/**
 * Runs an experiment on the user's own call log ({@code data:} in the experiment file): reads
 * the log with its propensities, trains every model on the dials before the split, builds every
 * policy from them, evaluates each off-policy on the dials from the split (IPS, SNIPS, DM, DR
 * with diagnostics), puts 95% intervals on each doubly robust estimate and on each policy's
 * uplift over the champion by resampling contacts, and applies the promotion rule, which also
 * refuses when the diagnostics of the champion's or the challenger's estimate say it cannot be
 * trusted. There is no simulator here: no oracle, no ground truth, no online learning. The
 * registry models are trained by {@link LogModelTraining}, the decision is taken by
 * {@link OffPolicyDecision}, the models' reliability on the evaluated dials is binned by
 * {@link ReliabilityBins} and the logging policy's time to connect is measured by
 * {@link LoggedTimeToConnect}.
 */
public final class LogExperimentRunner {

    private final ExperimentConfig config;
    private final ModelRegistry registry;
    private final Consumer<String> progress;

    /**
     * @param config   an experiment in data mode, its files resolved (as {@link ExperimentFiles#load} gives it)
     * @param registry model families for the models that are not built in
     * @param progress receives a line per finished step
     */
    public LogExperimentRunner(ExperimentConfig config, ModelRegistry registry, Consumer<String> progress) {
        if (!config.dataMode()) {
            throw new IllegalArgumentException("the experiment names no data; run it with ExperimentRunner");
        }
        this.config = config;
        this.registry = registry;
        this.progress = progress == null ? s -> { } : progress;
        for (String m : config.models()) {
            if (registry.find(m).isEmpty()) {
                throw new ExperimentConfigException("unknown model '" + m + "' in models (known: "
                        + String.join(", ", registry.names()) + ")");
            }
        }
    }

    /** The registry. */
    public ModelRegistry registry() {
        return registry;
    }

    /** How many progress lines a run reports: the log, each model, each policy, the bootstrap. */
    public int totalSteps() {
        return 2 + config.models().size() + config.policies().size();
    }

    /**
     * Runs the experiment.
     *
     * @throws ExperimentConfigException when the log cannot be used (no propensity, too few dials, nothing after the split)
     * @throws IOException               when a file cannot be read
     */
    public LogExperimentResult run() throws IOException {
        long t0 = System.nanoTime();
        ExperimentConfig.Data data = config.data();
        Path logFile = Path.of(data.log());
        Path contactsFile = Path.of(data.contacts() != null ? data.contacts()
                : LogEvaluation.contactsBeside(logFile).toString());
        long seed = config.seeds().get(0);
        LogFiles.Loaded loaded;
        LogEvaluation ope;
        OffPolicyEvaluator evaluator = new OffPolicyEvaluator(new OffPolicyEvaluator.Options(config.ope().clip(),
                config.ope().folds(), 0.10, 100, 0.05, 0.05), RewardModel.hierarchicalBeta());
        try {
            loaded = LogFiles.read(logFile, contactsFile, data.earliestHour(), data.latestHour(), data.weeklyCap());
            ope = LogEvaluation.of(loaded.dials(), data.splitDate(), evaluator);
        } catch (IllegalArgumentException e) {
            throw new ExperimentConfigException("data.log " + logFile + ": " + e.getMessage());
        }
        LogEvaluation.Split split = ope.split();
        if (split.train().isEmpty() && config.policies().stream()
                .anyMatch(p -> p.policyType().needsHistory())) {
            throw new ExperimentConfigException("data.split " + split.cut() + " leaves no dial before it to train the"
                    + " learned and best-hour policies on (the log runs " + split.first() + " to " + split.last() + ")");
        }
        progress.accept(String.format(Locale.ROOT, "log: %d phone dials from %s to %s; %d before %s to train on, %d to"
                + " evaluate", loaded.dials().size(), split.first(), split.last(), split.train().size(), split.cut(),
                split.eval().size()));

        Map<String, SlotBelief> beliefs = new LinkedHashMap<>();
        for (String m : config.models()) {
            long tm = System.nanoTime();
            beliefs.put(m, LogModelTraining.train(registry, m, loaded, split, seed, logFile));
            progress.accept(String.format(Locale.ROOT, "model %s trained on %d dials in %.1f s", m,
                    split.train().size(), (System.nanoTime() - tm) / 1e9));
        }
        double[] hourly = ope.trainingHourlyRates();
        Map<String, OffPolicyEvaluator.Detailed> detailed = new LinkedHashMap<>();
        for (ExperimentConfig.PolicySpec spec : config.policies()) {
            long tp = System.nanoTime();
            Policy p = Policies.build(spec, beliefs, hourly, data.earliestHour(), data.latestHour());
            OffPolicyEvaluator.Detailed d;
            try {
                d = ope.evaluate(TargetPolicy.of(p, seed));
            } catch (IllegalArgumentException e) {
                throw new ExperimentConfigException("policy '" + spec.label() + "': " + e.getMessage());
            }
            detailed.put(spec.label(), d);
            String notes = Policies.withoutNotes(spec.policyType(), null);
            progress.accept(String.format(Locale.ROOT, "%-16s doubly robust estimate %.3f (%.1f s)%s", spec.label(),
                    d.result().estimates().get(org.reachlab.evaluation.ope.Estimator.DR).value(),
                    (System.nanoTime() - tp) / 1e9, notes == null ? "" : "; warning: " + notes));
        }

        long tb = System.nanoTime();
        int[] contactOf = split.eval().stream().mapToInt(LoggedDial::contactIndex).toArray();
        Map<String, double[]> terms = new LinkedHashMap<>();
        detailed.forEach((p, d) -> terms.put(p, d.drTerms()));
        String champion = config.promotion().champion();
        ClusterBootstrap.Result boot = new ClusterBootstrap(contactOf, terms).run(config.ope().bootstrap(), seed,
                champion);
        progress.accept(String.format(Locale.ROOT, "bootstrap: %d resamples of %d contacts in %.1f s",
                boot.resamples(), boot.clusters(), (System.nanoTime() - tb) / 1e9));

        Map<String, LogExperimentResult.PolicyEstimate> estimates = new LinkedHashMap<>();
        detailed.forEach((p, d) -> estimates.put(p, new LogExperimentResult.PolicyEstimate(p, d.result(),
                boot.value().get(p),
                p.equals(champion) ? null : boot.vsReference().get(p),
                evaluator.untrustworthy(d.result().diagnostics()))));
        List<String> order = new ArrayList<>(estimates.keySet());
        order.sort(Comparator.comparingDouble((String p) -> -estimates.get(p).contactRate().value())
                .thenComparing(p -> p));
        Decision decision = OffPolicyDecision.decide(config, estimates, split, loaded.policies());
        BusinessView business = BusinessView.of(config.business(),
                estimates.get(decision.champion()).contactRate().value(), decision.uplift());

        Map<String, List<ExperimentResult.ReliabilityBin>> reliability = new LinkedHashMap<>();
        beliefs.forEach((m, b) -> reliability.put(m, ReliabilityBins.onLog(b, split.eval())));
        LogExperimentResult.LogSummary summary = new LogExperimentResult.LogSummary(logFile.toString(),
                contactsFile.toString(), ExperimentWriter.sha256(logFile), ExperimentWriter.sha256(contactsFile),
                loaded.dials().size(), loaded.rejected().size(), loaded.policies(), split.first(), split.last(),
                split.cut(), split.train().size(), split.eval().size(), boot.clusters());
        KaplanMeier logged = LoggedTimeToConnect.of(loaded.dials(), config.attemptCap());
        return new LogExperimentResult(config, summary, order, estimates, decision, business, reliability, logged, seed,
                (System.nanoTime() - t0) / 1e9);
    }

}
