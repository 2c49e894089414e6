package org.reachlab.stats;

import java.util.Arrays;

/**
 * Percentiles of samples. The definition is the linear interpolation between order statistics
 * at position q·(n − 1) (Hyndman and Fan's type 7, commons-math3's
 * {@code Percentile.EstimationType.R_7}). It is computed here rather than by commons-math3
 * because commons-math3 finds the position as q·(n − 1) + 1 in one-based order, which rounds
 * differently in the last bit in about one case in two hundred; computing it this way keeps the
 * published intervals reproducible to the digit. A test checks both agree to 1e-12.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * The q-quantile (0 ≤ q ≤ 1) of sorted values, linearly interpolated; NaN for no values. A
     * quantile that touches an infinite value is that value (no interpolation toward infinity).
     */
    public static double ofSorted(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        if (Double.isInfinite(sorted[i]) || Double.isInfinite(sorted[j])) {
            return pos == i ? sorted[i] : sorted[j];
        }
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }

    /** The first count values without NaN, sorted. */
    public static double[] sortedWithoutNaN(double[] values, int count) {
        return Arrays.stream(values, 0, count).filter(x -> !Double.isNaN(x)).sorted().toArray();
    }

    /** The median: the middle value, or the mean of the two middle ones; NaN for no values. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
