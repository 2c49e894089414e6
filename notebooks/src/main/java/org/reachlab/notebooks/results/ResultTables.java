package org.reachlab.notebooks.results;

import java.util.Map;
import org.reachlab.evaluation.backtest.BacktestResult;
import org.reachlab.evaluation.experiment.ExperimentResult;
import org.reachlab.evaluation.experiment.LogExperimentResult;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.stats.Estimate;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tablesaw views of evaluation results. Every table is long: one row per (subject, metric) with
 * the estimate's value, the ends of its 95% interval (NaN when there is none) and the number
 * of units it is over (seeds or contacts; 0 when not counted).
 */
public final class ResultTables {

    private ResultTables() {
    }

    /** An experiment's summary over seeds: policy, metric, value, lo, hi, n; policies in leaderboard order. */
    public static Table summary(ExperimentResult r) {
        Builder b = new Builder("Summary of " + r.config().name() + " over " + r.config().seeds().size()
                + " seeds", "policy");
        for (String p : r.policies()) {
            r.summary().get(p).forEach((m, e) -> b.add(p, m.key(), e));
        }
        return b.table();
    }

    /**
     * An experiment's paired differences on the same seeds: policy minus the fixed rule it is
     * paired with (column {@code vs}), per metric.
     */
    public static Table paired(ExperimentResult r) {
        Builder b = new Builder("Paired differences of " + r.config().name(), "policy", "vs");
        for (String p : r.policies()) {
            for (Map.Entry<String, Map<Metric, Estimate>> rule : r.paired().getOrDefault(p, Map.of()).entrySet()) {
                rule.getValue().forEach((m, e) -> b.add(new String[] {p, rule.getKey()}, m.key(), e));
            }
        }
        return b.table();
    }

    /** An experiment on a call log: each policy's doubly robust contact rate and its uplift over the champion. */
    public static Table estimates(LogExperimentResult r) {
        Builder b = new Builder("Doubly robust estimates of " + r.config().name(), "policy");
        for (String p : r.policies()) {
            LogExperimentResult.PolicyEstimate e = r.estimates().get(p);
            b.add(p, Metric.CONTACT_RATE.key(), e.contactRate());
            if (e.uplift() != null) {
                b.add(p, "uplift_vs_" + r.decision().champion(), e.uplift());
            }
        }
        return b.table();
    }

    /** A backtest's overall scores: model, metric (log_loss, brier, auc, ece), value, lo, hi. */
    public static Table backtest(BacktestResult r) {
        Builder b = new Builder("Backtest scores", "model");
        for (BacktestResult.ModelResult m : r.models()) {
            BacktestResult.ScoreSet s = m.overall();
            b.add(m.family(), "log_loss", s.logLoss());
            b.add(m.family(), "brier", s.brier());
            b.add(m.family(), "auc", s.auc());
            b.add(m.family(), "ece", s.ece());
            if (m.deltaLogLoss() != null) {
                b.add(m.family(), "delta_log_loss_vs_" + r.reference(), m.deltaLogLoss());
            }
        }
        return b.table();
    }

    /** Collects rows of key columns, metric and estimate. */
    private static final class Builder {
        private final String name;
        private final StringColumn[] keys;
        private final StringColumn metric = StringColumn.create("metric");
        private final DoubleColumn value = DoubleColumn.create("value");
        private final DoubleColumn lo = DoubleColumn.create("lo");
        private final DoubleColumn hi = DoubleColumn.create("hi");
        private final IntColumn n = IntColumn.create("n");

        Builder(String name, String... keyNames) {
            this.name = name;
            keys = new StringColumn[keyNames.length];
            for (int i = 0; i < keyNames.length; i++) {
                keys[i] = StringColumn.create(keyNames[i]);
            }
        }

        void add(String key, String metricKey, Estimate e) {
            add(new String[] {key}, metricKey, e);
        }

        void add(String[] keyValues, String metricKey, Estimate e) {
            for (int i = 0; i < keys.length; i++) {
                keys[i].append(keyValues[i]);
            }
            metric.append(metricKey);
            value.append(e.value());
            lo.append(e.lo());
            hi.append(e.hi());
            n.append(e.n());
        }

        Table table() {
            Table t = Table.create(name, keys);
            t.addColumns(metric, value, lo, hi, n);
            return t;
        }
    }
}
