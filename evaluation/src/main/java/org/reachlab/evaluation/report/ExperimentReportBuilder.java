package org.reachlab.evaluation.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.reachlab.evaluation.experiment.ExperimentResult;
import org.reachlab.evaluation.experiment.Ladder;
import org.reachlab.evaluation.experiment.RunMetrics;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.evaluation.ope.Estimator;
import org.reachlab.evaluation.ope.OpeValidation;
import org.reachlab.stats.Estimate;

/** Computes the {@link ExperimentReport} of a simulated experiment: every number and chart the page shows. */
final class ExperimentReportBuilder {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private ExperimentReportBuilder() {
    }

    static ExperimentReport build(ExperimentResult r) {
        var c = r.config();
        List<ExperimentReport.OpeErrorRow> errors = r.opeSummary().stream().map(s -> new ExperimentReport.OpeErrorRow(
                s.target(), s.estimator().code(), Formats.pts(s.bias()), Formats.f("%.2f", 100 * s.rmse()),
                Formats.f("%.2f", 100 * s.meanAbs()), Formats.pct(s.coverage()), Formats.pct(s.warned()),
                String.valueOf(s.seeds()))).toList();
        return new ExperimentReport(ReportWriter.CSP, c.name(), String.valueOf(c.seeds().size()),
                String.valueOf(c.seeds()), String.valueOf(c.world().historyWeeks()), String.valueOf(c.world().weeks()),
                DecisionView.of(r.decision(), r.business(), c.business(), ""), leaderboard(r), leaderboardSvg(r),
                overTimeSvg(r), String.valueOf(c.attemptCap()), timeToConnectSvg(r), paired(r),
                ReliabilityPanels.svgs(r.reliability()), heatmaps(r), Formats.f("%.0f", c.ope().clip()),
                String.valueOf(c.ope().folds()), opeDiagnostics(r),
                String.valueOf(c.seeds().size() + c.ope().validationSeeds().size()),
                String.valueOf(c.ope().validationSeeds().size()), errors, opeScatterSvg(r), ablation(r), ladder(r),
                r.ladder().warnings());
    }

    private static ExperimentReport.Ablation ablation(ExperimentResult r) {
        if (r.ablation() == null) {
            return null;
        }
        List<ExperimentReport.AblationRow> rows = r.ablation().sources().stream()
                .map(e -> new ExperimentReport.AblationRow(e.source(), e.variant(), e.description(),
                        Formats.interval(e.with(), true), Formats.interval(e.without(), true),
                        Formats.intervalPoints(e.added())))
                .toList();
        int seeds = r.config().seeds().size();
        return new ExperimentReport.Ablation(r.ablation().policy(), String.valueOf(seeds), seeds < 2, rows);
    }

    /** Whether a policy is a rerun of the evidence ablation (drawn in the tables, left out of the line charts). */
    private static boolean ablationRerun(ExperimentResult r, String policy) {
        return r.ablation() != null && r.ablation().variants().contains(policy);
    }

    private static List<ExperimentReport.LadderRow> ladder(ExperimentResult r) {
        return r.ladder().rungs().stream().map(g -> new ExperimentReport.LadderRow(g.role().label(), g.policy(),
                Formats.interval(g.contactRate(), true),
                g.role() == Ladder.Role.LEARNED ? Formats.pct(g.oracleGapClosed()) : "",
                g.role() == Ladder.Role.LEARNED ? Formats.pct(g.segmentUpliftShare()) : "")).toList();
    }

