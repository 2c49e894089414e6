package org.reachlab.models.logistic;

/**
 * The parameters of the {@code logistic} family (the {@code params} of its model config); the seed
 * comes from the model config.
 *
 * @param maxEpochs          upper bound on passes over the training slice
 * @param patience           epochs without validation improvement before stopping
 * @param batchSize          rows per mini-batch
 * @param learningRate       Adam step size
 * @param l2                 L2 penalty on the weights (not the bias)
 * @param validationFraction the latest fraction of the fit rows held out for early stopping (0 disables it)
 * @param minSegmentRows     training rows a segment needs to get its own weights
 * @param onlineLearningRate SGD step size of online updates
 * @param onlineSteps        SGD steps per online update
 * @param onlineBatch        new outcomes collected before an online update (histories update at once)
 * @param threads            ND4J native threads (see {@code NativeThreads}; {@code OMP_NUM_THREADS} overrides)
 */
public record LogisticConfig(int maxEpochs, int patience, int batchSize, double learningRate, double l2,
                             double validationFraction, int minSegmentRows, double onlineLearningRate,
                             int onlineSteps, int onlineBatch, int threads) {

    public LogisticConfig {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, received " + threads);
        }
        if (maxEpochs < 1 || patience < 1 || batchSize < 1 || onlineBatch < 1 || minSegmentRows < 1) {
            throw new IllegalArgumentException("maxEpochs, patience, batchSize, onlineBatch and minSegmentRows must "
                    + "be >= 1, received " + maxEpochs + ", " + patience + ", " + batchSize + ", " + onlineBatch
                    + ", " + minSegmentRows);
        }
        if (!(learningRate > 0) || l2 < 0 || !(onlineLearningRate >= 0) || onlineSteps < 0) {
            throw new IllegalArgumentException("learningRate must be > 0 and l2, onlineLearningRate, onlineSteps "
                    + ">= 0, received " + learningRate + ", " + l2 + ", " + onlineLearningRate + ", " + onlineSteps);
        }
        if (validationFraction < 0 || validationFraction >= 1) {
            throw new IllegalArgumentException("validationFraction must be in [0, 1), received " + validationFraction);
        }
    }

    /** The defaults: up to 8 epochs, batch 512, Adam 0.01, l2 1e-4, 10 % validation. */
    public static LogisticConfig defaults() {
        return new LogisticConfig(8, 2, 512, 0.01, 1e-4, 0.1, 20, 0.01, 3, 32, 1);
    }

    /** This configuration with another epoch bound. */
    public LogisticConfig withMaxEpochs(int epochs) {
        return new LogisticConfig(epochs, patience, batchSize, learningRate, l2, validationFraction, minSegmentRows,
                onlineLearningRate, onlineSteps, onlineBatch, threads);
    }
}
