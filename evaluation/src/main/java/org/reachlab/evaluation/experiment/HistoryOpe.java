package org.reachlab.evaluation.experiment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.evaluation.ope.LoggedDial;
import org.reachlab.evaluation.ope.OffPolicyEvaluator;
import org.reachlab.evaluation.ope.OpeResult;
import org.reachlab.evaluation.ope.OpeValidation;
import org.reachlab.evaluation.ope.RewardModel;
import org.reachlab.evaluation.ope.SimulatedLog;
import org.reachlab.evaluation.ope.TargetPolicy;
import org.reachlab.evaluation.simulation.SimulatedCall;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.learned.SlotBelief;

/**
 * Off-policy evaluation of every configured policy on a seed's logged history: targets built from
 * the history's first half (learned ones from models trained on it, frozen), evaluated on its
 * second half, where the simulated world gives each target's true value.
 */
final class HistoryOpe {

    private final ExperimentConfig config;
    private final ExperimentPolicies policies;
    private final ModelTraining training;
    private final OffPolicyEvaluator evaluator;

    HistoryOpe(ExperimentConfig config, ExperimentPolicies policies, ModelTraining training) {
        this.config = config;
        this.policies = policies;
        this.training = training;
        this.evaluator = new OffPolicyEvaluator(new OffPolicyEvaluator.Options(config.ope().clip(),
                config.ope().folds(), 0.10, 100, 0.05, 0.05), RewardModel.hierarchicalBeta());
    }

    /** Adds one row per configured policy to {@code out}; none when the second half has no dial. */
    void evaluate(SyntheticWorld w, long seed, List<SimulatedCall> history, List<OpeValidation.Row> out) {
        SimulatedLog log = SimulatedLog.of(w, history);
        LocalDate mid = w.start().plusWeeks(Math.max(1, config.world().historyWeeks() / 2));
        List<List<LoggedDial>> halves = log.splitAt(mid);
        List<LoggedDial> eval = halves.get(1);
        if (eval.isEmpty()) {
            return;
        }
        List<SimulatedCall> firstHalf = history.stream().filter(c -> c.at().toLocalDate().isBefore(mid)).toList();
        double[][] q = evaluator.crossFit(eval);
        TargetPolicy loggerTarget = TargetPolicy.of(policies.logger(), seed);
        double[][] loggerDist = new double[eval.size()][];
        for (int i = 0; i < eval.size(); i++) {
            loggerDist[i] = loggerTarget.distribution(eval.get(i));
        }
        Map<String, SlotBelief> beliefs = new HashMap<>();
        for (ExperimentConfig.PolicySpec spec : config.policies()) {
            if (spec.learned()) {
                beliefs.computeIfAbsent(spec.model(), m -> training.belief(m, w, seed, firstHalf, null, null));
            }
        }
        for (ExperimentConfig.PolicySpec spec : config.policies()) {
            Policy p = policies.build(spec, beliefs, firstHalf, w);
            TargetPolicy target = TargetPolicy.of(p, seed);
            OpeResult r = evaluator.evaluate(eval, target, q, loggerDist);
            out.add(new OpeValidation.Row(seed, spec.label(), log.trueValue(eval, target), r));
        }
    }
}