    private static List<ExperimentReport.LeaderRow> leaderboard(ExperimentResult r) {
        List<ExperimentReport.LeaderRow> rows = new ArrayList<>();
        int k = 0;
        for (String p : r.policies()) {
            Map<Metric, Estimate> m = r.summary().get(p);
            rows.add(new ExperimentReport.LeaderRow(String.valueOf(++k), p,
                    Formats.interval(m.get(Metric.CONTACT_RATE), true),
                    Formats.interval(m.get(Metric.EXPECTED_CONTACT_RATE), true),
                    Formats.interval(m.get(Metric.MEAN_ATTEMPTS), false),
                    Formats.interval(m.get(Metric.MEDIAN_ATTEMPTS), false),
                    Formats.interval(m.get(Metric.REACHED_WITHIN_3), true),
                    Formats.interval(m.get(Metric.REACHED_WITHIN_6), true),
                    Formats.interval(m.get(Metric.MEETINGS), false),
                    Formats.f("%.2f", 100 * m.get(Metric.REGRET).value()),
                    Formats.interval(m.get(Metric.DRIFT_RECOVERY_DAYS), false),
                    Formats.f("%.0f", m.get(Metric.VIOLATIONS).value())));
        }
        return rows;
    }

    private static String leaderboardSvg(ExperimentResult r) {
        int n = r.policies().size();
        double max = 0;
        for (String p : r.policies()) {
            Estimate i = r.summary().get(p).get(Metric.CONTACT_RATE);
            max = Math.max(max, Double.isNaN(i.hi()) ? i.value() : i.hi());
        }
        double[] ticks = new double[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            ticks[i] = i;
            labels[i] = r.policies().get(i);
        }
        Chart c = new Chart("Contact rate by policy (mean and 95% interval over seeds)", -0.6, n - 0.4, 0,
                Math.ceil(max * 20) / 20, "policy", "connects per dial", 900, 380).xTicks(ticks, labels).rotateTicks();
        for (int i = 0; i < n; i++) {
            Estimate iv = r.summary().get(r.policies().get(i)).get(Metric.CONTACT_RATE);
            c.bar(i, 0.3, iv.value(), Chart.PALETTE[i % Chart.PALETTE.length]);
            c.errorBar(i, iv.lo(), iv.hi(), "#222");
        }
        return c.svg();
    }

