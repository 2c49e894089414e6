package org.reachlab.evaluation.ope;

/**
 * How far an off-policy estimate can be trusted.
 *
 * @param dials              logged dials evaluated
 * @param skipped            logged dials the target would not have made (left out of every estimate)
 * @param ess                effective sample size of the importance weights, (sum w)^2 / sum w^2
 * @param essShare           ess / dials
 * @param weightP50          median importance weight
 * @param weightP90          90th percentile
 * @param weightP99          99th percentile
 * @param weightMax          largest weight
 * @param clippedShare       share of dials whose weight was clipped
 * @param untriedMass        mean target probability on (weekday, hour) slots with no logged dial at all
 * @param outsideSupportMass mean target probability on hours the logger gave no chance for that dial
 *                           (known only when the logger's full distribution is known; else NaN)
 */
public record Diagnostics(int dials, int skipped, double ess, double essShare, double weightP50, double weightP90,
                          double weightP99, double weightMax, double clippedShare, double untriedMass,
                          double outsideSupportMass) {
}
