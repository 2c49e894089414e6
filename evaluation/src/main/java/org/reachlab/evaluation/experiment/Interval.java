package org.reachlab.evaluation.experiment;

/**
 * A mean over seeds with its 95% t interval.
 *
 * @param mean the mean
 * @param lo   lower end of the 95% interval (NaN with one seed)
 * @param hi   upper end
 * @param n    number of values
 */
public record Interval(double mean, double lo, double hi, int n) {

    private static final double[] T975 = {Double.NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306,
        2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069,
        2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

    /** The mean and t interval of values; NaN values are left out. */
    public static Interval of(double[] values) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double mean = sum / n;
        if (n == 1) {
            return new Interval(mean, Double.NaN, Double.NaN, 1);
        }
        double ss = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double se = Math.sqrt(ss / (n - 1) / n);
        double t = n - 1 < T975.length ? T975[n - 1] : 1.96;
        return new Interval(mean, mean - t * se, mean + t * se, n);
    }

    /** The 97.5% quantile of Student's t with df degrees of freedom (1.96 beyond 30). */
    public static double t975(int df) {
        if (df < 1) {
            throw new IllegalArgumentException("df must be >= 1, received " + df);
        }
        return df < T975.length ? T975[df] : 1.96;
    }
}
