package org.reachlab.models.calibration;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import it.unimi.dsi.fastutil.ints.IntArrays;

/**
 * Isotonic regression by pool adjacent violators: a non-decreasing step function from prediction
 * to observed rate, linearly interpolated between block means and constant beyond the ends. Each
 * block's rate is smoothed as (connects + 1·overall rate) / (n + 1) so that no block maps to
 * exactly 0 or 1.
 */
public final class IsotonicCalibrator implements Calibrator {

    private final double[] x;
    private final double[] y;

    /**
     * @param x knots (block mean predictions), strictly increasing
     * @param y calibrated values at the knots, non-decreasing
     */
    public IsotonicCalibrator(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must be the same length, received " + x.length + " and " + y.length);
        }
        this.x = x.clone();
        this.y = y.clone();
    }

    /** Fits the step function. */
    public static IsotonicCalibrator fit(double[] p, boolean[] outcome) {
        int n = p.length;
        if (n == 0) {
            return new IsotonicCalibrator(new double[] {0, 1}, new double[] {0, 1});
        }
        int[] idx = new int[n];
        long pos = 0;
        for (int i = 0; i < n; i++) {
            idx[i] = i;
            pos += outcome[i] ? 1 : 0;
        }
        double overall = (double) pos / n;
        IntArrays.mergeSort(idx, (a, b) -> Double.compare(p[a], p[b]));
        // blocks: sum of p, sum of y, count
        double[] bp = new double[n];
        double[] by = new double[n];
        double[] bn = new double[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            int i = idx[k];
            // equal predictions form one block from the start
            if (m > 0 && p[i] == bp[m - 1] / bn[m - 1]) {
                bp[m - 1] += p[i];
                by[m - 1] += outcome[i] ? 1 : 0;
                bn[m - 1]++;
            } else {
                bp[m] = p[i];
                by[m] = outcome[i] ? 1 : 0;
                bn[m] = 1;
                m++;
            }
            while (m > 1 && by[m - 2] / bn[m - 2] >= by[m - 1] / bn[m - 1]) {
                bp[m - 2] += bp[m - 1];
                by[m - 2] += by[m - 1];
                bn[m - 2] += bn[m - 1];
                m--;
            }
        }
        double[] x = new double[m];
        double[] y = new double[m];
        for (int b = 0; b < m; b++) {
            x[b] = bp[b] / bn[b];
            y[b] = (by[b] + overall) / (bn[b] + 1);
        }
        // smoothing can break monotonicity by a hair: restore it
        for (int b = 1; b < m; b++) {
            y[b] = Math.max(y[b], y[b - 1]);
        }
        return new IsotonicCalibrator(x, y);
    }

    @Override
    public double apply(double p) {
        if (p <= x[0]) {
            return y[0];
        }
        if (p >= x[x.length - 1]) {
            return y[y.length - 1];
        }
        int i = Arrays.binarySearch(x, p);
        if (i >= 0) {
            return y[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double w = (p - x[lo]) / (x[hi] - x[lo]);
        return y[lo] + w * (y[hi] - y[lo]);
    }

    @Override
    public String kind() {
        return "isotonic";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", x.clone());
        m.put("y", y.clone());
        return m;
    }
}
