package org.reachlab.evaluation.backtest;

import it.unimi.dsi.fastutil.ints.IntArrays;
import org.reachlab.models.metrics.Metrics;

/**
 * The metrics of {@link Metrics} with an integer weight per prediction (a bootstrap replicate
 * counts a resampled contact's rows as often as the contact was drawn), in one pass over the rows
 * sorted by prediction once. With all weights 1 it gives exactly what {@link Metrics} gives.
 */
final class WeightedScores {

    final double[] p;
    final boolean[] y;
    final int[] sorted;

    /** Scores of the rows {@code rows} of p and y. */
    WeightedScores(double[] p, boolean[] y, int[] rows) {
        this.p = p;
        this.y = y;
        this.sorted = rows.clone();
        IntArrays.mergeSort(sorted, (a, b) -> Double.compare(p[a], p[b]));
    }

    /** Metric values of one weighting: logLoss, brier, auc, ece, then per bin n, mean p, rate. */
    static final class Result {
        double n;
        double logLoss;
        double brier;
        double auc;
        double ece;
        final double[] binN = new double[Metrics.BINS];
        final double[] binP = new double[Metrics.BINS];
        final double[] binY = new double[Metrics.BINS];
    }

    /** weights[row]; null means all 1. */
    Result compute(int[] weights) {
        Result r = new Result();
        double ll = 0;
        double br = 0;
        double n = 0;
        double pos = 0;
        double neg = 0;
        double aucNum = 0;
        int i = 0;
        int len = sorted.length;
        while (i < len) {
            int j = i;
            double v = p[sorted[i]];
            double wp = 0;
            double wn = 0;
            while (j < len && p[sorted[j]] == v) {
                int row = sorted[j];
                int w = weights == null ? 1 : weights[row];
                if (w != 0) {
                    double q = Math.min(1 - Metrics.EPSILON, Math.max(Metrics.EPSILON, v));
                    int b = Metrics.bin(v);
                    r.binN[b] += w;
                    r.binP[b] += w * v;
                    if (y[row]) {
                        wp += w;
                        ll -= w * Math.log(q);
                        br += w * (v - 1) * (v - 1);
                        r.binY[b] += w;
                    } else {
                        wn += w;
                        ll -= w * Math.log1p(-q);
                        br += w * v * v;
                    }
                }
                j++;
            }
            aucNum += wp * neg + 0.5 * wp * wn;
            pos += wp;
            neg += wn;
            i = j;
        }
        n = pos + neg;
        r.n = n;
        r.logLoss = n == 0 ? Double.NaN : ll / n;
        r.brier = n == 0 ? Double.NaN : br / n;
        r.auc = pos == 0 || neg == 0 ? Double.NaN : aucNum / (pos * neg);
        double e = 0;
        for (int b = 0; b < Metrics.BINS; b++) {
            if (r.binN[b] > 0) {
                e += Math.abs(r.binP[b] - r.binY[b]);
                r.binP[b] /= r.binN[b];
                r.binY[b] /= r.binN[b];
            } else {
                r.binP[b] = Double.NaN;
                r.binY[b] = Double.NaN;
            }
        }
        r.ece = n == 0 ? Double.NaN : e / n;
        return r;
    }
}
