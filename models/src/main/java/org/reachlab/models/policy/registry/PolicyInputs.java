package org.reachlab.models.policy.registry;

import org.reachlab.models.StatedPreferences;
import org.reachlab.models.policy.TrueReach;
import org.reachlab.models.policy.learned.SlotBelief;

/**
 * What a run gives the policies it builds. A type that needs an input the run does not have
 * fails with a message naming it.
 *
 * @param belief      the trained belief a learned policy acts on; the policy gets its own
 *                    {@link SlotBelief#copy()}, so one belief serves several policies (or null)
 * @param hourlyRates pooled connect rate by local hour 0-23 of the history (for best-hour), or null
 * @param earliest    first local hour the dialing rules allow (default window start of learned policies)
 * @param latest      end (exclusive) of the allowed local hours (default window end of learned policies)
 * @param truth       the true connect probabilities (for the oracle), or null
 * @param segmentTruth the true connect probabilities of each contact's segment, the mean over its
 *                     contacts (for the segment oracle), or null
 * @param stated      what the contacts said in their notes about when to call (for the stated rule),
 *                    each preference with when it became known, or null when the run has no notes
 */
public record PolicyInputs(SlotBelief belief, double[] hourlyRates, int earliest, int latest, TrueReach truth,
                           TrueReach segmentTruth, StatedPreferences stated) {

    public PolicyInputs {
        if (earliest < 0 || latest > 24 || earliest >= latest) {
            throw new IllegalArgumentException("allowed hours need 0 <= earliest < latest <= 24, received earliest="
                    + earliest + " latest=" + latest);
        }
        if (hourlyRates != null && hourlyRates.length != 24) {
            throw new IllegalArgumentException("hourlyRates must have 24 values, received " + hourlyRates.length);
        }
    }

    /** Inputs without a segment truth or stated preferences. */
    public PolicyInputs(SlotBelief belief, double[] hourlyRates, int earliest, int latest, TrueReach truth) {
        this(belief, hourlyRates, earliest, latest, truth, null, null);
    }

    /** Inputs with only the allowed hours: enough for the rules that need no history, model or truth. */
    public static PolicyInputs ofHours(int earliest, int latest) {
        return new PolicyInputs(null, null, earliest, latest, null);
    }

    /** The same inputs with a belief. */
    public PolicyInputs withBelief(SlotBelief b) {
        return new PolicyInputs(b, hourlyRates, earliest, latest, truth, segmentTruth, stated);
    }

    /** The same inputs with the history's pooled hourly rates. */
    public PolicyInputs withHourlyRates(double[] rates) {
        return new PolicyInputs(belief, rates, earliest, latest, truth, segmentTruth, stated);
    }

    /** The same inputs with the truth. */
    public PolicyInputs withTruth(TrueReach t) {
        return new PolicyInputs(belief, hourlyRates, earliest, latest, t, segmentTruth, stated);
    }

    /** The same inputs with the segments' truth. */
    public PolicyInputs withSegmentTruth(TrueReach t) {
        return new PolicyInputs(belief, hourlyRates, earliest, latest, truth, t, stated);
    }

    /** The same inputs with the contacts' stated preferences. */
    public PolicyInputs withStated(StatedPreferences s) {
        return new PolicyInputs(belief, hourlyRates, earliest, latest, truth, segmentTruth, s);
    }

    /** The belief; an exception naming the policy type when there is none. */
    public SlotBelief requireBelief(String type) {
        if (belief == null) {
            throw new IllegalArgumentException("policy type '" + type + "' needs a trained model, and none was given");
        }
        return belief;
    }

    /** The hourly rates; an exception naming the policy type when there are none. */
    public double[] requireHourlyRates(String type) {
        if (hourlyRates == null) {
            throw new IllegalArgumentException("policy type '" + type
                    + "' needs the pooled hourly connect rates of a history, and none were given");
        }
        return hourlyRates;
    }

    /** The truth; an exception naming the policy type when there is none. */
    public TrueReach requireTruth(String type) {
        if (truth == null) {
            throw new IllegalArgumentException("policy type '" + type
                    + "' needs the true connect probabilities, which only a synthetic world has");
        }
        return truth;
    }

    /** The segments' truth; an exception naming the policy type when there is none. */
    public TrueReach requireSegmentTruth(String type) {
        if (segmentTruth == null) {
            throw new IllegalArgumentException("policy type '" + type
                    + "' needs the true connect probabilities of each segment, which only a synthetic world has");
        }
        return segmentTruth;
    }
}
