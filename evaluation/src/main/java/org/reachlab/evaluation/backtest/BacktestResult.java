package org.reachlab.evaluation.backtest;

import java.util.List;
import java.util.Map;
import org.reachlab.stats.Estimate;

/**
 * What a backtest found.
 *
 * @param splits     the folds
 * @param testRows   attempts tested (over all folds)
 * @param testContacts contacts with a test attempt
 * @param connects   connects among them
 * @param trainRows  attempts trained on, per fold
 * @param reference  the family others are compared with
 * @param models     per model, in the order asked
 * @param seconds    wall time of the whole backtest
 */
public record BacktestResult(List<TimeSplit> splits, int testRows, int testContacts, long connects,
                             List<Integer> trainRows, String reference, List<ModelResult> models, double seconds) {

    /**
     * One model's result.
     *
     * @param family        the family
     * @param trainSeconds  training time summed over folds
     * @param testSeconds   prediction (and online update) time summed over folds
     * @param overall       scores on every test attempt
     * @param deltaLogLoss  log-loss minus the reference's (paired bootstrap), null for the reference
     * @param reliability   the reliability table with an interval on each bin's observed rate
     * @param segments      scores per segment (industry|role|country)
     * @param validation    the Trainer's validation log-loss of each fold's model (NaN when none)
     */
    public record ModelResult(String family, double trainSeconds, double testSeconds, ScoreSet overall,
                              Estimate deltaLogLoss, List<Bin> reliability, Map<String, ScoreSet> segments,
                              List<Double> validation) {
    }

    /**
     * Scores with intervals.
     *
     * @param attempts attempts scored
     * @param contacts contacts among them
     * @param connects connects among them
     */
    public record ScoreSet(long attempts, int contacts, long connects, Estimate logLoss, Estimate brier,
                           Estimate auc, Estimate ece) {
    }

    /** A reliability bin: predictions in [lower, upper), their mean and the observed rate with an interval. */
    public record Bin(double lower, double upper, long n, double meanPrediction, Estimate observedRate) {
    }
}
