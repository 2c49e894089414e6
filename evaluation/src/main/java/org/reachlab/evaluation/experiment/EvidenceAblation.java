package org.reachlab.evaluation.experiment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.evaluation.evidence.Evidence;
import org.reachlab.evaluation.evidence.EvidenceSource;
import org.reachlab.evaluation.evidence.EvidenceSources;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.evaluation.simulation.SimulatedCall;
import org.reachlab.evaluation.simulation.SimulationResult;
import org.reachlab.evaluation.simulation.Simulator;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.learned.SlotBelief;
import org.reachlab.stats.Estimate;

/**
 * The evidence ablation: a learned policy (the named one, or the best by mean contact rate) run
 * again with each evidence source removed, on the same worlds and seeds as every other policy and
 * from the same start (common random numbers), and each source's contribution as the paired
 * difference of contact rate, seed by seed, with its t interval.
 */
final class EvidenceAblation {

    /**
     * What one seed's run leaves for the ablation: its world, its logged history and the oracle's run
     * on the evaluation period (the regret's reference).
     */
    record SeedWorld(long seed, SyntheticWorld world, List<SimulatedCall> history, SimulationResult oracle) {
    }

    private final ExperimentConfig config;
    private final Worlds worlds;
    private final ModelTraining training;
    private final EvidenceSources sources;
    private final Consumer<String> progress;

    EvidenceAblation(ExperimentConfig config, Worlds worlds, ModelTraining training, EvidenceSources sources,
                     Consumer<String> progress) {
        this.config = config;
        this.worlds = worlds;
        this.training = training;
        this.sources = sources;
        this.progress = progress;
    }

    /**
     * The policy the ablation reruns: the named one, or for {@code best} the learned policy with the
     * highest mean contact rate (ties by the later name, as the promotion's {@code challenger: best});
     * null when there is no ablation or no learned policy.
     */
    static String policy(ExperimentConfig config, Map<String, Map<Metric, Estimate>> summary) {
        if (config.ablation() == null) {
            return null;
        }
        String p = config.ablation().policy();
        if (!"best".equals(p)) {
            return p;
        }
        return config.policies().stream().filter(ExperimentConfig.PolicySpec::learned)
                .map(ExperimentConfig.PolicySpec::label)
                .max(Comparator.comparingDouble((String x) -> summary.get(x).get(Metric.CONTACT_RATE).value())
                        .thenComparing(Comparator.reverseOrder()))
                .orElse(null);
    }

    /** The sources the experiment removes, in its order. */
    List<EvidenceSource> removed() {
        return config.ablation().sources().stream().map(sources::get).toList();
    }

    /** One run of the policy per seed and source removed, named {@code <policy>-without-<source>}. */
    List<RunMetrics> run(String policy, List<SeedWorld> seeds) {
        ExperimentConfig.PolicySpec spec = config.policies().stream().filter(s -> s.label().equals(policy))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no policy named " + policy));
        List<RunMetrics> out = new ArrayList<>();
        for (SeedWorld s : seeds) {
            for (EvidenceSource source : removed()) {
                long t = System.nanoTime();
                RunMetrics m = runWithout(spec, source, s);
                out.add(m);
                progress.accept(String.format(Locale.ROOT, "seed %d: %-16s %6d dials, contact rate %.3f (%.1f s)",
                        s.seed(), m.policy(), m.dials(), m.contactRate(), (System.nanoTime() - t) / 1e9));
            }
        }
        return out;
    }

    /**
     * The policy run on a seed's evaluation period as every policy is, but with its belief trained
     * and acting on the seed's evidence less one source.
     */
    RunMetrics runWithout(ExperimentConfig.PolicySpec spec, EvidenceSource source, SeedWorld s) {
        SyntheticWorld w = s.world();
        Evidence evidence = source.remove(training.evidence(w, s.history()));
        SlotBelief belief = training.belief(spec.model(), w, s.seed(), evidence, null, null);
        ExperimentConfig.PolicySpec variant = new ExperimentConfig.PolicySpec(
                AblationResult.variant(spec.label(), source.name()), spec.type(), spec.model(), spec.minExploration(),
                spec.epsilon(), spec.draws(), spec.from(), spec.to(), spec.rank());
        Policy p = worlds.policies().build(variant, Map.of(spec.model(), belief), evidence.history());
        LocalDate from = worlds.historyEnd(w);
        List<SimulatedCall> calls = new ArrayList<>();
        SimulationResult r = new Simulator(w, s.seed()).run(p, from, w.end(), calls::add);
        return RunMetrics.of(w, s.seed(), from, w.end(), r, calls, s.oracle(), config.attemptCap());
    }

    /** Each source's contribution to the policy, from the runs of the policy and of its variants. */
    AblationResult summarise(String policy, List<RunMetrics> runs) {
        List<AblationResult.SourceEffect> effects = new ArrayList<>();
        Map<Long, Double> full = rates(runs, policy);
        for (EvidenceSource source : removed()) {
            String variant = AblationResult.variant(policy, source.name());
            effects.add(effect(source.name(), source.description(), variant, full, rates(runs, variant),
                    config.seeds()));
        }
        return new AblationResult(policy, effects);
    }

    /**
     * A source's contribution: the contact rates with and without it over the seeds, and their
     * paired difference (with minus without, seed by seed) with its t interval.
     */
    static AblationResult.SourceEffect effect(String source, String description, String variant,
                                              Map<Long, Double> with, Map<Long, Double> without, List<Long> seeds) {
        double[] w = seeds.stream().mapToDouble(with::get).toArray();
        double[] wo = seeds.stream().mapToDouble(without::get).toArray();
        double[] d = new double[seeds.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = w[i] - wo[i];
        }
        return new AblationResult.SourceEffect(source, description, variant, Estimate.meanWithT(w),
                Estimate.meanWithT(wo), Estimate.meanWithT(d));
    }

    private static Map<Long, Double> rates(List<RunMetrics> runs, String policy) {
        Map<Long, Double> out = new LinkedHashMap<>();
        for (RunMetrics r : runs) {
            if (r.policy().equals(policy)) {
                out.put(r.seed(), r.contactRate());
            }
        }
        return out;
    }
}
