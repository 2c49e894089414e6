package org.reachlab.evaluation.experiment;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.reachlab.data.domain.Attempt;
import org.reachlab.data.domain.Channel;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.log.AttemptLog;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.data.synth.WorldGenerator;
import org.reachlab.evaluation.backtest.Backtest;
import org.reachlab.evaluation.backtest.BacktestOptions;
import org.reachlab.evaluation.backtest.BacktestResult;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.evaluation.ope.Estimator;
import org.reachlab.evaluation.ope.LoggedDial;
import org.reachlab.evaluation.ope.OffPolicyEvaluator;
import org.reachlab.evaluation.ope.OpeResult;
import org.reachlab.evaluation.ope.OpeValidation;
import org.reachlab.evaluation.ope.RewardModel;
import org.reachlab.evaluation.ope.SimulatedLog;
import org.reachlab.evaluation.ope.TargetPolicy;
import org.reachlab.evaluation.simulation.SimulatedCall;
import org.reachlab.evaluation.simulation.SimulationResult;
import org.reachlab.evaluation.simulation.Simulator;
import org.reachlab.models.DataSource;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.Trainer;
import org.reachlab.models.TrainingData;
import org.reachlab.models.policy.DueContact;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.learned.HierarchicalBetaBelief;
import org.reachlab.models.policy.learned.LearnedPolicy;
import org.reachlab.models.policy.learned.ModelBelief;
import org.reachlab.models.policy.learned.Observation;
import org.reachlab.models.policy.learned.SlotBelief;
import org.reachlab.stats.Estimate;

/**
 * Runs an experiment. For each seed: generates the world over the history and evaluation
 * periods; dials the history with the logging rule; trains each model on that history; then
 * dials the evaluation period with every policy (and the oracle) from the same start, the
 * learned ones learning online from each outcome; and evaluates every policy off-policy on the
 * history (targets built from its first half, evaluated on its second half, where the truth is
 * known). Validation seeds repeat the off-policy part on further worlds. Then it summarises the
 * seeds, pairs each policy with each fixed rule, and applies the promotion rule.
 */
public final class ExperimentRunner {

    /** The name of the built-in belief. */
    public static final String BETA_ONLINE = "beta_online";

