/**
 * Scores of probabilistic predictions of a binary outcome: log-loss, Brier score, AUC, expected
 * calibration error and the reliability table. Used for a model's validation slice and by the
 * backtest.
 */
package org.reachlab.models.metrics;
