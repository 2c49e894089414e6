package org.reachlab.models.encoding;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * ND4J's native (OpenMP) thread count. The matrices of these models are small (a mini-batch by a
 * few hundred columns), and several OpenMP threads on a busy machine spin against each other: on a
 * loaded 2-core machine a 1024×600 by 600×64 product took 47 ms with two OpenMP threads and 2–4 ms
 * with one, and a backtest of the neural family 94 s against 3.9 s. The families therefore set the count from their {@code threads} parameter, unless
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
            Nd4j.getExecutioner(); // loads the backend
            Nd4j.getEnvironment().setMaxThreads(threads);
            Nd4j.getEnvironment().setMaxMasterThreads(threads);
            // the environment setting alone leaves OpenMP and OpenBLAS at their defaults
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
            Nd4j.factory().blas().setMaxThreads(threads);
        }
    }

    /** The OpenMP threads ND4J's native operations use now. */
    public static int current() {
        Nd4j.getExecutioner();
        return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    }
}
