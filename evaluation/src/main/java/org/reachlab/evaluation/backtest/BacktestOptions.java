package org.reachlab.evaluation.backtest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFamily;

/**
 * Backtest options.
 *
 * @param families   the models to compare, in order
 * @param configs    config per family name; missing ones are {@link ModelConfig#defaults} with {@code seed}
 * @param testDays   the last N days are the test period (used when {@code splitAt} is null; default 7)
 * @param splitAt    the test period starts here, or {@code null}
 * @param gap        time between the end of training and the start of each test window (default 1 day)
 * @param folds      consecutive test windows, each with its own training (default 1)
 * @param online     prequential: each test attempt is learned right after it was predicted
 * @param bootstrap  bootstrap replicates (default 200)
 * @param seed       seed of the bootstrap and of the default configs
 * @param reference  the family the others are compared with (Δ log-loss), or {@code null} for
 *                   {@code constant} when present, else {@code global} when present, else the first
 */
public record BacktestOptions(List<ModelFamily> families, Map<String, ModelConfig> configs, Integer testDays,
                              Instant splitAt, Duration gap, int folds, boolean online, int bootstrap, long seed,
                              String reference) {

    public BacktestOptions {
        families = List.copyOf(families);
        configs = configs == null ? Map.of() : Map.copyOf(configs);
        gap = gap == null ? Duration.ofDays(1) : gap;
        if (gap.isNegative()) {
            throw new IllegalArgumentException("gap must be >= 0, received " + gap);
        }
        if (bootstrap < 0) {
            throw new IllegalArgumentException("bootstrap must be >= 0, received " + bootstrap);
        }
    }

    /** Defaults: last 7 days, 1-day gap, one fold, offline, 200 replicates, seed 1. */
    public static BacktestOptions of(List<ModelFamily> families) {
        return new BacktestOptions(families, Map.of(), 7, null, Duration.ofDays(1), 1, false, 200, 1, null);
    }

    public BacktestOptions withOnline(boolean o) {
        return new BacktestOptions(families, configs, testDays, splitAt, gap, folds, o, bootstrap, seed, reference);
    }

    public BacktestOptions withTestDays(int d) {
        return new BacktestOptions(families, configs, d, null, gap, folds, online, bootstrap, seed, reference);
    }

    public BacktestOptions withSplitAt(Instant t) {
        return new BacktestOptions(families, configs, testDays, t, gap, folds, online, bootstrap, seed, reference);
    }

    public BacktestOptions withGap(Duration g) {
        return new BacktestOptions(families, configs, testDays, splitAt, g, folds, online, bootstrap, seed, reference);
    }

    public BacktestOptions withFolds(int f) {
        return new BacktestOptions(families, configs, testDays, splitAt, gap, f, online, bootstrap, seed, reference);
    }

    public BacktestOptions withBootstrap(int b) {
        return new BacktestOptions(families, configs, testDays, splitAt, gap, folds, online, b, seed, reference);
    }

    public BacktestOptions withConfigs(Map<String, ModelConfig> c) {
        return new BacktestOptions(families, c, testDays, splitAt, gap, folds, online, bootstrap, seed, reference);
    }

    /** The config of a family. */
    public ModelConfig config(ModelFamily f) {
        ModelConfig c = configs.get(f.name());
        return c != null ? c.withFamily(f.name()) : ModelConfig.defaults(f.name()).withSeed(seed);
    }
}
