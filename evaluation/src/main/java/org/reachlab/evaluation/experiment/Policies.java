package org.reachlab.evaluation.experiment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reachlab.models.policy.DayContext;
import org.reachlab.models.policy.Dial;
import org.reachlab.models.policy.FixedHourPolicy;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.SlotRotationPolicy;
import org.reachlab.models.policy.WindowPolicy;
import org.reachlab.models.policy.learned.EpsilonGreedyPolicy;
import org.reachlab.models.policy.learned.GreedyPolicy;
import org.reachlab.models.policy.learned.ModelBelief;
import org.reachlab.models.policy.learned.SlotBelief;
import org.reachlab.models.policy.learned.ThompsonPolicy;

/**
 * Builds the scheduling policy a {@link ExperimentConfig.PolicySpec} names, for a simulation or
 * for off-policy evaluation on a log.
 */
public final class Policies {

    /** The types a policy may have. */
    public static final List<String> TYPES = List.of("uniform", "rotation", "best-hour", "greedy", "epsilon-greedy",
            "thompson");

    private Policies() {
    }

    /**
     * The policy of a spec.
     *
     * @param spec     the policy's settings
     * @param beliefs  trained beliefs by model name (a learned policy gets a copy of its model's)
     * @param hourly   pooled connect rate by local hour of the training data (for best-hour)
     * @param earliest first allowed local hour, the default window start of learned policies
     * @param latest   end of the allowed local hours, the default window end
     * @throws ExperimentConfigException for an unknown type, or Thompson sampling on a model with no posterior
     */
    public static Policy build(ExperimentConfig.PolicySpec spec, Map<String, SlotBelief> beliefs, double[] hourly,
                               int earliest, int latest) {
        if (!spec.learned()) {
            Policy p = fixed(spec.type(), hourly);
            return spec.name() == null ? p : renamed(p, spec.name());
        }
        SlotBelief b = beliefs.get(spec.model()).copy();
        double floor = spec.minExploration() == null ? 0.01 : spec.minExploration();
        int from = spec.from() == null ? earliest : spec.from();
        int to = spec.to() == null ? latest : spec.to();
        return switch (spec.type().toLowerCase(Locale.ROOT)) {
            case "greedy" -> new GreedyPolicy(spec.label(), b, floor, from, to);
            case "epsilon-greedy" -> new EpsilonGreedyPolicy(spec.label(), b,
                    spec.epsilon() == null ? 0.1 : spec.epsilon(), floor, from, to);
            case "thompson" -> {
                if (b instanceof ModelBelief mb && !mb.samples()) {
                    throw new ExperimentConfigException("policy '" + spec.label() + "': model " + spec.model()
                            + " has no posterior to sample; Thompson sampling needs beta_online or bayes");
                }
                yield new ThompsonPolicy(spec.label(), b, spec.draws() == null ? 32 : spec.draws(), floor, from, to,
                        "mean".equals(spec.rank()));
            }
            default -> throw new ExperimentConfigException("unknown policy type '" + spec.type() + "'");
        };
    }

    /** A fixed rule: uniform or rotation over 09-17, or the best 09-17 hour of the pooled hourly rates. */
    public static Policy fixed(String type, double[] hourly) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "uniform" -> WindowPolicy.nineToFive();
            case "rotation" -> SlotRotationPolicy.nineToFive();
            case "best-hour" -> FixedHourPolicy.globallyBest(hourly, 9, 17);
            default -> throw new ExperimentConfigException("unknown policy type '" + type
                    + "' (expected " + String.join(", ", TYPES) + ")");
        };
    }

    private static Policy renamed(Policy p, String name) {
        return new Policy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Dial> plan(DayContext day) {
                return p.plan(day);
            }
        };
    }
}
