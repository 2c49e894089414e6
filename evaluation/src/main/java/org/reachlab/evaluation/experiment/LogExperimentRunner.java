package org.reachlab.evaluation.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.ingest.AcceptedCall;
import org.reachlab.data.log.AttemptLog;
import org.reachlab.evaluation.ope.LogEvaluation;
import org.reachlab.evaluation.ope.LogFiles;
import org.reachlab.evaluation.ope.LoggedDial;
import org.reachlab.evaluation.ope.OffPolicyEvaluator;
import org.reachlab.evaluation.ope.RewardModel;
import org.reachlab.evaluation.ope.TargetPolicy;
import org.reachlab.models.DataSource;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.Trainer;
import org.reachlab.models.TrainingData;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.learned.ModelBelief;
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
 * trusted. There is no simulator here: no oracle, no ground truth, no online learning.
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
            if (!m.equals(ExperimentRunner.BETA_ONLINE) && registry.find(m).isEmpty()) {
                throw new ExperimentConfigException("unknown model '" + m + "' in models (known: "
                        + ExperimentRunner.BETA_ONLINE
                        + (registry.names().isEmpty() ? "" : ", " + String.join(", ", registry.names())) + ")");
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
        if (split.train().isEmpty() && config.policies().stream().anyMatch(p -> p.learned()
                || "best-hour".equalsIgnoreCase(p.type()))) {
            throw new ExperimentConfigException("data.split " + split.cut() + " leaves no dial before it to train the"
                    + " learned and best-hour policies on (the log runs " + split.first() + " to " + split.last() + ")");
        }
        progress.accept(String.format(Locale.ROOT, "log: %d phone dials from %s to %s; %d before %s to train on, %d to"
                + " evaluate", loaded.dials().size(), split.first(), split.last(), split.train().size(), split.cut(),
                split.eval().size()));

        Map<String, SlotBelief> beliefs = new LinkedHashMap<>();
        for (String m : config.models()) {
            long tm = System.nanoTime();
            beliefs.put(m, m.equals(ExperimentRunner.BETA_ONLINE) ? ope.trainedBeta()
                    : trained(m, loaded, split, seed, logFile));
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
            progress.accept(String.format(Locale.ROOT, "%-16s doubly robust estimate %.3f (%.1f s)", spec.label(),
                    d.result().estimates().get(org.reachlab.evaluation.ope.Estimator.DR).value(),
                    (System.nanoTime() - tp) / 1e9));
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
        Decision decision = decide(estimates, split, loaded.policies());
        BusinessView business = BusinessView.of(config.business(),
                estimates.get(decision.champion()).contactRate().value(), decision.uplift());

        Map<String, List<ExperimentResult.ReliabilityBin>> reliability = new LinkedHashMap<>();
        beliefs.forEach((m, b) -> {
            List<double[]> pairs = new ArrayList<>();
            for (LoggedDial d : split.eval()) {
                pairs.add(new double[] {b.mean(d.context(), d.local().toLocalDate())[d.hour()], d.reward()});
            }
            reliability.put(m, ExperimentRunner.bins(pairs));
        });
        LogExperimentResult.LogSummary summary = new LogExperimentResult.LogSummary(logFile.toString(),
                contactsFile.toString(), ExperimentWriter.sha256(logFile), ExperimentWriter.sha256(contactsFile),
                loaded.dials().size(), loaded.rejected().size(), loaded.policies(), split.first(), split.last(),
                split.cut(), split.train().size(), split.eval().size(), boot.clusters());
        KaplanMeier logged = loggedTimeToConnect(loaded.dials(), config.attemptCap());
        return new LogExperimentResult(config, summary, order, estimates, decision, business, reliability, logged, seed,
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The logging policy's attempts to a first connect, as logged: each contact from its first dial in
     * the log, in time order, until its first connect, or censored after its last dial (or at the cap).
     */
    static KaplanMeier loggedTimeToConnect(List<LoggedDial> dials, int cap) {
        List<LoggedDial> ordered = new ArrayList<>(dials);
        ordered.sort(Comparator.comparing(LoggedDial::local));
        Map<Integer, int[]> byContact = new LinkedHashMap<>(); // attempts so far, connected at (0 = not yet)
        for (LoggedDial d : ordered) {
            int[] c = byContact.computeIfAbsent(d.contactIndex(), k -> new int[2]);
            if (c[1] == 0) {
                c[0]++;
                if (d.reward() > 0) {
                    c[1] = c[0];
                }
            }
        }
        int[] times = new int[byContact.size()];
        boolean[] connected = new boolean[times.length];
        int i = 0;
        for (int[] c : byContact.values()) {
            connected[i] = c[1] > 0;
            times[i++] = connected[i - 1] ? c[1] : c[0];
        }
        return KaplanMeier.fit(times, connected, cap);
    }

    private Decision decide(Map<String, LogExperimentResult.PolicyEstimate> estimates, LogEvaluation.Split split,
                            List<String> loggers) {
        ExperimentConfig.Promotion rule = config.promotion();
        String champion = rule.champion();
        String challenger = rule.challenger();
        if ("best".equals(challenger)) {
            challenger = config.policies().stream().filter(ExperimentConfig.PolicySpec::learned)
                    .map(ExperimentConfig.PolicySpec::label)
                    .max(Comparator.comparingDouble((String p) -> estimates.get(p).contactRate().value())
                            .thenComparing(Comparator.reverseOrder()))
                    .orElse(champion);
        }
        LogExperimentResult.PolicyEstimate ch = estimates.get(challenger);
        LogExperimentResult.PolicyEstimate cp = estimates.get(champion);
        Estimate uplift = challenger.equals(champion) ? Estimate.given(0, 0, 0, cp.contactRate().n()) : ch.uplift();
        List<String> problems = new ArrayList<>();
        for (LogExperimentResult.PolicyEstimate e : new LinkedHashSet<>(List.of(ch, cp))) {
            for (String why : e.untrustworthy()) {
                problems.add("the off-policy estimate of " + e.policy() + " cannot be trusted: " + why);
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "doubly robust estimates on the %d dials logged from %s: %s %.1f%%, %s"
                + " %.1f%%, against %.1f%% as logged by %s", split.eval().size(), split.cut(), challenger,
                100 * ch.contactRate().value(), champion, 100 * cp.contactRate().value(), 100 * cp.ope().loggedRate(),
                String.join(", ", loggers)));
        notes.add("no simulator, so no ground truth: the estimates say what each policy, frozen after training on the"
                + " dials before " + split.cut() + ", would have reached on the logged contacts and days; they cannot"
                + " be checked against a truth, and time to connect under each policy is not observed");
        return Decision.decideOffPolicy(champion, challenger, uplift, rule.minUplift(), problems, notes);
    }

    /** A registry model trained on the log's phone attempts before the split. */
    private SlotBelief trained(String model, LogFiles.Loaded loaded, LogEvaluation.Split split, long seed, Path logFile)
            throws IOException {
        AttemptLog.Builder b = AttemptLog.builder();
        Map<String, Contact> contacts = new LinkedHashMap<>();
        List<LoggedDial> dials = loaded.dials();
        for (int i = 0; i < dials.size(); i++) {
            AcceptedCall c = loaded.calls().get(i);
            contacts.putIfAbsent(c.contact().id(), c.contact());
            if (dials.get(i).local().toLocalDate().isBefore(split.cut())) {
                b.add(c.attempt(), c.contact());
            }
        }
        TrainingData td = TrainingData.of(b.build(), contacts, StatedPreferences.none(), HolidayCalendar.standard(),
                new DataSource(logFile.getFileName() + " before " + split.cut(), ExperimentWriter.sha256(logFile)));
        try {
            return new ModelBelief(model, Trainer.train(registry.get(model), td,
                    ModelConfig.defaults(model).withSeed(seed)).model());
        } catch (IllegalArgumentException e) {
            throw new ExperimentConfigException("model " + model + " cannot be trained on the " + split.train().size()
                    + " dials before " + split.cut() + ": " + e.getMessage());
        }
    }
}
