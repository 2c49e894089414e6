package org.reachlab.evaluation.experiment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.evaluation.simulation.SimulatedCall;
import org.reachlab.evaluation.simulation.SimulationResult;
import org.reachlab.evaluation.simulation.Simulator;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.learned.LearnedPolicy;
import org.reachlab.models.policy.learned.SlotBelief;

/**
 * Simulation of the policies: the reference policies (the oracle, the segment oracle and, unless the
 * experiment lists one, the stated rule), then every configured policy dials the evaluation
 * period of one seed's world from the same start, the learned ones learning online from each
 * outcome and recording the belief behind each dial.
 */
final class PolicySimulation {

    /**
     * One seed's evaluation period.
     *
     * @param metrics  the reference policies' metrics, then each policy's
     * @param learned  the learned policies as they ended, by label
     * @param calls    each policy's dials, by label
     * @param oracle   the oracle's run, the reference of every regret
     * @param warnings what makes a reference doubtful (a stated rule on a world whose notes state nothing)
     */
    record Result(List<RunMetrics> metrics, Map<String, LearnedPolicy> learned,
                  Map<String, List<SimulatedCall>> calls, SimulationResult oracle, List<String> warnings) {
    }

    private final ExperimentConfig config;
    private final ExperimentPolicies policies;
    private final Consumer<String> progress;

    PolicySimulation(ExperimentConfig config, ExperimentPolicies policies, Consumer<String> progress) {
        this.config = config;
        this.policies = policies;
        this.progress = progress;
    }

    /**
     * Runs the oracle and every policy from {@code from} to {@code to}; the learned policies' (belief,
     * outcome) pairs go to {@code calibration} by label.
     */
    Result run(SyntheticWorld w, Simulator sim, long seed, LocalDate from, LocalDate to,
               Map<String, SlotBelief> beliefs, List<SimulatedCall> history,
               Map<String, List<double[]>> calibration, String label) {
        long t0 = System.nanoTime();
        List<SimulatedCall> oracleCalls = new ArrayList<>();
        SimulationResult oracle = sim.run(sim.oracle(), from, to, oracleCalls::add);
        List<RunMetrics> metrics = new ArrayList<>();
        metrics.add(RunMetrics.of(w, seed, from, to, oracle, oracleCalls, oracle, config.attemptCap()));
        List<Policy> references = new ArrayList<>();
        references.add(policies.segmentOracle(sim));
        List<String> warnings = new ArrayList<>();
        if (!policies.listsStatedRule()) {
            references.add(policies.statedRule(w));
        }
        if (policies.stated(w).contacts() == 0) {
            warnings.add(String.format(Locale.ROOT, "%s: the notes of seed %d's world (%d read) state no timing"
                    + " preference, so it runs as uniform 09-17", policies.statedRuleLabel(), seed,
                    policies.stated(w).notes()));
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "oracle %.3f", oracle.sampledRate()));
        for (Policy ref : references) {
            List<SimulatedCall> c = new ArrayList<>();
            SimulationResult r = sim.run(ref, from, to, c::add);
            metrics.add(RunMetrics.of(w, seed, from, to, r, c, oracle, config.attemptCap()));
            line.append(String.format(Locale.ROOT, ", %s %.3f", ref.name(), r.sampledRate()));
        }
        progress.accept(String.format(Locale.ROOT, "%s: reference policies, contact rate %s (%.1f s)", label, line,
                (System.nanoTime() - t0) / 1e9));
        Map<String, LearnedPolicy> learned = new LinkedHashMap<>();
        Map<String, List<SimulatedCall>> calls = new HashMap<>();
        for (ExperimentConfig.PolicySpec spec : config.policies()) {
            long tp = System.nanoTime();
            Policy p = policies.build(spec, beliefs, history, w);
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
        return new Result(metrics, learned, calls, oracle, warnings);
    }
}
