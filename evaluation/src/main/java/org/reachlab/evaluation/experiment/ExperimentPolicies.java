package org.reachlab.evaluation.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.evaluation.simulation.SimulatedCall;
import org.reachlab.evaluation.simulation.Simulator;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.learned.SlotBelief;
import org.reachlab.models.policy.registry.PolicyInputs;
import org.reachlab.models.policy.registry.PolicySettings;
import org.reachlab.pipeline.NotePreferences;
import org.reachlab.signals.extract.SignalExtractor;

/**
 * Builds an experiment's policies and its logging rule within the world's dialing rules, and the
 * reference policies every experiment on worlds runs beside the oracle: the segment oracle and,
 * unless the experiment lists one, the stated rule.
 */
final class ExperimentPolicies {

    /** The policy type of the stated rule. */
    static final String STATED_RULE = "stated-rule";
    /** The policy type of the segment oracle. */
    static final String SEGMENT_ORACLE = "segment-oracle";
    /** The name of the segment oracle's policy. */
    static final String SEGMENT_ORACLE_NAME = org.reachlab.models.policy.types.SegmentOracleType.POLICY_NAME;
    /** The name of the stated rule run beside the oracle. */
    static final String STATED_RULE_NAME = "stated_rule";

    private final ExperimentConfig config;
    private final WorldConfig world;
    /** Each world's notes read as stated preferences with their dates, by world seed. */
    private final Map<Long, NotePreferences.Result> stated = new ConcurrentHashMap<>();

    ExperimentPolicies(ExperimentConfig config, WorldConfig world) {
        this.config = config;
        this.world = world;
    }

    /** The logging rule, with no history to learn a best hour from. */
    Policy logger() {
        return Policies.logger(config.logging(), hourlyRates(null));
    }

    /** The configured policy, learned ones on their model's belief; best-hour from the history's rates. */
    Policy build(ExperimentConfig.PolicySpec spec, Map<String, SlotBelief> beliefs, List<SimulatedCall> history) {
        return build(spec, beliefs, history, null);
    }

    /** The configured policy, a stated rule on the world's notes. */
    Policy build(ExperimentConfig.PolicySpec spec, Map<String, SlotBelief> beliefs, List<SimulatedCall> history,
                 SyntheticWorld w) {
        WorldConfig.Dialing rules = world.dialing();
        StatedPreferences s = w != null && spec.policyType().name().equals(STATED_RULE) ? stated(w).preferences()
                : null;
        return Policies.build(spec, beliefs, hourlyRates(history), rules.earliest(), rules.latest(), s);
    }

    /** The segment oracle of a seed's world: the oracle's choices on each segment's mean truth. */
    Policy segmentOracle(Simulator sim) {
        WorldConfig.Dialing rules = world.dialing();
        return Policies.type(SEGMENT_ORACLE).create(PolicySettings.defaults(),
                PolicyInputs.ofHours(rules.earliest(), rules.latest()).withSegmentTruth(sim.segmentTruth()));
    }

    /** True when the experiment lists a stated rule of its own (then no other is run). */
    boolean listsStatedRule() {
        return config.policies().stream().anyMatch(p -> p.policyType().name().equals(STATED_RULE));
    }

    /** The label of the experiment's stated rule: the one it lists, or the one run beside the oracle. */
    String statedRuleLabel() {
        return config.policies().stream().filter(p -> p.policyType().name().equals(STATED_RULE))
                .map(ExperimentConfig.PolicySpec::label).findFirst().orElse(STATED_RULE_NAME);
    }

    /** The stated rule run beside the oracle on a world's notes, at its defaults. */
    Policy statedRule(SyntheticWorld w) {
        WorldConfig.Dialing rules = world.dialing();
        return Policies.type(STATED_RULE).create(PolicySettings.defaults(),
                PolicyInputs.ofHours(rules.earliest(), rules.latest()).withStated(stated(w).preferences()));
    }

    /**
     * What the contacts of a world said in all its notes, each preference with the date it was
     * written, so that a stated rule reads on each day only the notes written before it.
     */
    NotePreferences.Result stated(SyntheticWorld w) {
        // one runner generates every world from its own world config, so the seed names the world
        return stated.computeIfAbsent(w.seed(), k -> {
            Map<String, Contact> contacts = new LinkedHashMap<>();
            for (Contact c : w.contacts()) {
                contacts.put(c.id(), c);
            }
            return NotePreferences.timeline(w.notes(), contacts, SignalExtractor.shared());
        });
    }

    /** Pooled connect rate by local hour of a history (0 where nothing was dialled). */
    static double[] hourlyRates(List<SimulatedCall> history) {
        double[] n = new double[24];
        double[] k = new double[24];
        if (history != null) {
            for (SimulatedCall c : history) {
                int h = c.at().getHour();
                n[h]++;
                k[h] += c.result().outcome().isContact() ? 1 : 0;
            }
        }
        double[] r = new double[24];
        for (int h = 0; h < 24; h++) {
            r[h] = n[h] == 0 ? 0 : k[h] / n[h];
        }
        return r;
    }
}
