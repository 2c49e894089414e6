package org.reachlab.stats;

/**
 * A value with its interval: the one type for every estimate the project reports.
 *
 * @param value  the estimate (a mean over seeds, a metric on the whole test set, an off-policy
 *               estimate)
 * @param lo     lower end of the interval (NaN when there is none, e.g. one seed or no resamples)
 * @param hi     upper end of the interval (NaN when there is none)
 * @param level  the interval's coverage, e.g. 0.95
 * @param method how the interval was made
 * @param se     the standard error when the interval was built from one (NaN otherwise)
 * @param n      the number of units the estimate is over (seeds, contacts); 0 when not counted
 */
public record Estimate(double value, double lo, double hi, double level, Method method, double se, int n) {

    /** The coverage of every interval the project reports. */
    public static final double LEVEL_95 = 0.95;

    /** The normal quantile the project uses for 95% normal intervals. */
    public static final double Z_975 = 1.96;

    /** How an interval was made. */
    public enum Method {
        /** Percentiles of bootstrap replicates. */
        PERCENTILE_BOOTSTRAP,
        /** The value ± 1.96 standard errors. */
        NORMAL,
        /** A mean ± the t-quantile times its standard error, over a few units (seeds). */
        STUDENT_T,
        /** Given as it is (e.g. an exact difference with no spread). */
        NONE
    }

    /** A value with a 95% percentile-bootstrap interval. */
    public static Estimate bootstrap(double value, double lo, double hi) {
        return new Estimate(value, lo, hi, LEVEL_95, Method.PERCENTILE_BOOTSTRAP, Double.NaN, 0);
    }

    /** A value with a 95% percentile-bootstrap interval over n units (contacts). */
    public static Estimate bootstrap(double value, double lo, double hi, int n) {
        return new Estimate(value, lo, hi, LEVEL_95, Method.PERCENTILE_BOOTSTRAP, Double.NaN, n);
    }

    /** A value with its standard error and the normal 95% interval, value ± 1.96 se. */
    public static Estimate normal(double value, double se) {
        return new Estimate(value, value - Z_975 * se, value + Z_975 * se, LEVEL_95, Method.NORMAL, se, 0);
    }

    /** A value given with bounds and a count, without a stated method (e.g. a difference fixed at 0). */
    public static Estimate given(double value, double lo, double hi, int n) {
        return new Estimate(value, lo, hi, LEVEL_95, Method.NONE, Double.NaN, n);
    }

    /**
     * The mean of values with its 95% t interval; NaN values are left out. One value gives NaN
     * bounds, none a NaN mean.
     */
    public static Estimate meanWithT(double[] values) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        if (n == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, LEVEL_95, Method.STUDENT_T, Double.NaN, 0);
        }
        double mean = sum / n;
        if (n == 1) {
            return new Estimate(mean, Double.NaN, Double.NaN, LEVEL_95, Method.STUDENT_T, Double.NaN, 1);
        }
        double ss = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double se = Math.sqrt(ss / (n - 1) / n);
        double t = StudentT.quantile975(n - 1);
        return new Estimate(mean, mean - t * se, mean + t * se, LEVEL_95, Method.STUDENT_T, se, n);
    }

    /** True when the interval has both ends. */
    public boolean hasInterval() {
        return !Double.isNaN(lo) && !Double.isNaN(hi);
    }
}
