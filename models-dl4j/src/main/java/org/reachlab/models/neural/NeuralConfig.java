package org.reachlab.models.neural;

/**
 * The parameters of the {@code neural} family (the {@code params} of its model config); the seed
 * comes from the model config and seeds the network initialisation, ND4J's random generator, batch
 * shuffling and contact dropout.
 *
 * @param contactDim         contact embedding size
 * @param segmentDim         segment embedding size
 * @param hourDim            embedding size of the local hour (of a weekday or a weekend day)
 * @param segmentHourDim     embedding size of the segment × hour cross
 * @param hidden1            units of the first hidden layer
 * @param hidden2            units of the second hidden layer
 * @param learningRate       Adam step size
 * @param l2                 L2 penalty
 * @param batchSize          rows per mini-batch
 * @param maxEpochs          upper bound on passes over the training slice
 * @param patience           epochs without validation improvement before stopping
 * @param validationFraction the latest fraction of the fit rows held out for early stopping (0 disables it)
 * @param contactDropout     fraction of training rows whose contact is replaced by the unknown row
 * @param minContactRows     training rows a contact needs to get its own embedding
 * @param minSegmentRows     training rows a segment needs to get its own embedding
 * @param onlineSteps        gradient steps per online update
 * @param onlineBatch        new outcomes collected before an online update (histories update at once)
 * @param threads            ND4J native threads (see {@code NativeThreads}; {@code OMP_NUM_THREADS} overrides)
 */
public record NeuralConfig(int contactDim, int segmentDim, int hourDim, int segmentHourDim, int hidden1, int hidden2,
                           double learningRate, double l2, int batchSize, int maxEpochs, int patience,
                           double validationFraction, double contactDropout, int minContactRows, int minSegmentRows,
                           int onlineSteps, int onlineBatch, int threads) {

    public NeuralConfig {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, received " + threads);
        }
        if (contactDim < 1 || segmentDim < 1 || hourDim < 1 || segmentHourDim < 1 || hidden1 < 1 || hidden2 < 1) {
            throw new IllegalArgumentException("layer sizes must be >= 1, received " + contactDim + ", " + segmentDim
                    + ", " + hourDim + ", " + segmentHourDim + ", " + hidden1 + ", " + hidden2);
        }
        if (!(learningRate > 0) || l2 < 0 || batchSize < 1 || maxEpochs < 1 || patience < 1 || onlineSteps < 0
                || onlineBatch < 1) {
            throw new IllegalArgumentException("invalid training settings: learningRate " + learningRate + ", l2 " + l2
                    + ", batchSize " + batchSize + ", maxEpochs " + maxEpochs + ", patience " + patience
                    + ", onlineSteps " + onlineSteps + ", onlineBatch " + onlineBatch);
        }
        if (validationFraction < 0 || validationFraction >= 1 || contactDropout < 0 || contactDropout >= 1) {
            throw new IllegalArgumentException("validationFraction and contactDropout must be in [0, 1), received "
                    + validationFraction + " and " + contactDropout);
        }
        if (minContactRows < 1 || minSegmentRows < 1) {
            throw new IllegalArgumentException("minContactRows and minSegmentRows must be >= 1, received "
                    + minContactRows + " and " + minSegmentRows);
        }
    }

    /** The defaults: embeddings 8/4/8/4, hidden 64 and 32, Adam 0.003, l2 1e-4, batch 1024, up to 6 epochs, own embeddings for contacts with 20 training rows. */
    public static NeuralConfig defaults() {
        return new NeuralConfig(8, 4, 8, 4, 64, 32, 0.003, 1e-4, 1024, 6, 2, 0.1, 0.1, 20, 20, 3, 64, 1);
    }

    /** This configuration with other epoch and batch settings. */
    public NeuralConfig withTraining(int epochs, int batch) {
        return new NeuralConfig(contactDim, segmentDim, hourDim, segmentHourDim, hidden1, hidden2, learningRate, l2, batch,
                epochs, patience, validationFraction, contactDropout, minContactRows, minSegmentRows, onlineSteps,
                onlineBatch, threads);
    }
}
