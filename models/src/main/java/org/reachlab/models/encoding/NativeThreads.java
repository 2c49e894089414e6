package org.reachlab.models.encoding;

import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J's native (OpenMP) thread count. The matrices of these models are small (a mini-batch by a
 * few hundred columns), and several OpenMP threads on a busy machine spin against each other: a
 * backtest of the neural family took 94 s with the default threads on a loaded 2-core machine and
 * 3.9 s with one. The families therefore set the count from their {@code threads} parameter, unless
 * the {@code OMP_NUM_THREADS} environment variable decides. The setting is process-wide.
 */
public final class NativeThreads {

    private NativeThreads() {
    }

    /** Sets ND4J's thread count to {@code threads} (at least 1) unless {@code OMP_NUM_THREADS} is set. */
    public static void apply(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, received " + threads);
        }
        String env = System.getenv("OMP_NUM_THREADS");
        if (env == null || env.isBlank()) {
            Nd4j.getEnvironment().setMaxThreads(threads);
            Nd4j.getEnvironment().setMaxMasterThreads(threads);
        }
    }
}
