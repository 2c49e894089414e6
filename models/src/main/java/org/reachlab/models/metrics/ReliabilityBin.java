package org.reachlab.models.metrics;

/**
 * One row of a reliability table: the predictions in [lower, upper).
 *
 * @param lower          lower bound, inclusive
 * @param upper          upper bound (exclusive, inclusive for the last bin)
 * @param n              predictions in the bin
 * @param meanPrediction their mean predicted probability (NaN when empty)
 * @param observedRate   the rate of 1s among them (NaN when empty)
 */
public record ReliabilityBin(double lower, double upper, long n, double meanPrediction, double observedRate) {
}
