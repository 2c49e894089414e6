package org.reachlab.evaluation.experiment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.reachlab.evaluation.ope.OpeResult;
import org.reachlab.stats.Estimate;

/**
 * What an experiment on the user's own call log produced. There is no simulator, so no ground
 * truth: every contact rate is an off-policy estimate on the logged contacts and days.
 *
 * @param config      the effective experiment (data mode)
 * @param log         what was read and how it was split
 * @param policies    policy names in leaderboard order (best doubly robust estimate first)
 * @param estimates   each policy's evaluation, by name
 * @param decision    the promotion decision
 * @param business    the business view of the decision's uplift
 * @param reliability per model, reliability bins of its belief (trained before the split) on the evaluated dials
 * @param loggedTimeToConnect attempts from each contact's first logged dial to its first connect under the
 *                    logging policy, as logged (Kaplan-Meier, censored at the contact's last dial or the cap)
 * @param seed        the seed of the targets' randomness and of the bootstrap (the first of the experiment's seeds)
 * @param seconds     wall time
 */
public record LogExperimentResult(ExperimentConfig config, LogSummary log, List<String> policies,
                                  Map<String, PolicyEstimate> estimates, Decision decision, BusinessView business,
                                  Map<String, List<ExperimentResult.ReliabilityBin>> reliability,
                                  KaplanMeier loggedTimeToConnect, long seed, double seconds) {

    /** What an experiment on a call log cannot compute, each with the reason, as the report says it. */
    public static final List<String> NOT_COMPUTED = List.of(
            "oracle and regret: the best possible policy needs every contact's true connect probability, which only"
                    + " a simulated world has",
            "estimator error against the truth (bias, RMSE, interval coverage): there is no truth to compare with;"
                    + " run the same policies on a generated world to measure it",
            "time to connect and contact rate over time per policy: a policy's sequence of attempts to a contact"
                    + " depends on its own earlier outcomes, which the log only has for the logging policy; off-policy"
                    + " evaluation estimates the contact rate per dial on the logged contacts and days",
            "online learning: policies are frozen after training on the dials before the split",
            "slot heat maps true versus learned and days to recover after a routine change: both need the"
                    + " contacts' true profiles");

    /**
     * The log as read.
     *
     * @param logFile          the call log
     * @param contactsFile     the contacts file
     * @param logSha256        SHA-256 of the call log
     * @param contactsSha256   SHA-256 of the contacts file
     * @param dials            usable phone dials
     * @param rejected         rows the validation rejected (left out)
     * @param loggingPolicies  the logging policies the log names
     * @param first            first local date of the log
     * @param last             last local date
     * @param split            first evaluated date
     * @param trainDials       dials before the split (training data of the learned policies)
     * @param evalDials        dials from the split (the off-policy evaluation's log)
     * @param evalContacts     contacts among the evaluated dials (the bootstrap's units)
     */
    public record LogSummary(String logFile, String contactsFile, String logSha256, String contactsSha256, int dials,
                             int rejected, List<String> loggingPolicies, LocalDate first, LocalDate last,
                             LocalDate split, int trainDials, int evalDials, int evalContacts) {
    }

    /**
     * One policy's off-policy evaluation on the dials from the split.
     *
     * @param policy         the policy
     * @param ope            every estimator with its normal interval, the diagnostics and the warnings
     * @param contactRate    the doubly robust estimate with its 95% bootstrap interval by contact
     * @param uplift         this policy minus the champion, paired within every bootstrap resample
     * @param untrustworthy  diagnostics that make the estimate unreliable (empty when none)
     */
    public record PolicyEstimate(String policy, OpeResult ope, Estimate contactRate, Estimate uplift,
                                 List<String> untrustworthy) {
    }
}
