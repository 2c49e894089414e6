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
 * @param seed         seed of the bootstrap, of the reference sample and of the default configs
 * @param recoveryTolerance population recovery: the gap's upper 95% bound must stay at or below this (0.05)
 * @param referenceContacts population recovery: unchanged contacts sampled (seeded) for r_ref (300)
 */
public record TruthCheckOptions(List<ModelFamily> families, Map<String, ModelConfig> configs, int minAttempts,
                                Instant splitAt, SlotWindow window, int maxAttempts, int[] checkpoints, int bootstrap,
                                long seed, double recoveryTolerance, int referenceContacts) {

    /** The default tolerance of population recovery. */
    public static final double RECOVERY_TOLERANCE = 0.05;

    /** The default number of unchanged reference contacts. */
    public static final int REFERENCE_CONTACTS = 300;

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
        if (!(recoveryTolerance >= 0) || Double.isInfinite(recoveryTolerance)) {
            throw new IllegalArgumentException("recoveryTolerance must be a number >= 0, received " + recoveryTolerance);
        }
        if (referenceContacts < 1) {
            throw new IllegalArgumentException("referenceContacts must be >= 1, received " + referenceContacts);
        }
        if (bootstrap < 0) {
            throw new IllegalArgumentException("bootstrap must be >= 0, received " + bootstrap);
        }
    }

    /** Defaults: 30 attempts, split chosen from the data, 09–17 on working days, 60 attempts, 1000 replicates, seed 1. */
    public static TruthCheckOptions of(List<ModelFamily> families) {
        return new TruthCheckOptions(families, Map.of(), 30, null, null, 60, null, 1000, 1, RECOVERY_TOLERANCE,
                REFERENCE_CONTACTS);
    }

    public TruthCheckOptions withSplitAt(Instant t) {
        return new TruthCheckOptions(families, configs, minAttempts, t, window, maxAttempts, checkpoints, bootstrap,
                seed, recoveryTolerance, referenceContacts);
    }

    public TruthCheckOptions withMinAttempts(int n) {
        return new TruthCheckOptions(families, configs, n, splitAt, window, maxAttempts, checkpoints, bootstrap, seed,
                recoveryTolerance, referenceContacts);
    }

    public TruthCheckOptions withBootstrap(int b) {
        return new TruthCheckOptions(families, configs, minAttempts, splitAt, window, maxAttempts, checkpoints, b,
                seed, recoveryTolerance, referenceContacts);
    }

    public TruthCheckOptions withMaxAttempts(int n) {
        return new TruthCheckOptions(families, configs, minAttempts, splitAt, window, n, checkpoints, bootstrap, seed,
                recoveryTolerance, referenceContacts);
    }

    public TruthCheckOptions withConfigs(Map<String, ModelConfig> c) {
        return new TruthCheckOptions(families, c, minAttempts, splitAt, window, maxAttempts, checkpoints, bootstrap,
                seed, recoveryTolerance, referenceContacts);
    }

    public TruthCheckOptions withRecoveryTolerance(double t) {
        return new TruthCheckOptions(families, configs, minAttempts, splitAt, window, maxAttempts, checkpoints,
                bootstrap, seed, t, referenceContacts);
    }

    public TruthCheckOptions withCheckpoints(int[] k) {
        return new TruthCheckOptions(families, configs, minAttempts, splitAt, window, maxAttempts, k, bootstrap,
                seed, recoveryTolerance, referenceContacts);
    }

    /** The config of a family. */
    public ModelConfig config(ModelFamily f) {
        ModelConfig c = configs.get(f.name());
        return c != null ? c.withFamily(f.name()) : ModelConfig.defaults(f.name()).withSeed(seed);
    }
}
