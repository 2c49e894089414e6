package org.reachlab.evaluation.backtest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.reachlab.models.TrainingData;

/**
 * One forward-chaining fold: train on attempts before {@code trainEnd}, test on attempts in
 * [{@code testStart}, {@code testEnd}); {@code testStart − trainEnd} is the gap.
 *
 * @param trainEnd  training attempts are strictly before this
 * @param testStart first instant of the test window
 * @param testEnd   end of the test window, exclusive
 */
public record TimeSplit(Instant trainEnd, Instant testStart, Instant testEnd) {

    public TimeSplit {
        if (trainEnd.isAfter(testStart)) {
            throw new IllegalArgumentException("training must end (" + trainEnd + ") before the test starts ("
                    + testStart + ")");
        }
        if (!testStart.isBefore(testEnd)) {
            throw new IllegalArgumentException("the test window is empty: " + testStart + " to " + testEnd);
        }
    }

    /**
     * The folds: the test period is either the last {@code testDays} days of the data or everything
     * from {@code splitAt} on; it is cut into {@code folds} consecutive windows of equal length, each
     * trained on everything before it minus {@code gap}.
     */
    public static List<TimeSplit> folds(TrainingData data, Integer testDays, Instant splitAt, Duration gap, int folds) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("no attempts in the data");
        }
        if (folds < 1) {
            throw new IllegalArgumentException("folds must be >= 1, received " + folds);
        }
        Instant end = data.last().plusSeconds(1);
        Instant start;
        if (splitAt != null) {
            start = splitAt;
        } else {
            int days = testDays == null ? 7 : testDays;
            if (days < 1) {
                throw new IllegalArgumentException("--test-days must be >= 1, received " + days);
            }
            start = end.minus(Duration.ofDays(days));
        }
        if (!start.isAfter(data.first())) {
            throw new IllegalArgumentException("the test period starts at " + start + ", not after the first attempt "
                    + data.first() + ": nothing is left to train on");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("the test period starts at " + start + ", after the last attempt "
                    + data.last());
        }
        long span = end.getEpochSecond() - start.getEpochSecond();
        List<TimeSplit> out = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            Instant a = start.plusSeconds(span * f / folds);
            Instant b = f == folds - 1 ? end : start.plusSeconds(span * (f + 1) / folds);
            out.add(new TimeSplit(a.minus(gap), a, b));
        }
        return out;
    }
}
