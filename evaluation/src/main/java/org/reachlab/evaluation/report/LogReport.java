package org.reachlab.evaluation.report;

import java.util.List;

/**
 * What the report of an experiment on a call log shows, computed and formatted: the template
 * {@code log-experiment.mustache} only lays it out. Text from data is kept raw here and escaped
 * by the template; the fields ending in {@code Svg} are drawn charts, written as they are.
 *
 * @param csp             the page's content security policy
 * @param name            the experiment's name
 * @param logFile         the call log's file name
 * @param logSha256       the first twelve hex digits of the call log's SHA-256
 * @param contactsFile    the contacts file's name
 * @param dials           usable phone dials
 * @param loggingPolicies the logging policies the log names, comma-separated
 * @param first           first date of the log
 * @param last            last date of the log
 * @param rejected        rows the validation rejected
 * @param trainDials      dials before the split
 * @param split           first evaluated date
 * @param evalDials       dials from the split
 * @param evalContacts    contacts among the evaluated dials
 * @param decision        the decision and the business view
 * @param champion        the champion the uplifts are measured against
 * @param leaderboard     one row per policy, best first
 * @param leaderboardSvg  the estimated contact rate by policy
 * @param reliabilitySvgs the reliability diagrams of the models (empty without a model)
 * @param timeToConnect   time to connect under the logging policy, as logged
 * @param opeClip         the IPS weight clip
 * @param opeFolds        the reward model's contact folds
 * @param estimators      the estimators' column headings
 * @param diagnostics     the OPE diagnostics per policy
 * @param notComputed     what a call log cannot give, each with the reason
 * @param bootstrap       the bootstrap's resamples
 * @param seed            the bootstrap's seed
 */
public record LogReport(String csp, String name, String logFile, String logSha256, String contactsFile, String dials,
                        String loggingPolicies, String first, String last, String rejected, String trainDials,
                        String split, String evalDials, String evalContacts, DecisionView decision, String champion,
                        List<LeaderRow> leaderboard, String leaderboardSvg, List<String> reliabilitySvgs,
                        TimeToConnect timeToConnect, String opeClip, String opeFolds, List<String> estimators,
                        List<DiagnosticsRow> diagnostics, List<String> notComputed, String bootstrap, String seed) {

    /** Whether there is a reliability diagram to show. */
    public boolean hasReliability() {
        return !reliabilitySvgs.isEmpty();
    }

    /**
     * A leaderboard row.
     *
     * @param uplift    the uplift over the champion, or null for the champion itself
     * @param untrusted why the estimate is untrusted, or null when it is trusted
     */
    public record LeaderRow(String rank, String policy, String contactRate, String uplift, String logged,
                            String untrusted) {
    }

    /** The logging policy's time to connect, as logged (Kaplan-Meier). */
    public record TimeToConnect(String contacts, String cap, String median, String restrictedMean,
                                String reachedWithin3, String reachedWithin6) {
    }

    /** The OPE diagnostics of one policy. */
    public record DiagnosticsRow(String policy, List<String> estimates, String ess, String weights, String clipped,
                                 String untriedMass, String skipped, String warnings) {
    }
}
