package org.reachlab.evaluation.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.stats.Estimate;

/**
 * Summaries over seeds: each policy's metrics as means with t intervals, the leaderboard order,
 * and the paired differences of each policy against each fixed rule on the same seeds.
 */
final class SeedSummaries {

    /** The metrics paired against the fixed rules. */
    private static final List<String> PAIRED = List.of("contact_rate", "expected_contact_rate", "mean_attempts",
            "reached_within_3", "reached_within_6", "meetings");

    private SeedSummaries() {
    }

    /** Per policy (in order of first appearance), each metric's mean and interval over seeds. */
    static Map<String, Map<Metric, Estimate>> summarise(List<RunMetrics> runs) {
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

    /** The leaderboard: highest mean contact rate first, ties by name. */
    static List<String> order(Map<String, Map<Metric, Estimate>> summary) {
        List<String> order = new ArrayList<>(summary.keySet());
        order.sort(Comparator.comparingDouble((String p) -> -summary.get(p).get(Metric.CONTACT_RATE).value())
                .thenComparing(p -> p));
        return order;
    }

    /** Per policy, per fixed rule other than itself, each paired metric's difference over seeds. */
    static Map<String, Map<String, Map<Metric, Estimate>>> pair(ExperimentConfig config, List<RunMetrics> runs) {
        List<String> fixedRules = config.policies().stream().filter(s -> !s.learned())
                .map(ExperimentConfig.PolicySpec::label).toList();
        Map<String, Map<Long, RunMetrics>> by = new LinkedHashMap<>();
        for (RunMetrics r : runs) {
            by.computeIfAbsent(r.policy(), x -> new LinkedHashMap<>()).put(r.seed(), r);
        }
        Map<String, Map<String, Map<Metric, Estimate>>> out = new LinkedHashMap<>();
        for (String p : by.keySet()) {
            Map<String, Map<Metric, Estimate>> vs = new LinkedHashMap<>();
            for (String rule : fixedRules) {
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
}