    private final ExperimentConfig config;
    private final WorldConfig world;
    private final ModelRegistry registry;
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
        WorldConfig w = config.world().file() == null ? WorldFiles.defaults()
                : WorldFiles.load(baseDir.resolve(config.world().file()));
        if (config.world().contacts() != null) {
            w = w.withContacts(config.world().contacts());
        }
        this.world = w.withWeeks(config.world().historyWeeks() + config.world().weeks()).validate();
        for (String m : config.models()) {
            if (!m.equals(BETA_ONLINE) && registry.find(m).isEmpty()) {
                throw new ExperimentConfigException("unknown model '" + m + "' in models (known: " + BETA_ONLINE
                        + (registry.names().isEmpty() ? "" : ", " + String.join(", ", registry.names())) + ")");
            }
        }
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
        return world;
    }

    /** One seed's worlds and runs, kept for the report. */
    private record SeedRun(SyntheticWorld world, List<RunMetrics> metrics, Map<String, LearnedPolicy> learned,
                           Map<String, List<SimulatedCall>> calls, List<SimulatedCall> history) {
    }

    /** Runs the experiment. */
    public ExperimentResult run() {
        long t0 = System.nanoTime();
        List<RunMetrics> runs = new ArrayList<>();
        List<OpeValidation.Row> ope = new ArrayList<>();
        Map<String, List<double[]>> calibration = new LinkedHashMap<>();
        OffPolicyEvaluator evaluator = new OffPolicyEvaluator(new OffPolicyEvaluator.Options(config.ope().clip(),
                config.ope().folds(), 0.10, 100, 0.05, 0.05), RewardModel.hierarchicalBeta());
        SeedRun first = null;
        Map<String, List<ExperimentResult.ReliabilityBin>> backtests = new LinkedHashMap<>();
        int k = 0;
        for (long seed : config.seeds()) {
            k++;
            SeedRun s = runSeed(seed, calibration, ope, evaluator, String.format(Locale.ROOT, "seed %d (%d/%d)", seed, k,
                    config.seeds().size()));
            runs.addAll(s.metrics());
            if (first == null) {
                first = s;
                backtest(s.world(), seed, s.history(), backtests);
            }
        }
        for (long seed : config.ope().validationSeeds()) {
            long t = System.nanoTime();
            SyntheticWorld w = new WorldGenerator(world).generate(seed);
            Simulator sim = new Simulator(w, seed);
            List<SimulatedCall> history = new ArrayList<>();
            sim.run(logger(null), w.start(), historyEnd(w), history::add);
            opeOnHistory(w, seed, history, evaluator, ope);
            progress.accept(String.format(Locale.ROOT, "OPE validation world %d: %.1f s", seed, (System.nanoTime() - t) / 1e9));
        }
        Map<String, Map<Metric, Estimate>> summary = summarise(runs);
        List<String> order = new ArrayList<>(summary.keySet());
        order.sort(Comparator.comparingDouble((String p) -> -summary.get(p).get(Metric.CONTACT_RATE).value())
                .thenComparing(p -> p));
        Map<String, Map<String, Map<Metric, Estimate>>> paired = pair(runs);
        Decision decision = decide(runs, summary, paired, ope);
        Estimate uplift = decision.uplift();
        BusinessView business = BusinessView.of(config.business(),
                summary.get(decision.champion()).get(Metric.CONTACT_RATE).value(), uplift);
        List<ExperimentResult.Heatmap> heat = heatmaps(first, decision.challenger(), summary);
        Map<String, List<ExperimentResult.ReliabilityBin>> rel = new LinkedHashMap<>();
        calibration.forEach((p, list) -> rel.put(p, bins(list)));
        rel.putAll(backtests);
        return new ExperimentResult(config, order, runs, summary, paired, decision, business, ope,
                OpeValidation.summarise(ope), heat, rel, (System.nanoTime() - t0) / 1e9);
    }

    private LocalDate historyEnd(SyntheticWorld w) {
        return w.start().plusWeeks(config.world().historyWeeks());
    }

    /**
     * How many progress lines a run reports: per seed the world, each model, each policy and the
     * off-policy evaluation; the backtest when a registry model is named; each OPE validation world.
     */
    public int totalSteps() {
        boolean registryModel = config.models().stream().anyMatch(m -> !m.equals(BETA_ONLINE));
        return config.seeds().size() * (2 + config.models().size() + config.policies().size())
                + (registryModel ? 1 : 0) + config.ope().validationSeeds().size();
    }

    private SeedRun runSeed(long seed, Map<String, List<double[]>> calibration, List<OpeValidation.Row> ope,
                            OffPolicyEvaluator evaluator, String label) {
        long t = System.nanoTime();
        SyntheticWorld w = new WorldGenerator(world).generate(seed);
        Simulator sim = new Simulator(w, seed);
        LocalDate from = historyEnd(w);
        LocalDate to = w.end();
        List<SimulatedCall> history = new ArrayList<>();
        sim.run(logger(null), w.start(), from, history::add);
        if (dataOut != null && seed == config.seeds().get(0)) {
            writeData(w, history, dataOut);
        }
        progress.accept(String.format(Locale.ROOT, "%s: world and %d logged dials of history in %.1f s", label,
                history.size(), (System.nanoTime() - t) / 1e9));
        Map<String, SlotBelief> beliefs = new LinkedHashMap<>();
        for (String m : config.models()) {
            long tm = System.nanoTime();
            beliefs.put(m, belief(m, w, seed, history,
                    modelsOut != null && seed == config.seeds().get(0) ? modelsOut.resolve(m) : null));
            progress.accept(String.format(Locale.ROOT, "%s: model %s trained in %.1f s", label, m,
                    (System.nanoTime() - tm) / 1e9));
        }
        List<SimulatedCall> oracleCalls = new ArrayList<>();
        SimulationResult oracle = sim.run(sim.oracle(), from, to, oracleCalls::add);
        List<RunMetrics> metrics = new ArrayList<>();
        metrics.add(RunMetrics.of(w, seed, from, to, oracle, oracleCalls, oracle, config.attemptCap()));
        Map<String, LearnedPolicy> learned = new LinkedHashMap<>();
        Map<String, List<SimulatedCall>> calls = new HashMap<>();
        for (ExperimentConfig.PolicySpec spec : config.policies()) {
            long tp = System.nanoTime();
            Policy p = policy(spec, beliefs, history);
            if (p instanceof LearnedPolicy lp) {
                List<double[]> sink = calibration.computeIfAbsent(spec.label(), x -> new ArrayList<>());
                lp.recordPredictions((o, pred) -> sink.add(new double[] {pred, o.connected() ? 1 : 0}));
                learned.put(spec.label(), lp);
            }
            List<SimulatedCall> c = new ArrayList<>();
            SimulationResult r = sim.run(p, from, to, c::add);
            if (p instanceof LearnedPolicy lp) {
                lp.recordPredictions(null);
            }
            calls.put(spec.label(), c);
            metrics.add(RunMetrics.of(w, seed, from, to, r, c, oracle, config.attemptCap()));
            progress.accept(String.format(Locale.ROOT, "%s: %-16s %6d dials, contact rate %.3f (%.1f s)", label,
                    spec.label(), r.dials(), r.sampledRate(), (System.nanoTime() - tp) / 1e9));
        }
        long to0 = System.nanoTime();
        opeOnHistory(w, seed, history, evaluator, ope);
        progress.accept(String.format(Locale.ROOT, "%s: off-policy evaluation on the history in %.1f s", label,
                (System.nanoTime() - to0) / 1e9));
        return new SeedRun(w, metrics, learned, calls, history);
    }

    private static void writeData(SyntheticWorld w, List<SimulatedCall> history, Path dir) {
        try {
            org.reachlab.data.synth.WorldWriter.write(w, dir);
            try (org.reachlab.evaluation.simulation.CallLogWriter cw =
                         new org.reachlab.evaluation.simulation.CallLogWriter(dir.resolve("calls.csv"))) {
                history.forEach(cw);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the history to " + dir, e);
        }
    }

    /** OPE of every configured policy on a seed's history: targets from the first half, evaluated on the second. */
    private void opeOnHistory(SyntheticWorld w, long seed, List<SimulatedCall> history, OffPolicyEvaluator evaluator,
                              List<OpeValidation.Row> out) {
        SimulatedLog log = SimulatedLog.of(w, history);
        LocalDate mid = w.start().plusWeeks(Math.max(1, config.world().historyWeeks() / 2));
        List<List<LoggedDial>> halves = log.splitAt(mid);
        List<LoggedDial> eval = halves.get(1);
        if (eval.isEmpty()) {
            return;
        }
        List<SimulatedCall> firstHalf = history.stream().filter(c -> c.at().toLocalDate().isBefore(mid)).toList();
        double[][] q = evaluator.crossFit(eval);
        TargetPolicy loggerTarget = TargetPolicy.of(logger(null), seed);
        double[][] loggerDist = new double[eval.size()][];
        for (int i = 0; i < eval.size(); i++) {
            loggerDist[i] = loggerTarget.distribution(eval.get(i));
        }
        Map<String, SlotBelief> beliefs = new HashMap<>();
        for (ExperimentConfig.PolicySpec spec : config.policies()) {
            if (spec.learned()) {
                beliefs.computeIfAbsent(spec.model(), m -> belief(m, w, seed, firstHalf, null));
            }
        }
        for (ExperimentConfig.PolicySpec spec : config.policies()) {
            Policy p = policy(spec, beliefs, firstHalf);
            TargetPolicy target = TargetPolicy.of(p, seed);
            OpeResult r = evaluator.evaluate(eval, target, q, loggerDist);
            out.add(new OpeValidation.Row(seed, spec.label(), log.trueValue(eval, target), r));
        }
    }

    /** The logging rule; with a history, best-hour is the best hour of its pooled 09-17 rates. */
    private Policy logger(List<SimulatedCall> history) {
        return fixed(config.logging(), history);
    }

    private Policy fixed(String type, List<SimulatedCall> history) {
        return Policies.fixed(type, hourlyRates(history));
    }

    /** Pooled connect rate by local hour of a history (0 where nothing was dialled). */
    static double[] hourlyRates(List<SimulatedCall> history) {
        double[] n = new double[24];
        double[] k = new double[24];
        if (history != null) {
            for (SimulatedCall c : history) {
                int h = c.at().getHour();
                n[h]++;
                k[h] += c.result().outcome().isContact() ? 1 : 0;
            }
        }
        double[] r = new double[24];
        for (int h = 0; h < 24; h++) {
            r[h] = n[h] == 0 ? 0 : k[h] / n[h];
        }
        return r;
    }

    private Policy policy(ExperimentConfig.PolicySpec spec, Map<String, SlotBelief> beliefs,
                          List<SimulatedCall> history) {
        WorldConfig.Dialing rules = world.dialing();
        return Policies.build(spec, beliefs, hourlyRates(history), rules.earliest(), rules.latest());
    }

    /** A belief trained on a history. */
    private SlotBelief belief(String model, SyntheticWorld w, long seed, List<SimulatedCall> history, Path saveTo) {
        if (model.equals(BETA_ONLINE)) {
            SlotBelief b = new HierarchicalBetaBelief();
            for (SimulatedCall c : history) {
                b.observe(new Observation(c.contactIndex(), w.contacts().get(c.contactIndex()), c.at().toLocalDateTime(),
                        c.at().toInstant(), c.result().outcome()));
            }
            return b;
        }
        ModelFamily family = registry.get(model);
        TrainingData data = trainingData(w, seed, history);
        org.reachlab.models.TrainedModel trained = Trainer.train(family, data, ModelConfig.defaults(model).withSeed(seed));
        if (saveTo != null) {
            try {
                Path calls = dataOut == null ? null : dataOut.resolve("calls.csv");
                DataSource source = calls != null && java.nio.file.Files.exists(calls)
                        ? new DataSource("data/calls.csv (synthetic history, seed " + seed + ")",
                                ExperimentWriter.sha256(calls))
                        : DataSource.inMemory("synthetic history, seed " + seed);
                org.reachlab.models.store.ModelStore.save(trained, family, source, saveTo);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot save model " + model + " to " + saveTo, e);
            }
        }
        return new ModelBelief(model, trained.model());
    }

    /** Stated preferences of a world's notes written before a history's end, by world seed and end. */
    private final Map<String, StatedPreferences> statedCache = new java.util.HashMap<>();

    /**
     * What the contacts of a world said in the notes written before the history ended, read by the
     * timing-signal extractor: the evidence the registry models take as a prior.
     */
    private StatedPreferences stated(SyntheticWorld w, Map<String, Contact> contacts, List<SimulatedCall> history) {
        java.time.Instant end = history.stream().map(c -> c.at().toInstant()).max(java.util.Comparator.naturalOrder())
                .orElse(java.time.Instant.MIN);
        // one runner generates every world from its own world config, so the seed names the world
        String key = w.seed() + "@" + end;
        return statedCache.computeIfAbsent(key, k -> org.reachlab.models.data.NotePreferences.of(
                w.notes().stream().filter(n -> n.at().toInstant().isBefore(end)).toList(), contacts,
                org.reachlab.signals.extract.SignalExtractor.shared()).preferences());
    }

    private TrainingData trainingData(SyntheticWorld w, long seed, List<SimulatedCall> history) {
        AttemptLog.Builder lb = AttemptLog.builder();
        int n = 0;
        for (SimulatedCall c : history) {
            Contact contact = w.contacts().get(c.contactIndex());
            lb.add(new Attempt("h-" + (++n), contact.id(), c.at().toInstant(), c.result().outcome(), Channel.PHONE,
                    c.repId(), c.result().durationS(), c.result().meetingBooked(), c.policy(), c.propensity(), null),
                    contact);
        }
        Map<String, Contact> contacts = new LinkedHashMap<>();
        for (Contact c : w.contacts()) {
            contacts.put(c.id(), c);
        }
        return TrainingData.of(lb.build(), contacts, stated(w, contacts, history), w.calendar(),
                DataSource.inMemory("synthetic history, seed " + seed + ", " + history.size() + " dials"));
    }

    /**
     * Backtest reliability of the registry models on the first seed's history (the last week
     * tested after training on the weeks before), as drawn in the report.
     */
    private void backtest(SyntheticWorld w, long seed, List<SimulatedCall> history,
                          Map<String, List<ExperimentResult.ReliabilityBin>> out) {
        List<ModelFamily> families = config.models().stream().filter(m -> !m.equals(BETA_ONLINE))
                .map(registry::get).toList();
        if (families.isEmpty()) {
            return;
        }
        long t = System.nanoTime();
        BacktestResult r = Backtest.run(trainingData(w, seed, history),
                BacktestOptions.of(families).withTestDays(7));
        for (BacktestResult.ModelResult m : r.models()) {
            List<ExperimentResult.ReliabilityBin> bins = new ArrayList<>();
            for (BacktestResult.Bin b : m.reliability()) {
                if (b.n() > 0) {
                    bins.add(new ExperimentResult.ReliabilityBin(b.lower(), b.upper(), b.meanPrediction(),
                            b.observedRate().value(), b.n()));
                }
            }
            out.put("backtest: " + m.family(), bins);
        }
        progress.accept(String.format(Locale.ROOT, "backtest of %s on the first seed's history in %.1f s",
                families.stream().map(ModelFamily::name).toList(), (System.nanoTime() - t) / 1e9));
    }

    private Map<String, Map<Metric, Estimate>> summarise(List<RunMetrics> runs) {
        Map<String, List<RunMetrics>> by = new LinkedHashMap<>();
        for (RunMetrics r : runs) {
            by.computeIfAbsent(r.policy(), x -> new ArrayList<>()).add(r);
        }
        Map<String, Map<Metric, Estimate>> out = new LinkedHashMap<>();
        by.forEach((p, list) -> {
            Map<Metric, Estimate> m = new LinkedHashMap<>();
            for (Metric metric : RunMetrics.METRICS) {
                m.put(metric, Estimate.meanWithT(list.stream().mapToDouble(r -> r.metric(metric)).toArray()));
            }
            out.put(p, m);
        });
        return out;
    }

    private List<String> fixedRules() {
        return config.policies().stream().filter(s -> !s.learned()).map(ExperimentConfig.PolicySpec::label).toList();
    }

    private Map<String, Map<String, Map<Metric, Estimate>>> pair(List<RunMetrics> runs) {
        Map<String, Map<Long, RunMetrics>> by = new LinkedHashMap<>();
        for (RunMetrics r : runs) {
            by.computeIfAbsent(r.policy(), x -> new LinkedHashMap<>()).put(r.seed(), r);
        }
        Map<String, Map<String, Map<Metric, Estimate>>> out = new LinkedHashMap<>();
        for (String p : by.keySet()) {
            Map<String, Map<Metric, Estimate>> vs = new LinkedHashMap<>();
            for (String rule : fixedRules()) {
                if (rule.equals(p)) {
                    continue;
                }
                Map<Metric, Estimate> m = new LinkedHashMap<>();
                for (Metric metric : Metric.PAIRED) {
                    double[] d = config.seeds().stream().mapToDouble(s -> by.get(p).get(s).metric(metric)
                            - by.get(rule).get(s).metric(metric)).toArray();
                    m.put(metric, Estimate.meanWithT(d));
                }
                vs.put(rule, m);
            }
            out.put(p, vs);
        }
        return out;
    }

    private Decision decide(List<RunMetrics> runs, Map<String, Map<Metric, Estimate>> summary,
                            Map<String, Map<String, Map<Metric, Estimate>>> paired, List<OpeValidation.Row> ope) {
        ExperimentConfig.Promotion rule = config.promotion();
        Metric metric = Metric.fromKey(rule.metric());
        String challenger = rule.challenger();
        if ("best".equals(challenger)) {
            challenger = config.policies().stream().filter(ExperimentConfig.PolicySpec::learned)
                    .map(ExperimentConfig.PolicySpec::label)
                    .max(Comparator.comparingDouble((String p) -> summary.get(p).get(metric).value())
                            .thenComparing(Comparator.reverseOrder()))
                    .orElse(rule.champion());
        }
        String champion = rule.champion();
        Estimate uplift;
        if (challenger.equals(champion)) {
            uplift = Estimate.meanWithT(new double[config.seeds().size()]);
        } else {
            Map<Long, Double> ch = new HashMap<>();
            Map<Long, Double> cp = new HashMap<>();
            for (RunMetrics r : runs) {
                if (r.policy().equals(challenger)) {
                    ch.put(r.seed(), r.metric(metric));
                } else if (r.policy().equals(champion)) {
                    cp.put(r.seed(), r.metric(metric));
                }
            }
            uplift = Estimate.meanWithT(config.seeds().stream().mapToDouble(s -> ch.get(s) - cp.get(s)).toArray());
        }
        final String ch = challenger;
        long violations = runs.stream().filter(r -> r.policy().equals(ch)).mapToLong(RunMetrics::violations).sum();
        List<String> notes = new ArrayList<>();
        Map<Metric, Estimate> cs = summary.get(challenger);
        Map<Metric, Estimate> ps = summary.get(champion);
        notes.add(String.format(Locale.ROOT, "time to connect: %s needs %.2f attempts on average (capped at %d), %s %.2f;"
                + " %.1f%% vs %.1f%% of dialled contacts reached within 3 attempts", challenger,
                cs.get(Metric.MEAN_ATTEMPTS).value(), config.attemptCap(), champion, ps.get(Metric.MEAN_ATTEMPTS).value(),
                100 * cs.get(Metric.REACHED_WITHIN_3).value(), 100 * ps.get(Metric.REACHED_WITHIN_3).value()));
        Estimate oracleGap = summary.get("oracle").get(Metric.CONTACT_RATE);
        double closed = 100 * (cs.get(Metric.CONTACT_RATE).value() - ps.get(Metric.CONTACT_RATE).value())
                / Math.max(1e-9, oracleGap.value() - ps.get(Metric.CONTACT_RATE).value());
        notes.add(closed >= 0.5
                ? String.format(Locale.ROOT, "the oracle reaches %.1f%%: %s closes %.0f%% of the champion's gap to it",
                        100 * oracleGap.value(), challenger, closed)
                : String.format(Locale.ROOT, "the oracle reaches %.1f%%: %s does not close any of the champion's gap"
                        + " to it", 100 * oracleGap.value(), challenger));
        List<OpeValidation.Row> chOpe = ope.stream().filter(r -> r.target().equals(ch)
                && config.seeds().contains(r.seed())).toList();
        if (!chOpe.isEmpty()) {
            double dr = chOpe.stream().mapToDouble(r -> r.result().estimates().get(Estimator.DR).value()).average()
                    .orElse(Double.NaN);
            double logged = chOpe.stream().mapToDouble(r -> r.result().loggedRate()).average().orElse(Double.NaN);
            long warned = chOpe.stream().filter(r -> !r.result().trusted()).count();
            notes.add(String.format(Locale.ROOT, "off-policy check on the logged history: doubly robust estimate %.1f%%"
                    + " for %s against %.1f%% logged%s", 100 * dr, challenger, 100 * logged,
                    warned > 0 ? " (with warnings on " + warned + " of " + chOpe.size() + " seeds; see OPE diagnostics)"
                            : ""));
        }
        return Decision.decide(champion, challenger, metric, uplift, rule.minUplift(), violations, notes);
    }

    private List<ExperimentResult.Heatmap> heatmaps(SeedRun first, String challenger,
                                                    Map<String, Map<Metric, Estimate>> summary) {
        List<ExperimentResult.Heatmap> out = new ArrayList<>();
        if (first == null || first.learned().isEmpty()) {
            return out;
        }
        // the challenger (or the first learned policy), then the best learned policy of each other model
        List<String> drawn = new ArrayList<>();
        drawn.add(first.learned().containsKey(challenger) ? challenger : first.learned().keySet().iterator().next());
        for (String model : config.models()) {
            config.policies().stream().filter(p -> p.learned() && model.equals(p.model()))
                    .map(ExperimentConfig.PolicySpec::label)
                    .max(Comparator.comparingDouble((String p) -> summary.get(p).get(Metric.CONTACT_RATE).value()))
                    .filter(p -> drawn.stream().noneMatch(d -> first.learned().get(d).belief().name()
                            .equals(first.learned().get(p).belief().name())))
                    .ifPresent(drawn::add);
        }
        String who = drawn.get(0);
        SyntheticWorld w = first.world();
        List<SimulatedCall> calls = first.calls().getOrDefault(who, List.of());
        Map<Integer, Integer> dials = new HashMap<>();
        for (SimulatedCall c : calls) {
            dials.merge(c.contactIndex(), 1, Integer::sum);
        }
        List<Integer> chosen = dials.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(config.report().sampleContacts()).map(Map.Entry::getKey).toList();
        WorldConfig.Dialing rules = world.dialing();
        // the evaluation week in which the sample contacts are most reachable (not a holiday week)
        LocalDate monday = w.end().minusWeeks(1);
        double bestMean = -1;
        for (LocalDate m = historyEnd(w); m.isBefore(w.end()); m = m.plusWeeks(1)) {
            double sum = 0;
            for (int i : chosen) {
                for (int d = 0; d < 5; d++) {
                    for (int h = rules.earliest(); h < rules.latest(); h++) {
                        sum += w.connectProbability(i, m.plusDays(d), h);
                    }
                }
            }
            if (sum > bestMean) {
                bestMean = sum;
                monday = m;
            }
        }
        int mask = 0;
        for (int h = rules.earliest(); h < rules.latest(); h++) {
            mask |= 1 << h;
        }
        for (int i : chosen) {
            Contact c = w.contacts().get(i);
            double[][] truth = new double[7][24];
            Map<String, double[][]> learned = new LinkedHashMap<>();
            for (String p : drawn) {
                learned.put(p, new double[7][24]);
            }
            for (int d = 0; d < 7; d++) {
                LocalDate date = monday.plusDays(d);
                DueContact due = new DueContact(i, c, mask, 1, 0, null, new int[24], List.of());
                Map<String, double[]> means = new LinkedHashMap<>();
                for (String p : drawn) {
                    means.put(p, first.learned().get(p).belief().mean(due, date));
                }
                for (int h = 0; h < 24; h++) {
                    boolean ok = h >= rules.earliest() && h < rules.latest() && (rules.weekends() || d < 5);
                    truth[d][h] = ok ? w.connectProbability(i, date, h) : Double.NaN;
                    for (String p : drawn) {
                        learned.get(p)[d][h] = ok ? means.get(p)[h] : Double.NaN;
                    }
                }
            }
            out.add(new ExperimentResult.Heatmap(c.id(), c.industry() + " / " + c.role(), monday.toString(), truth,
                    learned));
        }
        return out;
    }

    static List<ExperimentResult.ReliabilityBin> bins(List<double[]> pairs) {
        int nb = 10;
        double[] sp = new double[nb];
        double[] sy = new double[nb];
        long[] n = new long[nb];
        for (double[] x : pairs) {
            int b = Math.min(nb - 1, (int) (x[0] * nb));
            sp[b] += x[0];
            sy[b] += x[1];
            n[b]++;
        }
        List<ExperimentResult.ReliabilityBin> out = new ArrayList<>();
        for (int b = 0; b < nb; b++) {
            if (n[b] > 0) {
                out.add(new ExperimentResult.ReliabilityBin((double) b / nb, (double) (b + 1) / nb, sp[b] / n[b],
                        sy[b] / n[b], n[b]));
            }
        }
        return out;
    }
}
