package org.reachlab.notebooks.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachlab.evaluation.backtest.BacktestResult;
import org.reachlab.stats.Estimate;
import tech.tablesaw.api.Table;

class ResultTablesTest {

    @Test
    void backtestScoresAreOneRowPerModelAndMetric() {
        BacktestResult.ScoreSet s = new BacktestResult.ScoreSet(100, 10, 20, Estimate.bootstrap(0.4, 0.38, 0.42),
                Estimate.bootstrap(0.13, 0.12, 0.14), Estimate.bootstrap(0.56, 0.52, 0.6),
                Estimate.bootstrap(0.01, Double.NaN, Double.NaN));
        BacktestResult r = new BacktestResult(List.of(), 100, 10, 20, List.of(), "global", List.of(
                new BacktestResult.ModelResult("global", 1, 0.1, s, null, List.of(), Map.of(), List.of()),
                new BacktestResult.ModelResult("bayes", 2, 0.2, s, Estimate.bootstrap(-0.001, -0.002, 0), List.of(),
                        Map.of(), List.of())), 3);
        Table t = ResultTables.backtest(r);
        assertThat(t.columnNames()).containsExactly("model", "metric", "value", "lo", "hi", "n");
        assertThat(t.rowCount()).isEqualTo(4 + 5);
        assertThat(t.stringColumn("metric").get(8)).isEqualTo("delta_log_loss_vs_global");
        assertThat(t.doubleColumn("lo").get(8)).isEqualTo(-0.002);
        assertThat(t.doubleColumn("hi").isMissing().size()).isEqualTo(2);
    }
}
