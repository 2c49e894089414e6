package org.reachlab.models.metrics;

import java.util.ArrayList;
import java.util.List;
import it.unimi.dsi.fastutil.ints.IntArrays;

/**
 * Metric functions over parallel arrays of predictions {@code p} and outcomes {@code y}.
 */
public final class Metrics {

    /** Probabilities are clipped to [EPSILON, 1 − EPSILON] in the log-loss. */
    public static final double EPSILON = 1e-6;

    /** Bins of the reliability table and the ECE: ten of width 0.1. */
    public static final int BINS = 10;

    private Metrics() {
    }

    private static void check(double[] p, boolean[] y) {
        if (p.length != y.length) {
            throw new IllegalArgumentException("predictions and outcomes must be the same length, received p.length="
                    + p.length + ", y.length=" + y.length);
        }
    }

    /** All scores at once. */
    public static Scores scores(double[] p, boolean[] y) {
        check(p, y);
        long pos = 0;
        double mean = 0;
        for (int i = 0; i < p.length; i++) {
            if (y[i]) {
                pos++;
            }
            mean += p[i];
        }
        int n = p.length;
        return new Scores(n, pos, logLoss(p, y), brier(p, y), auc(p, y), ece(p, y),
                n == 0 ? Double.NaN : mean / n, n == 0 ? Double.NaN : (double) pos / n);
    }

    /** Mean negative log-likelihood; NaN when empty. */
    public static double logLoss(double[] p, boolean[] y) {
        check(p, y);
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(1 - EPSILON, Math.max(EPSILON, p[i]));
            s -= y[i] ? Math.log(q) : Math.log1p(-q);
        }
        return p.length == 0 ? Double.NaN : s / p.length;
    }

    /** Mean squared error of the probabilities; NaN when empty. */
    public static double brier(double[] p, boolean[] y) {
        check(p, y);
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double d = p[i] - (y[i] ? 1 : 0);
            s += d * d;
        }
        return p.length == 0 ? Double.NaN : s / p.length;
    }

    /**
     * Area under the ROC curve: the probability that a random 1 gets a higher prediction than a
     * random 0, ties counting one half (Mann–Whitney with mid-ranks). NaN when either class is missing.
     */
    public static double auc(double[] p, boolean[] y) {
        check(p, y);
        int n = p.length;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        IntArrays.quickSort(idx, (a, b) -> Double.compare(p[a], p[b]));
        double rankSumPos = 0;
        long pos = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && p[idx[j + 1]] == p[idx[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (y[idx[k]]) {
                    rankSumPos += midRank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = n - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    /** The bin of a probability. */
    public static int bin(double p) {
        int b = (int) Math.floor(p * BINS);
        return Math.min(BINS - 1, Math.max(0, b));
    }

    /** The reliability table over {@link #BINS} equal-width bins. */
    public static List<ReliabilityBin> reliability(double[] p, boolean[] y) {
        check(p, y);
        long[] n = new long[BINS];
        double[] sp = new double[BINS];
        double[] sy = new double[BINS];
        for (int i = 0; i < p.length; i++) {
            int b = bin(p[i]);
            n[b]++;
            sp[b] += p[i];
            sy[b] += y[i] ? 1 : 0;
        }
        List<ReliabilityBin> out = new ArrayList<>(BINS);
        for (int b = 0; b < BINS; b++) {
            out.add(new ReliabilityBin((double) b / BINS, (double) (b + 1) / BINS, n[b],
                    n[b] == 0 ? Double.NaN : sp[b] / n[b], n[b] == 0 ? Double.NaN : sy[b] / n[b]));
        }
        return out;
    }

    /**
     * Expected calibration error: Σ_b (n_b / n) · |mean prediction_b − observed rate_b| over the
     * {@link #BINS} equal-width bins; NaN when empty.
     */
    public static double ece(double[] p, boolean[] y) {
        if (p.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (ReliabilityBin b : reliability(p, y)) {
            if (b.n() > 0) {
                s += b.n() * Math.abs(b.meanPrediction() - b.observedRate());
            }
        }
        return s / p.length;
    }
}
