package org.reachlab.evaluation.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.reachlab.evaluation.experiment.KaplanMeier;
import org.reachlab.evaluation.experiment.LogExperimentResult;
import org.reachlab.evaluation.ope.Estimator;
import org.reachlab.stats.Estimate;

/** Computes the {@link LogReport} of an experiment on a call log: every number and chart the page shows. */
final class LogReportBuilder {

    static final String RULE_EXTRA = ", estimated off-policy with a bootstrap interval over contacts, and only when"
            + " the diagnostics of both estimates raise no trust problem (effective sample size, mass on never-tried"
            + " slots, clipped weights)";

    private LogReportBuilder() {
    }

    static LogReport build(LogExperimentResult r) {
        var l = r.log();
        var c = r.config();
        String champion = r.decision().champion();
        return new LogReport(ReportWriter.CSP, c.name(), Path.of(l.logFile()).getFileName().toString(),
                l.logSha256().substring(0, 12), Path.of(l.contactsFile()).getFileName().toString(),
                String.valueOf(l.dials()), String.join(", ", l.loggingPolicies()), String.valueOf(l.first()),
                String.valueOf(l.last()), String.valueOf(l.rejected()), String.valueOf(l.trainDials()),
                String.valueOf(l.split()), String.valueOf(l.evalDials()), String.valueOf(l.evalContacts()),
                DecisionView.of(r.decision(), r.business(), c.business(), RULE_EXTRA), champion, leaderboard(r),
                leaderboardSvg(r), ReliabilityPanels.svgs(r.reliability()), timeToConnect(r.loggedTimeToConnect()),
                Formats.f("%.0f", c.ope().clip()), String.valueOf(c.ope().folds()),
                Arrays.stream(Estimator.values()).map(e -> e.code().toUpperCase(Locale.ROOT)).toList(),
                diagnostics(r), LogExperimentResult.NOT_COMPUTED, String.valueOf(c.ope().bootstrap()),
                String.valueOf(r.seed()));
    }

    private static String interval(Estimate i) {
        return Double.isNaN(i.lo()) ? Formats.pct(i.value())
                : Formats.f("%.1f%% [%.1f, %.1f]", 100 * i.value(), 100 * i.lo(), 100 * i.hi());
    }

    private static String intervalPoints(Estimate i) {
        if (i == null) {
            return null;
        }
        return Double.isNaN(i.lo()) ? Formats.pts(i.value())
                : Formats.f("%+.2f [%+.2f, %+.2f]", 100 * i.value(), 100 * i.lo(), 100 * i.hi());
    }

    private static List<LogReport.LeaderRow> leaderboard(LogExperimentResult r) {
        List<LogReport.LeaderRow> rows = new ArrayList<>();
        int k = 0;
        for (String p : r.policies()) {
            LogExperimentResult.PolicyEstimate e = r.estimates().get(p);
            rows.add(new LogReport.LeaderRow(String.valueOf(++k), p, interval(e.contactRate()),
                    intervalPoints(e.uplift()), Formats.pct(e.ope().loggedRate()),
                    e.untrustworthy().isEmpty() ? null : String.join("; ", e.untrustworthy())));
        }
        return rows;
    }

    private static String leaderboardSvg(LogExperimentResult r) {
        int n = r.policies().size();
        double max = 0;
        for (String p : r.policies()) {
            Estimate i = r.estimates().get(p).contactRate();
            max = Math.max(max, Double.isNaN(i.hi()) ? i.value() : i.hi());
        }
        double[] ticks = new double[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            ticks[i] = i;
            labels[i] = r.policies().get(i);
        }
        double logged = r.estimates().get(r.decision().champion()).ope().loggedRate();
        Chart c = new Chart("Estimated contact rate by policy (doubly robust, 95% bootstrap interval; dashed: as"
                + " logged)", -0.6, n - 0.4, 0, Math.ceil(Math.max(max, logged) * 20) / 20, "policy",
                "connects per dial", 900, 380).xTicks(ticks, labels).rotateTicks();
        for (int i = 0; i < n; i++) {
            Estimate iv = r.estimates().get(r.policies().get(i)).contactRate();
            c.bar(i, 0.3, iv.value(), Chart.PALETTE[i % Chart.PALETTE.length]);
            c.errorBar(i, iv.lo(), iv.hi(), "#222");
        }
        c.hline(logged, "#999");
        return c.svg();
    }

    private static LogReport.TimeToConnect timeToConnect(KaplanMeier km) {
        return new LogReport.TimeToConnect(String.valueOf(km.atRisk()[0]), String.valueOf(km.cap()),
                Double.isNaN(km.median()) ? "beyond the cap" : String.valueOf((int) km.median()),
                Formats.f("%.2f", km.restrictedMean()), Formats.pct(km.reachedWithin(3)),
                Formats.pct(km.reachedWithin(6)));
    }

    private static List<LogReport.DiagnosticsRow> diagnostics(LogExperimentResult r) {
        List<LogReport.DiagnosticsRow> rows = new ArrayList<>();
        for (String p : r.policies()) {
            var o = r.estimates().get(p).ope();
            var d = o.diagnostics();
            List<String> estimates = new ArrayList<>();
            for (Estimator e : Estimator.values()) {
                Estimate x = o.estimates().get(e);
                estimates.add(Double.isNaN(x.se()) ? Formats.pct(x.value())
                        : Formats.f("%.1f%% [%.1f, %.1f]", 100 * x.value(), 100 * x.lo(), 100 * x.hi()));
            }
            rows.add(new LogReport.DiagnosticsRow(p, estimates, Formats.f("%.0f (%.1f%%)", d.ess(), 100 * d.essShare()),
                    Formats.f("%.2f / %.2f / %.2f / %.1f", d.weightP50(), d.weightP90(), d.weightP99(), d.weightMax()),
                    Formats.pct(d.clippedShare()), Formats.pct(d.untriedMass()), String.valueOf(d.skipped()),
                    o.warnings().isEmpty() ? "none" : String.join("; ", o.warnings())));
        }
        return rows;
    }
}
