package org.reachlab.evaluation.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.evaluation.backtest.Backtest;
import org.reachlab.evaluation.backtest.BacktestOptions;
import org.reachlab.evaluation.backtest.BacktestResult;
import org.reachlab.evaluation.simulation.SimulatedCall;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.ModelRegistry;

/**
 * Backtest reliability of the registry models on the first seed's history (the last week tested
 * after training on the weeks before), as drawn in the report.
 */
final class ModelBacktest {

    private ModelBacktest() {
    }

    /** Reliability bins by {@code "backtest: <family>"}; empty when only the built-in belief is named. */
    static Map<String, List<ExperimentResult.ReliabilityBin>> run(ExperimentConfig config, ModelRegistry registry,
                                                                  ModelTraining training, SyntheticWorld w, long seed,
                                                                  List<SimulatedCall> history,
                                                                  Consumer<String> progress) {
        Map<String, List<ExperimentResult.ReliabilityBin>> out = new LinkedHashMap<>();
        List<ModelFamily> families = config.models().stream()
                .map(registry::get).toList();
        if (families.isEmpty()) {
            return out;
        }
        long t = System.nanoTime();
        BacktestResult r = Backtest.run(training.trainingData(w, seed, history),
                BacktestOptions.of(families).withTestDays(7));
        for (BacktestResult.ModelResult m : r.models()) {
            List<ExperimentResult.ReliabilityBin> bins = new ArrayList<>();
            for (BacktestResult.Bin b : m.reliability()) {
                if (b.n() > 0) {
                    bins.add(new ExperimentResult.ReliabilityBin(b.lower(), b.upper(), b.meanPrediction(),
                            b.observedRate().value(), b.n()));
                }
            }
            out.put("backtest: " + m.family(), bins);
        }
        progress.accept(String.format(Locale.ROOT, "backtest of %s on the first seed's history in %.1f s",
                families.stream().map(ModelFamily::name).toList(), (System.nanoTime() - t) / 1e9));
        return out;
    }
}
