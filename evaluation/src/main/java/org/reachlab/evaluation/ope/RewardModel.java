package org.reachlab.evaluation.ope;

import java.util.List;
import org.reachlab.models.policy.learned.HierarchicalBetaBelief;
import org.reachlab.models.policy.learned.SlotBelief;

/** A model of the connect probability of each local hour for a logged dial's contact and day. */
public interface RewardModel {

    /** Predicted connect probability of each local hour 0-23. */
    double[] predict(LoggedDial dial);

    /** Fits a reward model on training dials. */
    @FunctionalInterface
    interface Fitter {
        /** The model fitted on these dials. */
        RewardModel fit(List<LoggedDial> train);

        /** A short name for reports. */
        default String name() {
            return getClass().getSimpleName();
        }
    }

    /**
     * The default fitter: an empirical-Bayes belief by hour, segment and contact
     * ({@link HierarchicalBetaBelief}) fed with the training dials.
     */
    static Fitter hierarchicalBeta() {
        return of(new HierarchicalBetaBelief());
    }

    /**
     * A fitter that feeds a fresh {@link SlotBelief#copy() copy} of a belief with the training dials
     * and predicts its means: the same view of connect probability by local hour that the learned
     * policies act on.
     *
     * @param prototype a belief that has learned nothing the evaluated dials could leak into
     */
    static Fitter of(SlotBelief prototype) {
        return new Fitter() {
            @Override
            public RewardModel fit(List<LoggedDial> train) {
                SlotBelief b = prototype.copy();
                for (LoggedDial d : train) {
                    b.observe(d.observed());
                }
                return d -> b.mean(d.context(), d.local().toLocalDate());
            }

            @Override
            public String name() {
                return prototype.name();
            }
        };
    }
}
