package org.reachlab.evaluation.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.evaluation.ope.Estimator;
import org.reachlab.evaluation.ope.OpeValidation;
import org.reachlab.stats.Estimate;

/**
 * The decision of a simulated experiment: the challenger (the named one, or the best learned
 * policy), its paired uplift over the champion in the rule's metric, and the notes that explain
 * it (time to connect, the oracle's gap, the off-policy check on the logged history).
 */
final class PromotionDecision {

    private PromotionDecision() {
    }

    static Decision decide(ExperimentConfig config, List<RunMetrics> runs, Map<String, Map<Metric, Estimate>> summary,
                           List<OpeValidation.Row> ope) {
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
}
