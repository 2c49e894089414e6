package org.reachlab.evaluation.experiment;

import java.util.List;
import java.util.Map;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.evaluation.ope.OpeValidation;
import org.reachlab.stats.Estimate;

/**
 * Everything an experiment produced.
 *
 * @param config        the effective experiment
 * @param policies      policy names in leaderboard order (best mean contact rate first), oracle included
 * @param runs          one entry per policy and seed
 * @param summary       policy to metric to mean and 95% interval over seeds
 * @param paired        policy to fixed rule to metric to the paired difference (policy - rule)
 * @param decision      the promotion decision
 * @param business      the business view of the decision's uplift
 * @param ope           OPE of each policy on each seed's logged history, with the true value
 * @param opeSummary    the estimators' errors against the truth, by policy and estimator
 * @param heatmaps      true and learned slot grids of sample contacts
 * @param reliability   per learned policy, reliability bins of its predictions made before each dial
 * @param ablation      what each evidence source adds to the ablated policy, or null without an ablation
 * @param ladder        uniform 09-17, stated rule, segment oracle, the learned policies and the oracle
 * @param seconds       wall time
 */
public record ExperimentResult(ExperimentConfig config, List<String> policies, List<RunMetrics> runs,
                               Map<String, Map<Metric, Estimate>> summary,
                               Map<String, Map<String, Map<Metric, Estimate>>> paired, Decision decision,
                               BusinessView business, List<OpeValidation.Row> ope,
                               List<OpeValidation.Summary> opeSummary, List<Heatmap> heatmaps,
                               Map<String, List<ReliabilityBin>> reliability, AblationResult ablation,
                               Ladder ladder, double seconds) {

    /**
     * True and learned connect probabilities of one contact by weekday (Monday = 0) and local hour.
     *
     * @param contactId the contact
     * @param segment   its industry and role
     * @param week      the Monday of the week drawn
     * @param truth     [7][24] true probabilities (NaN where calls are not allowed)
     * @param learned   per learned policy (the challenger, then the best of each other model), [7][24]
     *                  believed probabilities at the end of its run
     */
    public record Heatmap(String contactId, String segment, String week, double[][] truth,
                          Map<String, double[][]> learned) {
    }

    /**
     * One bin of a reliability diagram.
     *
     * @param from      lower edge of predicted probability
     * @param to        upper edge
     * @param predicted mean predicted probability in the bin
     * @param observed  observed connect rate in the bin
     * @param count     dials in the bin
     */
    public record ReliabilityBin(double from, double to, double predicted, double observed, long count) {
    }
}
