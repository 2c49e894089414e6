package org.reachlab.evaluation.ope;

import java.util.List;
import org.reachlab.data.domain.Outcome;
import org.reachlab.models.policy.learned.HierarchicalBetaBelief;
import org.reachlab.models.policy.learned.ObservedDial;
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
        return new Fitter() {
            @Override
            public RewardModel fit(List<LoggedDial> train) {
                SlotBelief b = new HierarchicalBetaBelief();
                for (LoggedDial d : train) {
                    b.observe(new ObservedDial(d.contactIndex(), d.context().contact(), d.local(),
                            d.local().atZone(d.context().contact().zone()).toInstant(), d.reward() > 0 ? Outcome.CONNECTED : Outcome.NO_ANSWER));
                }
                return d -> b.mean(d.context(), d.local().toLocalDate());
            }

            @Override
            public String name() {
                return "beta_online";
            }
        };
    }
}
