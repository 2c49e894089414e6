package org.reachlab.evaluation.ope;

import java.util.List;
import java.util.Map;
import org.reachlab.stats.Estimate;

/**
 * The off-policy evaluation of one target policy on one log.
 *
 * @param policy      the target's name
 * @param loggedRate  the logger's own contact rate on the evaluated dials
 * @param estimates   the estimates by estimator
 * @param diagnostics the diagnostics
 * @param warnings    why the estimates may not be trusted; empty when nothing was found
 */
public record OpeResult(String policy, double loggedRate, Map<Estimator, Estimate> estimates,
                        Diagnostics diagnostics, List<String> warnings) {

    /** True when there is no warning. */
    public boolean trusted() {
        return warnings.isEmpty();
    }
}
