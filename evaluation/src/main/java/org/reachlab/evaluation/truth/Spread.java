package org.reachlab.evaluation.truth;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.reachlab.evaluation.backtest.Estimate;

/** Means, medians and percentile bootstrap intervals over contacts. */
final class Spread {

    private Spread() {
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? Double.NaN : s / v.length;
    }

    static double median(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /**
     * The statistic of the values with a 95% percentile interval from {@code reps} bootstrap
     * replicates that draw the values (contacts) with replacement; NaN bounds without replicates.
     * Infinite replicate values (a median never reached) sort last.
     */
    static Estimate bootstrap(double[] values, ToDoubleFunction<double[]> statistic, int reps, long seed) {
        double point = statistic.applyAsDouble(values);
        if (reps == 0 || values.length == 0) {
            return new Estimate(point, Double.NaN, Double.NaN);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] rep = new double[reps];
        double[] draw = new double[values.length];
        for (int b = 0; b < reps; b++) {
            for (int i = 0; i < draw.length; i++) {
                draw[i] = values[rnd.nextInt(values.length)];
            }
            rep[b] = statistic.applyAsDouble(draw);
        }
        Arrays.sort(rep);
        return new Estimate(point, percentile(rep, 0.025), percentile(rep, 0.975));
    }

    /** Linear-interpolated percentile of sorted values (infinite when it touches an infinite value). */
    static double percentile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        if (Double.isInfinite(sorted[i]) || Double.isInfinite(sorted[j])) {
            return pos == i ? sorted[i] : sorted[j];
        }
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }
}
