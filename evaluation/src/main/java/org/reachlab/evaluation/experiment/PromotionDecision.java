package org.reachlab.evaluation.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reachlab.evaluation.ope.Estimator;
import org.reachlab.evaluation.ope.OpeValidation;

/**
 * The decision of a simulated experiment: the challenger (the named one, or the best learned
 * policy), its paired uplift over the champion in the rule's metric, and the notes that explain
 * it (time to connect, the oracle's gap, the off-policy check on the logged history).
 */
final class PromotionDecision {

    private PromotionDecision() {
    }

    static Decision decide(ExperimentConfig config, List<RunMetrics> runs, Map<String, Map<String, Interval>> summary,
                           List<OpeValidation.Row> ope) {
        ExperimentConfig.Promotion rule = config.promotion();
        String challenger = rule.challenger();
        if ("best".equals(challenger)) {
            challenger = config.policies().stream().filter(ExperimentConfig.PolicySpec::learned)
                    .map(ExperimentConfig.PolicySpec::label)
                    .max(Comparator.comparingDouble((String p) -> summary.get(p).get(rule.metric()).mean())
                            .thenComparing(Comparator.reverseOrder()))
                    .orElse(rule.champion());
        }
        String champion = rule.champion();
        Interval uplift;
        if (challenger.equals(champion)) {
            uplift = Interval.of(new double[config.seeds().size()]);
        } else {
            Map<Long, Double> ch = new HashMap<>();
            Map<Long, Double> cp = new HashMap<>();
            for (RunMetrics r : runs) {
                if (r.policy().equals(challenger)) {
                    ch.put(r.seed(), r.metric(rule.metric()));
                } else if (r.policy().equals(champion)) {
                    cp.put(r.seed(), r.metric(rule.metric()));
                }
            }
            uplift = Interval.of(config.seeds().stream().mapToDouble(s -> ch.get(s) - cp.get(s)).toArray());
        }
        final String ch = challenger;
        long violations = runs.stream().filter(r -> r.policy().equals(ch)).mapToLong(RunMetrics::violations).sum();
        List<String> notes = new ArrayList<>();
        Map<String, Interval> cs = summary.get(challenger);
        Map<String, Interval> ps = summary.get(champion);
        notes.add(String.format(Locale.ROOT, "time to connect: %s needs %.2f attempts on average (capped at %d), %s %.2f;"
                + " %.1f%% vs %.1f%% of dialled contacts reached within 3 attempts", challenger,
                cs.get("mean_attempts").mean(), config.attemptCap(), champion, ps.get("mean_attempts").mean(),
                100 * cs.get("reached_within_3").mean(), 100 * ps.get("reached_within_3").mean()));
        Interval oracleGap = summary.get("oracle").get("contact_rate");
        double closed = 100 * (cs.get("contact_rate").mean() - ps.get("contact_rate").mean())
                / Math.max(1e-9, oracleGap.mean() - ps.get("contact_rate").mean());
        notes.add(closed >= 0.5
                ? String.format(Locale.ROOT, "the oracle reaches %.1f%%: %s closes %.0f%% of the champion's gap to it",
                        100 * oracleGap.mean(), challenger, closed)
                : String.format(Locale.ROOT, "the oracle reaches %.1f%%: %s does not close any of the champion's gap"
                        + " to it", 100 * oracleGap.mean(), challenger));
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
        return Decision.decide(champion, challenger, rule.metric(), uplift, rule.minUplift(), violations, notes);
    }
}
