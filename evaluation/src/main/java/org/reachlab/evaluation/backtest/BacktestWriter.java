package org.reachlab.evaluation.backtest;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.reachlab.evaluation.output.ResultCsv;
import org.reachlab.evaluation.output.ResultJson;
import org.reachlab.models.DataSource;
import org.reachlab.stats.Estimate;

/** Writes {@code summary.json}, {@code leaderboard.csv} and {@code segments.csv}, and the console table. */
public final class BacktestWriter {

    private BacktestWriter() {
    }

    /** Writes the files into {@code out} (created when missing). */
    public static void write(BacktestResult r, BacktestOptions o, DataSource source, Path out) throws IOException {
        Files.createDirectories(out);
        ResultJson.MAPPER.writeValue(out.resolve("summary.json").toFile(), SummaryJson.of(r, o, source));
        writeLeaderboard(r, out.resolve("leaderboard.csv"));
        writeSegments(r, out.resolve("segments.csv"));
        writeReliability(r, out.resolve("reliability.csv"));
    }

    /** Models sorted by log-loss. */
    static List<BacktestResult.ModelResult> ranked(BacktestResult r) {
        List<BacktestResult.ModelResult> m = new ArrayList<>(r.models());
        m.sort(Comparator.comparingDouble(x -> x.overall().logLoss().value()));
        return m;
    }

    private static String f(double v) {
        return ResultCsv.decimal(v);
    }

    static void writeLeaderboard(BacktestResult r, Path file) throws IOException {
        try (ResultCsv w = ResultCsv.open(file, List.of("rank", "model", "attempts", "contacts", "log_loss",
                "log_loss_lo", "log_loss_hi", "delta_log_loss_vs_" + r.reference(), "delta_lo", "delta_hi",
                "log_loss_ratio_vs_" + r.reference(), "brier",
                "brier_lo", "brier_hi", "auc", "auc_lo", "auc_hi", "ece", "ece_lo", "ece_hi", "train_seconds",
                "test_seconds"))) {
            int rank = 1;
            double reference = referenceLogLoss(r);
            for (BacktestResult.ModelResult m : ranked(r)) {
                var s = m.overall();
                Estimate d = m.deltaLogLoss() == null ? Estimate.given(0, 0, 0, 0) : m.deltaLogLoss();
                w.row(ResultCsv.cellsOf(rank++, m.family(), s.attempts(), s.contacts()).add(s.logLoss()).add(d)
                        .add(f(s.logLoss().value() / reference)).add(s.brier()).add(s.auc()).add(s.ece())
                        .add(seconds(m.trainSeconds()), seconds(m.testSeconds())).cells());
            }
        }
    }

    /** The reference family's log-loss; NaN when the run does not hold it. */
    static double referenceLogLoss(BacktestResult r) {
        return r.models().stream().filter(m -> m.family().equals(r.reference())).findFirst()
                .map(m -> m.overall().logLoss().value()).orElse(Double.NaN);
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    static void writeSegments(BacktestResult r, Path file) throws IOException {
        try (ResultCsv w = ResultCsv.open(file, List.of("model", "segment", "attempts", "contacts", "connects",
                "log_loss", "log_loss_lo", "log_loss_hi", "brier", "brier_lo", "brier_hi", "auc", "auc_lo", "auc_hi",
                "ece", "ece_lo", "ece_hi"))) {
            for (BacktestResult.ModelResult m : r.models()) {
                m.segments().forEach((seg, s) -> w.row(ResultCsv.cellsOf(m.family(), seg.replace(',', ' '),
                        s.attempts(), s.contacts(), s.connects()).add(s.logLoss()).add(s.brier()).add(s.auc())
                        .add(s.ece()).cells()));
            }
        }
    }

    static void writeReliability(BacktestResult r, Path file) throws IOException {
        try (ResultCsv w = ResultCsv.open(file, List.of("model", "lower", "upper", "n", "mean_prediction",
                "observed_rate", "observed_lo", "observed_hi"))) {
            for (BacktestResult.ModelResult m : r.models()) {
                for (BacktestResult.Bin b : m.reliability()) {
                    w.row(ResultCsv.cellsOf(m.family(), f(b.lower()), f(b.upper()), b.n(), f(b.meanPrediction()))
                            .add(b.observedRate()).cells());
                }
            }
        }
    }

    /** The leaderboard as a console table. */
    public static String table(BacktestResult r) {
        StringBuilder sb = new StringBuilder();
        int width = Math.max(9, r.models().stream().mapToInt(m -> m.family().length()).max().orElse(0));
        String name = "%-" + width + "s";
        double reference = referenceLogLoss(r);
        String ratio = "x " + r.reference();
        int ratioWidth = Math.max(6, ratio.length());
        sb.append(String.format(Locale.ROOT, name + " %-25s %-27s %-" + ratioWidth
                + "s %-25s %-25s %-25s %8s%n", "model", "log-loss [95% CI]", "vs " + r.reference() + " [95% CI]", ratio,
                "Brier", "AUC", "ECE", "train s"));
        for (BacktestResult.ModelResult m : ranked(r)) {
            var s = m.overall();
            sb.append(String.format(Locale.ROOT, name + " %-25s %-27s %-" + ratioWidth
                    + "s %-25s %-25s %-25s %8.2f%n", m.family(), ci(s.logLoss()),
                    m.deltaLogLoss() == null ? "-" : ci(m.deltaLogLoss()),
                    String.format(Locale.ROOT, "%.3f", s.logLoss().value() / reference), ci(s.brier()), ci(s.auc()),
                    ci(s.ece()), m.trainSeconds()));
        }
        return sb.toString();
    }

    private static String ci(Estimate e) {
        if (Double.isNaN(e.lo())) {
            return String.format(Locale.ROOT, "%.4f", e.value());
        }
        return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", e.value(), e.lo(), e.hi());
    }
}
