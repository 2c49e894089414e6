package org.reachlab.evaluation.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reachlab.evaluation.ope.LogEvaluation;
import org.reachlab.stats.Estimate;

/**
 * The decision of an experiment on a call log: the challenger (the named one, or the learned
 * policy with the best estimate), its bootstrap uplift over the champion, the trust problems of
 * both estimates (which refuse a promotion), and the notes that explain it.
 */
final class OffPolicyDecision {

    private OffPolicyDecision() {
    }

    static Decision decide(ExperimentConfig config, Map<String, LogExperimentResult.PolicyEstimate> estimates,
                           LogEvaluation.Split split, List<String> loggers) {
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
}
