package org.reachlab.evaluation.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.stats.Estimate;

/**
 * The ladder of an experiment on worlds: the contact rates of the team's rule (uniform 09-17), of
 * a rep who follows the notes by hand (the stated rule), of the best any learning pooled by
 * segment can do (the segment oracle), of each learned policy, and of the oracle. For each learned
 * policy, how much of the way up it climbs: its share of the oracle's gap closed,
 * {@code (learned - uniform) / (oracle - uniform)}, and its share of the segment oracle's uplift,
 * {@code (learned - uniform) / (segment oracle - uniform)} (above 1 when it knows individuals better
 * than any segment rule could). Shares are of the mean contact rates over seeds, NaN when the
 * top rung is not above the uniform rule.
 *
 * @param rungs    the rungs in ladder order: uniform, stated rule, segment oracle, the learned
 *                 policies best first, oracle (a rung the experiment did not run is left out)
 * @param warnings what makes the ladder doubtful
 */
public record Ladder(List<Rung> rungs, List<String> warnings) {

    public Ladder {
        rungs = List.copyOf(rungs);
        warnings = List.copyOf(warnings);
    }

    /** What a rung stands for. */
    public enum Role {
        /** The team's rule: an hour drawn uniformly from 09-17. */
        UNIFORM,
        /** The notes' stated windows followed by hand. */
        STATED_RULE,
        /** The oracle on each segment's mean truth. */
        SEGMENT_ORACLE,
        /** A learned policy. */
        LEARNED,
        /** The oracle on each contact's truth. */
        ORACLE;

        /** The key in metrics.json: lower case, words joined by '_'. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The label in reports. */
        public String label() {
            return switch (this) {
                case UNIFORM -> "uniform 09-17";
                case STATED_RULE -> "stated rule";
                case SEGMENT_ORACLE -> "segment oracle";
                case LEARNED -> "learned";
                case ORACLE -> "oracle";
            };
        }
    }

    /**
     * One rung.
     *
     * @param role               what it stands for
     * @param policy             the policy's name
     * @param contactRate        its contact rate, mean and 95% interval over seeds
     * @param oracleGapClosed    a learned policy's share of the oracle's gap closed (NaN for other rungs)
     * @param segmentUpliftShare a learned policy's share of the segment oracle's uplift (NaN for other rungs)
     */
    public record Rung(Role role, String policy, Estimate contactRate, double oracleGapClosed,
                       double segmentUpliftShare) {
    }

    /** {@code (value - base) / (top - base)}, or NaN when the top is not above the base. */
    public static double share(double value, double base, double top) {
        return top - base > 1e-12 ? (value - base) / (top - base) : Double.NaN;
    }

    /**
     * The ladder of an experiment's summary.
     *
     * @param config     the experiment (its uniform 09-17 rule and its learned policies)
     * @param summary    policy to metric to its interval over seeds, the reference policies included
     * @param order      the leaderboard, best first
     * @param statedRule the name of the stated rule's policy
     * @param segmentOracle the name of the segment oracle's policy
     * @param warnings   what the runs found doubtful
     */
    public static Ladder of(ExperimentConfig config, Map<String, Map<Metric, Estimate>> summary, List<String> order,
                            String statedRule, String segmentOracle, List<String> warnings) {
        List<String> notes = new ArrayList<>(warnings);
        String uniform = config.policies().stream()
                .filter(p -> p.policyType().name().equals("uniform") && (p.from() == null || p.from() == 9)
                        && (p.to() == null || p.to() == 17))
                .map(ExperimentConfig.PolicySpec::label).filter(summary::containsKey).findFirst().orElse(null);
        if (uniform == null) {
            notes.add("the experiment lists no uniform 09-17 policy, so the ladder has no base and no shares");
        }
        double base = rate(summary, uniform);
        double oracle = rate(summary, "oracle");
        double segment = rate(summary, segmentOracle);
        List<Rung> rungs = new ArrayList<>();
        add(rungs, summary, Role.UNIFORM, uniform, Double.NaN, Double.NaN);
        add(rungs, summary, Role.STATED_RULE, statedRule, Double.NaN, Double.NaN);
        add(rungs, summary, Role.SEGMENT_ORACLE, segmentOracle, Double.NaN, Double.NaN);
        for (String p : order) {
            boolean learned = config.policies().stream().anyMatch(s -> s.label().equals(p) && s.learned());
            if (learned) {
                double r = rate(summary, p);
                add(rungs, summary, Role.LEARNED, p, share(r, base, oracle), share(r, base, segment));
            }
        }
        add(rungs, summary, Role.ORACLE, "oracle", Double.NaN, Double.NaN);
        return new Ladder(rungs, notes);
    }

    private static void add(List<Rung> rungs, Map<String, Map<Metric, Estimate>> summary, Role role, String policy,
                            double gap, double uplift) {
        if (policy != null && summary.containsKey(policy)) {
            rungs.add(new Rung(role, policy, summary.get(policy).get(Metric.CONTACT_RATE), gap, uplift));
        }
    }

    private static double rate(Map<String, Map<Metric, Estimate>> summary, String policy) {
        return policy == null || !summary.containsKey(policy) ? Double.NaN
                : summary.get(policy).get(Metric.CONTACT_RATE).value();
    }

    /** The rung of a role (the best learned policy for {@link Role#LEARNED}), or null when absent. */
    public Rung rung(Role role) {
        return rungs.stream().filter(r -> r.role() == role).findFirst().orElse(null);
    }
}
