package org.reachlab.evaluation.experiment;

import java.util.List;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.evaluation.simulation.SimulatedCall;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.policy.learned.SlotBelief;

/**
 * A learned policy's belief trained on a simulated history the way an experiment trains it (the
 * model on the history and the notes' stated preferences written before it ended), for runs
 * outside an experiment such as a simulated pilot.
 */
public final class HistoryBeliefs {

    private HistoryBeliefs() {
    }

    /**
     * The belief of a model trained on a world's history.
     *
     * @param model   {@code beta_online} or a family of the standard model registry
     * @throws IllegalArgumentException for an unknown model
     */
    public static SlotBelief train(String model, SyntheticWorld world, long seed, List<SimulatedCall> history) {
        ModelRegistry registry = ModelRegistry.standard();
        if (registry.find(model).isEmpty()) {
            throw new IllegalArgumentException("unknown model '" + model + "' (expected one of "
                    + String.join(", ", registry.names()) + ")");
        }
        return new ModelTraining(registry).belief(model, world, seed, history, null, null);
    }
}
