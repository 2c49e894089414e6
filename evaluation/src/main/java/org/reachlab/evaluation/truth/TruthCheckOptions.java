package org.reachlab.evaluation.truth;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFamily;

/**
 * Options of a truth check.
 *
 * @param families     the model families, in order
 * @param configs      config per family name; missing ones are {@link ModelConfig#defaults} with {@code seed}
 * @param minAttempts  profile recovery is summarised for contacts with at least this many training attempts (30)
 * @param splitAt      models train on attempts before this instant; {@code null} for the first Monday
 *                     (00:00 UTC) on or after the day half of the contacts reached {@code minAttempts}
 * @param window       the slots profiles are compared on ({@link SlotWindow#WORKING_HOURS})
 * @param maxAttempts  drift recovery follows each changed contact for at most this many attempts (60)
 * @param checkpoints  the k reported in drift-recovery.csv
 * @param bootstrap    bootstrap replicates over contacts (1000)
 * @param seed         seed of the bootstrap and of the default configs
 */
public record TruthCheckOptions(List<ModelFamily> families, Map<String, ModelConfig> configs, int minAttempts,
                                Instant splitAt, SlotWindow window, int maxAttempts, int[] checkpoints, int bootstrap,
                                long seed) {

    /** The default checkpoints: 0, 1, 2, 5, 10, 15, 20, 30, 40, 50, 60. */
    public static final int[] CHECKPOINTS = {0, 1, 2, 5, 10, 15, 20, 30, 40, 50, 60};

    public TruthCheckOptions {
        families = List.copyOf(families);
        configs = configs == null ? Map.of() : Map.copyOf(configs);
        window = window == null ? SlotWindow.WORKING_HOURS : window;
        checkpoints = checkpoints == null ? CHECKPOINTS.clone() : checkpoints.clone();
        if (families.isEmpty()) {
            throw new IllegalArgumentException("no model families to check");
        }
        if (minAttempts < 1) {
            throw new IllegalArgumentException("minAttempts must be >= 1, received " + minAttempts);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, received " + maxAttempts);
        }
        if (bootstrap < 0) {
            throw new IllegalArgumentException("bootstrap must be >= 0, received " + bootstrap);
        }
    }

    /** Defaults: 30 attempts, split chosen from the data, 09–17 on working days, 60 attempts, 1000 replicates, seed 1. */
    public static TruthCheckOptions of(List<ModelFamily> families) {
        return new TruthCheckOptions(families, Map.of(), 30, null, null, 60, null, 1000, 1);
    }

    public TruthCheckOptions withSplitAt(Instant t) {
        return new TruthCheckOptions(families, configs, minAttempts, t, window, maxAttempts, checkpoints, bootstrap,
                seed);
    }

    public TruthCheckOptions withMinAttempts(int n) {
        return new TruthCheckOptions(families, configs, n, splitAt, window, maxAttempts, checkpoints, bootstrap, seed);
    }

    public TruthCheckOptions withBootstrap(int b) {
        return new TruthCheckOptions(families, configs, minAttempts, splitAt, window, maxAttempts, checkpoints, b,
                seed);
    }

    public TruthCheckOptions withMaxAttempts(int n) {
        return new TruthCheckOptions(families, configs, minAttempts, splitAt, window, n, checkpoints, bootstrap, seed);
    }

    public TruthCheckOptions withConfigs(Map<String, ModelConfig> c) {
        return new TruthCheckOptions(families, c, minAttempts, splitAt, window, maxAttempts, checkpoints, bootstrap,
                seed);
    }

    /** The config of a family. */
    public ModelConfig config(ModelFamily f) {
        ModelConfig c = configs.get(f.name());
        return c != null ? c.withFamily(f.name()) : ModelConfig.defaults(f.name()).withSeed(seed);
    }
}
