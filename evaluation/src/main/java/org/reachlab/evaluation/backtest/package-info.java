/**
 * The backtest: forward-chaining time splits with a gap (each model trained only on attempts
 * before its test window minus the gap, never on anything later), optionally prequential
 * ({@code --online}: each test attempt is predicted, then learned), and per model log-loss,
 * Brier score, AUC, expected calibration error and a reliability table, each with a 95% bootstrap
 * interval that resamples contacts, overall and per segment. Writes {@code summary.json} and
 * {@code leaderboard.csv}.
 */
package org.reachlab.evaluation.backtest;
