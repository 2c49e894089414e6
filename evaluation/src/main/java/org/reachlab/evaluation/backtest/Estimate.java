package org.reachlab.evaluation.backtest;

/**
 * A metric's value with its 95% bootstrap percentile interval (NaN bounds without replicates).
 *
 * @param value the value on the test set
 * @param lo    2.5th percentile of the replicates
 * @param hi    97.5th percentile of the replicates
 */
public record Estimate(double value, double lo, double hi) {

    static Estimate of(double value, double[] replicates, int count) {
        if (count == 0) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        double[] r = java.util.Arrays.stream(replicates, 0, count).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (r.length == 0) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        return new Estimate(value, percentile(r, 0.025), percentile(r, 0.975));
    }

    /** Linear-interpolated percentile of sorted values. */
    static double percentile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }
}