    /** Per policy, the element-wise mean over seeds of a series, ignoring missing values. */
    /** Per policy (ablation reruns left out), the mean over seeds of a per-run series. */
    private static Map<String, double[]> meanOverSeeds(ExperimentResult r, Function<RunMetrics, double[]> f) {
        Map<String, double[]> sum = new LinkedHashMap<>();
        Map<String, double[]> cnt = new LinkedHashMap<>();
        for (RunMetrics m : r.runs()) {
            double[] v = f.apply(m);
            double[] s = sum.computeIfAbsent(m.policy(), x -> new double[v.length]);
            double[] c = cnt.computeIfAbsent(m.policy(), x -> new double[v.length]);
            for (int i = 0; i < Math.min(v.length, s.length); i++) {
                if (!Double.isNaN(v[i])) {
                    s[i] += v[i];
                    c[i]++;
                }
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String p : r.policies()) {
            if (ablationRerun(r, p)) {
                continue;
            }
            double[] s = sum.get(p);
            double[] c = cnt.get(p);
            double[] m = new double[s.length];
            for (int i = 0; i < s.length; i++) {
                m[i] = c[i] == 0 ? Double.NaN : s[i] / c[i];
            }
            out.put(p, m);
        }
        return out;
    }

    private static String overTimeSvg(ExperimentResult r) {
        Map<String, double[]> weekly = meanOverSeeds(r, RunMetrics::weeklyExpected);
        int weeks = weekly.values().stream().mapToInt(a -> a.length).max().orElse(1);
        double max = weekly.values().stream().flatMapToDouble(Arrays::stream).filter(x -> !Double.isNaN(x))
                .max().orElse(0.3);
        double[] xs = new double[weeks];
        double[] ticks = new double[weeks];
        String[] labels = new String[weeks];
        for (int w = 0; w < weeks; w++) {
            xs[w] = w + 1;
            ticks[w] = w + 1;
            labels[w] = String.valueOf(w + 1);
        }
        Chart c = new Chart("Expected contact rate by week of the evaluation period", 0.8, weeks + 0.2, 0,
                Math.ceil(max * 20) / 20, "week", "connects per dial", 900, 340).xTicks(ticks, labels);
        int k = 0;
        for (Map.Entry<String, double[]> e : weekly.entrySet()) {
            c.line(xs, e.getValue(), Chart.PALETTE[k++ % Chart.PALETTE.length], false, e.getKey().equals("oracle"),
                    e.getKey());
        }
        return c.svg();
    }

    private static String timeToConnectSvg(ExperimentResult r) {
        Map<String, double[]> surv = meanOverSeeds(r, m -> m.km().survival());
        int cap = r.config().attemptCap();
        double[] xs = new double[cap + 1];
        double[] ticks = new double[cap + 1];
        String[] labels = new String[cap + 1];
        for (int t = 0; t <= cap; t++) {
            xs[t] = t;
            ticks[t] = t;
            labels[t] = String.valueOf(t);
        }
        Chart c = new Chart("Not yet connected after n attempts", 0, cap, 0, 1, "attempts", "share not connected",
                900, 340).xTicks(ticks, labels);
        c.hline(0.5, "#999");
        int k = 0;
        for (Map.Entry<String, double[]> e : surv.entrySet()) {
            c.line(xs, e.getValue(), Chart.PALETTE[k++ % Chart.PALETTE.length], true, e.getKey().equals("oracle"),
                    e.getKey());
        }
        return c.svg();
    }

    private static List<ExperimentReport.PairedRow> paired(ExperimentResult r) {
        List<ExperimentReport.PairedRow> rows = new ArrayList<>();
        for (String p : r.policies()) {
            Map<String, Map<Metric, Estimate>> vs = r.paired().get(p);
            if (vs == null) {
                continue;
            }
            for (Map.Entry<String, Map<Metric, Estimate>> e : vs.entrySet()) {
                Map<Metric, Estimate> m = e.getValue();
                rows.add(new ExperimentReport.PairedRow(p, e.getKey(),
                        Formats.intervalPoints(m.get(Metric.CONTACT_RATE)),
                        Formats.intervalPoints(m.get(Metric.EXPECTED_CONTACT_RATE)),
                        Formats.intervalPoints(m.get(Metric.REACHED_WITHIN_3)),
                        Formats.intervalPoints(m.get(Metric.REACHED_WITHIN_6)),
                        Formats.interval(m.get(Metric.MEAN_ATTEMPTS), false),
                        Formats.interval(m.get(Metric.MEETINGS), false)));
            }
        }
        return rows;
    }

    private static List<ExperimentReport.Heatmap> heatmaps(ExperimentResult r) {
        List<ExperimentReport.Heatmap> out = new ArrayList<>();
        // the hours in which any sample contact may be called, the same for every panel
        int from = 24;
        int to = 0;
        for (ExperimentResult.Heatmap m : r.heatmaps()) {
            for (double[] row : m.truth()) {
                for (int c = 0; c < 24; c++) {
                    if (!Double.isNaN(row[c])) {
                        from = Math.min(from, c);
                        to = Math.max(to, c + 1);
                    }
                }
            }
        }
        if (from >= to) {
            from = 0;
            to = 24;
        }
        for (ExperimentResult.Heatmap m : r.heatmaps()) {
            double max = 0.05;
            List<double[][]> grids = new ArrayList<>(m.learned().values());
            grids.add(m.truth());
            for (double[][] g : grids) {
                for (double[] row : g) {
                    for (double v : row) {
                        if (!Double.isNaN(v)) {
                            max = Math.max(max, v);
                        }
                    }
                }
            }
            List<String> svgs = new ArrayList<>();
            svgs.add(Chart.heatmap("true", m.truth(), DAYS, from, to, max));
            for (Map.Entry<String, double[][]> e : m.learned().entrySet()) {
                svgs.add(Chart.heatmap("learned by " + e.getKey(), e.getValue(), DAYS, from, to, max));
            }
            out.add(new ExperimentReport.Heatmap(m.contactId(), m.segment(), m.week(), svgs));
        }
        return out;
    }

    private static List<ExperimentReport.OpeRow> opeDiagnostics(ExperimentResult r) {
        Map<String, List<OpeValidation.Row>> by = new LinkedHashMap<>();
        for (OpeValidation.Row row : r.ope()) {
            if (r.config().seeds().contains(row.seed())) {
                by.computeIfAbsent(row.target(), x -> new ArrayList<>()).add(row);
            }
        }
        List<ExperimentReport.OpeRow> out = new ArrayList<>();
        for (Map.Entry<String, List<OpeValidation.Row>> e : by.entrySet()) {
            List<OpeValidation.Row> rows = e.getValue();
            List<ExperimentReport.OpeCell> cells = new ArrayList<>();
            for (Estimator est : Estimator.values()) {
                double v = rows.stream().mapToDouble(x -> x.result().estimates().get(est).value()).average()
                        .orElse(Double.NaN);
                double se = Math.sqrt(rows.stream().mapToDouble(x -> {
                    Estimate q = x.result().estimates().get(est);
                    return q.se() * q.se();
                }).sum()) / rows.size();
                cells.add(new ExperimentReport.OpeCell(Formats.f("%.1f%%", 100 * v), Formats.f("%.1f", 196 * se)));
            }
            var d = rows.get(0).result().diagnostics();
            long warned = rows.stream().filter(x -> !x.result().trusted()).count();
            OpeValidation.Row worst = rows.stream().max(Comparator.comparingInt(
                    (OpeValidation.Row x) -> x.result().warnings().size())).orElseThrow();
            out.add(new ExperimentReport.OpeRow(e.getKey(),
                    Formats.pct(rows.stream().mapToDouble(OpeValidation.Row::truth).average().orElse(Double.NaN)),
                    cells,
                    Formats.pct(rows.stream().mapToDouble(x -> x.result().diagnostics().essShare()).average()
                            .orElse(0)),
                    Formats.f("%.2f / %.2f / %.2f / %.1f", d.weightP50(), d.weightP90(), d.weightP99(), d.weightMax()),
                    Formats.pct(rows.stream().mapToDouble(x -> x.result().diagnostics().clippedShare()).average()
                            .orElse(0)),
                    Formats.pct(rows.stream().mapToDouble(x -> x.result().diagnostics().untriedMass()).average()
                            .orElse(0)),
                    warned == 0 ? "none" : warned + " of " + rows.size() + " seeds; seed " + worst.seed() + ": "
                            + String.join("; ", worst.result().warnings())));
        }
        return out;
    }

    /** Estimate against truth for IPS and DR over every policy and world; null when all values coincide. */
    private static String opeScatterSvg(ExperimentResult r) {
        double lo = 1;
        double hi = 0;
        for (OpeValidation.Row row : r.ope()) {
            lo = Math.min(lo, row.truth());
            hi = Math.max(hi, row.truth());
            for (Estimator e : List.of(Estimator.IPS, Estimator.DR)) {
                lo = Math.min(lo, row.result().estimates().get(e).value());
                hi = Math.max(hi, row.result().estimates().get(e).value());
            }
        }
        if (!(hi > lo)) {
            return null;
        }
        lo = Math.max(0, Math.floor(lo * 20) / 20);
        hi = Math.ceil(hi * 20) / 20;
        Chart c = new Chart("Estimate against truth, every policy and world", lo, hi, lo, hi, "true contact rate",
                "estimate", 560, 400);
        c.diagonal();
        int k = 0;
        for (Estimator e : List.of(Estimator.IPS, Estimator.DR)) {
            double[] x = r.ope().stream().mapToDouble(OpeValidation.Row::truth).toArray();
            double[] y = r.ope().stream().mapToDouble(row -> row.result().estimates().get(e).value()).toArray();
            c.points(x, y, null, Chart.PALETTE[k++], e.code());
        }
        return c.svg();
    }
}
