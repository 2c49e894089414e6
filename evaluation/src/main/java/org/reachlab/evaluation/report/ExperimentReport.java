package org.reachlab.evaluation.report;

import java.util.List;

/**
 * What the report of a simulated experiment shows, computed and formatted: the template
 * {@code experiment.mustache} only lays it out. Text from data is kept raw here and escaped by
 * the template; the fields ending in {@code Svg} are drawn charts, written as they are.
 *
 * @param csp            the page's content security policy
 * @param name           the experiment's name
 * @param seedCount      how many seeds
 * @param seeds          the seeds, as listed in the introduction
 * @param historyWeeks   weeks of logged history
 * @param weeks          weeks of the evaluation period
 * @param decision       the decision and the business view
 * @param leaderboard    one row per policy, best first
 * @param leaderboardSvg the contact rate by policy
 * @param overTimeSvg    the weekly expected contact rate per policy
 * @param attemptCap     the attempt cap of the time-to-connect curves
 * @param timeToConnectSvg the Kaplan-Meier curves
 * @param paired         the paired differences against each fixed rule
 * @param reliabilitySvgs the reliability diagrams (empty without a learned policy)
 * @param heatmaps       the slot heat maps (empty without a learned policy)
 * @param opeClip        the IPS weight clip
 * @param opeFolds       the reward model's contact folds
 * @param opeDiagnostics the OPE diagnostics per policy
 * @param opeWorlds      the worlds the estimators' errors are measured over
 * @param validationWorlds the validation worlds among them
 * @param opeErrors      the estimators' errors per policy and estimator
 * @param opeScatterSvg  estimate against truth, or null when there is no spread to draw
 * @param ablation       what each evidence source adds, or null without an evidence ablation
 * @param ladder         uniform 09-17, stated rule, segment oracle, each learned policy, oracle
 * @param ladderWarnings what makes the ladder doubtful
 */
public record ExperimentReport(String csp, String name, String seedCount, String seeds, String historyWeeks,
                               String weeks, DecisionView decision, List<LeaderRow> leaderboard, String leaderboardSvg,
                               String overTimeSvg, String attemptCap, String timeToConnectSvg, List<PairedRow> paired,
                               List<String> reliabilitySvgs, List<Heatmap> heatmaps, String opeClip, String opeFolds,
                               List<OpeRow> opeDiagnostics, String opeWorlds, String validationWorlds,
                               List<OpeErrorRow> opeErrors, String opeScatterSvg, Ablation ablation,
                               List<LadderRow> ladder, List<String> ladderWarnings) {

    /** Whether there is a reliability diagram to show. */
    public boolean hasReliability() {
        return !reliabilitySvgs.isEmpty();
    }

    /** Whether there is a heat map to show. */
    public boolean hasHeatmaps() {
        return !heatmaps.isEmpty();
    }

    /** A leaderboard row: means with their 95% intervals over seeds. */
    public record LeaderRow(String rank, String policy, String contactRate, String expectedContactRate,
                            String meanAttempts, String medianAttempts, String reachedWithin3, String reachedWithin6,
                            String meetings, String regret, String driftRecoveryDays, String violations) {
    }

    /**
     * A rung of the ladder: a learned policy's shares of the oracle's gap and of the segment oracle's
     * uplift, empty for the other rungs.
     */
    public record LadderRow(String rung, String policy, String contactRate, String oracleGapClosed,
                            String segmentUpliftShare) {
    }

    /** A policy minus a fixed rule on the same seeds. */
    public record PairedRow(String policy, String versus, String contactRate, String expectedContactRate,
                            String reachedWithin3, String reachedWithin6, String meanAttempts, String meetings) {
    }

    /** The heat maps of one sample contact: the truth, then each drawn policy's belief. */
    public record Heatmap(String contactId, String segment, String week, List<String> svgs) {
    }

    /** An OPE estimate with its half-width (1.96 standard errors), both formatted. */
    public record OpeCell(String value, String halfWidth) {
    }

    /** The OPE diagnostics of one policy, averaged over the experiment's seeds. */
    public record OpeRow(String policy, String truth, List<OpeCell> estimates, String essShare, String weights,
                         String clipped, String untriedMass, String warnings) {
    }

    /**
     * The evidence ablation.
     *
     * @param policy    the policy rerun without each source
     * @param seedCount the seeds the differences are paired over
     * @param oneSeed   whether there is only one seed, and so no interval
     * @param rows      one row per source removed
     */
    public record Ablation(String policy, String seedCount, boolean oneSeed, List<AblationRow> rows) {
    }

    /** One source: the policy's contact rate with and without it, and what it adds in points. */
    public record AblationRow(String source, String variant, String description, String with, String without,
                              String added) {
    }

    /** An estimator's error against the truth for one policy. */
    public record OpeErrorRow(String policy, String estimator, String bias, String rmse, String meanAbs,
                              String coverage, String warned, String worlds) {
    }
}
