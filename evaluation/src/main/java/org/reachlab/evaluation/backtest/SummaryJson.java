package org.reachlab.evaluation.backtest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.models.DataSource;
import org.reachlab.models.ModelConfig;

/**
 * The shape of a backtest's {@code summary.json}: the data, the options, the splits, the test period
 * and the models' results, written by the shared {@link org.reachlab.evaluation.output.ResultJson}
 * mapper.
 *
 * @param data    where the attempts came from
 * @param options the effective options
 * @param splits  the time splits
 * @param test    the size of the test period
 * @param models  the models' results
 * @param seconds wall time
 */
@JsonPropertyOrder({"data", "options", "splits", "test", "models", "seconds"})
record SummaryJson(Data data, Options options, List<Split> splits, Test test,
                   List<BacktestResult.ModelResult> models, double seconds) {

    static SummaryJson of(BacktestResult r, BacktestOptions o, DataSource source) {
        Map<String, ModelConfig> configs = new LinkedHashMap<>();
        o.families().forEach(f -> configs.put(f.name(), o.config(f)));
        Options options = new Options(o.families().stream().map(f -> f.name()).toList(),
                o.splitAt() == null ? o.testDays() : null, o.splitAt() == null ? null : o.splitAt().toString(),
                o.gap().toHours(), o.folds(), o.online(), o.bootstrap(), "contact", o.seed(), r.reference(), configs);
        List<Split> splits = new ArrayList<>();
        for (int i = 0; i < r.splits().size(); i++) {
            TimeSplit s = r.splits().get(i);
            splits.add(new Split(s.trainEnd().toString(), s.testStart().toString(), s.testEnd().toString(),
                    r.trainRows().get(i)));
        }
        return new SummaryJson(new Data(source.description(), source.sha256()), options, splits, new Test(r.testRows(), r.testContacts(), r.connects()),
                r.models(), r.seconds());
    }

    /**
     * Where the attempts came from.
     *
     * @param source a path or a name
     * @param sha256 SHA-256 over the input files, or {@code unknown}
     */
    @JsonPropertyOrder({"source", "sha256"})
    record Data(String source, String sha256) {
    }

    /**
     * The effective options.
     *
     * @param models        the model families
     * @param testDays      the test days, null when a split date was given
     * @param splitAt       the split date, null when the test days were given
     * @param gapHours      hours between training and test
     * @param folds         rolling folds
     * @param online        whether models learn online during the test
     * @param bootstrap     bootstrap replicates
     * @param bootstrapUnit what the bootstrap resamples
     * @param seed          the seed
     * @param reference     the reference model of the deltas
     * @param configs       family name to its config
     */
    @JsonPropertyOrder({"models", "testDays", "splitAt", "gapHours", "folds", "online", "bootstrap", "bootstrapUnit",
        "seed", "reference", "configs"})
    record Options(List<String> models, Integer testDays, String splitAt, long gapHours, int folds, boolean online,
                   int bootstrap, String bootstrapUnit, long seed, String reference,
                   Map<String, ModelConfig> configs) {
    }

    /**
     * One time split.
     *
     * @param trainEnd      end of training
     * @param testStart     start of the test
     * @param testEnd       end of the test
     * @param trainAttempts attempts trained on
     */
    @JsonPropertyOrder({"trainEnd", "testStart", "testEnd", "trainAttempts"})
    record Split(String trainEnd, String testStart, String testEnd, int trainAttempts) {
    }

    /**
     * The size of the test period.
     *
     * @param attempts attempts
     * @param contacts contacts
     * @param connects connects
     */
    @JsonPropertyOrder({"attempts", "contacts", "connects"})
    record Test(int attempts, int contacts, long connects) {
    }
}
