package org.reachlab.models.metrics;

/**
 * The scores of a set of predictions.
 *
 * @param n         predictions
 * @param positives outcomes that were 1
 * @param logLoss   mean negative log-likelihood (natural log), probabilities clipped to
 *                  [{@link Metrics#EPSILON}, 1 − {@link Metrics#EPSILON}]
 * @param brier     mean squared error
 * @param auc       area under the ROC curve (ties count half); NaN when one class is missing
 * @param ece       expected calibration error over {@link Metrics#BINS} equal-width bins
 * @param meanPrediction mean predicted probability
 * @param rate      observed rate of 1s
 */
public record Scores(long n, long positives, double logLoss, double brier, double auc, double ece,
                     double meanPrediction, double rate) {
}
