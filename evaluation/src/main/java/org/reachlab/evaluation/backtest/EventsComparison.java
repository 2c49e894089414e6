package org.reachlab.evaluation.backtest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.reachlab.data.log.EventLog;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.TrainingData;
import org.reachlab.stats.Bootstrap;
import org.reachlab.stats.Estimate;

/**
 * What a data set's behavioural events add to each family: the same backtest (same folds, test
 * rows, seeds) run once with the events and once without, and the difference in log-loss and AUC
 * with a paired bootstrap over the test contacts (each replicate draws contacts with replacement
 * and scores both runs on the same draw), so that the interval is that of the difference itself.
 */
public final class EventsComparison {

    private EventsComparison() {
    }

    /**
     * One family with and without the events.
     *
     * @param family       the family
     * @param logLossWith  log-loss with the events
     * @param logLossNone  log-loss without them
     * @param logLossDelta with minus without (negative: the events help)
     * @param aucWith      AUC with the events
     * @param aucNone      AUC without them
     * @param aucDelta     with minus without (positive: the events help)
     */
    public record Row(String family, Estimate logLossWith, Estimate logLossNone, Estimate logLossDelta,
                      Estimate aucWith, Estimate aucNone, Estimate aucDelta) {
    }

    /**
     * Runs every family of the options on {@code data} with its events and without them.
     *
     * @throws IllegalArgumentException when the data has no events or the test period no attempt
     */
    public static List<Row> run(TrainingData data, BacktestOptions o) {
        if (data.events().size() == 0) {
            throw new IllegalArgumentException("the data has no events to compare with");
        }
        Backtest.TestSet with = Backtest.testSet(data, o);
        Backtest.TestSet none = Backtest.testSet(data.withEvents(EventLog.empty()), o);
        int n = with.size();
        if (n == 0) {
            throw new IllegalArgumentException("the test period has no attempts");
        }
        boolean[] y = new boolean[n];
        int[] contactOf = new int[n];
        Map<String, Integer> ids = new LinkedHashMap<>();
        int at = 0;
        for (TrainingData test : with.tests()) {
            for (int k = 0; k < test.size(); k++) {
                y[at] = test.connected(k);
                contactOf[at++] = ids.computeIfAbsent(test.contact(k).id(), x -> ids.size());
            }
        }
        int contacts = ids.size();
        int[] rows = new int[n];
        for (int r = 0; r < n; r++) {
            rows[r] = r;
        }
        int reps = o.bootstrap();
        List<Row> out = new ArrayList<>();
        for (ModelFamily f : o.families()) {
            WeightedScores a = new WeightedScores(Backtest.predict(f, with, o).p(), y, rows);
            WeightedScores b = new WeightedScores(Backtest.predict(f, none, o).p(), y, rows);
            WeightedScores.Result pa = a.compute(null);
            WeightedScores.Result pb = b.compute(null);
            double[][] r = new double[6][reps];
            int[] mult = new int[contacts];
            int[] weights = new int[n];
            SplittableRandom rnd = new SplittableRandom(o.seed() * 1_000_003L + 17);
            for (int k = 0; k < reps; k++) {
                java.util.Arrays.fill(mult, 0);
                for (int i = 0; i < contacts; i++) {
                    mult[rnd.nextInt(contacts)]++;
                }
                for (int row = 0; row < n; row++) {
                    weights[row] = mult[contactOf[row]];
                }
                WeightedScores.Result ra = a.compute(weights);
                WeightedScores.Result rb = b.compute(weights);
                r[0][k] = ra.logLoss;
                r[1][k] = rb.logLoss;
                r[2][k] = ra.logLoss - rb.logLoss;
                r[3][k] = ra.auc;
                r[4][k] = rb.auc;
                r[5][k] = ra.auc - rb.auc;
            }
            out.add(new Row(f.name(), Bootstrap.interval(pa.logLoss, r[0], reps),
                    Bootstrap.interval(pb.logLoss, r[1], reps), Bootstrap.interval(pa.logLoss - pb.logLoss, r[2], reps),
                    Bootstrap.interval(pa.auc, r[3], reps), Bootstrap.interval(pb.auc, r[4], reps),
                    Bootstrap.interval(pa.auc - pb.auc, r[5], reps)));
        }
        return out;
    }

    /** The rows as a console table. */
    public static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-11s %-26s %-26s %-28s %-8s %-8s %s%n",
                "model", "log-loss with events", "without", "difference [95% CI]", "AUC with", "without",
                "difference [95% CI]"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-11s %-26s %-26s %-28s %-8.4f %-8.4f %s%n", r.family(),
                    fmt(r.logLossWith()), fmt(r.logLossNone()), fmt(r.logLossDelta()), r.aucWith().value(),
                    r.aucNone().value(), fmt(r.aucDelta())));
        }
        return sb.toString();
    }

    private static String fmt(Estimate e) {
        return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", e.value(), e.lo(), e.hi());
    }

    /** Writes the rows as CSV. */
    public static void writeCsv(List<Row> rows, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("model,log_loss_with,log_loss_without,log_loss_difference,log_loss_difference_lo,"
                    + "log_loss_difference_hi,auc_with,auc_without,auc_difference,auc_difference_lo,auc_difference_hi\n");
            for (Row r : rows) {
                w.write(String.format(Locale.ROOT, "%s,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f%n",
                        r.family(), r.logLossWith().value(), r.logLossNone().value(), r.logLossDelta().value(),
                        r.logLossDelta().lo(), r.logLossDelta().hi(), r.aucWith().value(), r.aucNone().value(),
                        r.aucDelta().value(), r.aucDelta().lo(), r.aucDelta().hi()));
            }
        }
    }
}
