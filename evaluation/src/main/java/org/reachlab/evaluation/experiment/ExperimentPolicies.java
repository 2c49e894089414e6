package org.reachlab.evaluation.experiment;

import java.util.List;
import java.util.Map;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.evaluation.simulation.SimulatedCall;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.learned.SlotBelief;

/** Builds an experiment's policies and its logging rule within the world's dialing rules. */
final class ExperimentPolicies {

    private final ExperimentConfig config;
    private final WorldConfig world;

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
        WorldConfig.Dialing rules = world.dialing();
        return Policies.build(spec, beliefs, hourlyRates(history), rules.earliest(), rules.latest());
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
