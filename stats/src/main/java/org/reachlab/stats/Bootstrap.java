package org.reachlab.stats;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/**
 * Percentile bootstrap intervals. Units (contacts) are drawn with replacement, as many as there
 * are; the 95% interval is the 2.5% and 97.5% {@link Percentiles} of the replicates.
 */
public final class Bootstrap {

    private static final double LOW = 0.025;
    private static final double HIGH = 0.975;

    private Bootstrap() {
    }

    /**
     * One resample of n units as counts: after the call {@code times[u]} is how often unit u was
     * drawn (the first n entries are reset; n draws of {@code random.nextInt(n)}).
     */
    public static void drawCounts(RandomGenerator random, int n, int[] times) {
        Arrays.fill(times, 0, n, 0);
        for (int i = 0; i < n; i++) {
            times[random.nextInt(n)]++;
        }
    }

    /**
     * The value with the 95% percentile interval of the first count replicates (NaN replicates
     * left out; NaN bounds when none is left).
     */
    public static Estimate interval(double value, double[] replicates, int count) {
        if (count == 0) {
            return Estimate.bootstrap(value, Double.NaN, Double.NaN);
        }
        double[] r = Percentiles.sortedWithoutNaN(replicates, count);
        if (r.length == 0) {
            return Estimate.bootstrap(value, Double.NaN, Double.NaN);
        }
        return Estimate.bootstrap(value, Percentiles.ofSorted(r, LOW), Percentiles.ofSorted(r, HIGH));
    }

    /**
     * The statistic of the values (one per contact) with a 95% percentile interval from reps
     * replicates that draw the values with replacement; NaN bounds without replicates. Infinite
     * replicate values (e.g. a median never reached) sort last.
     */
    public static Estimate ofValues(double[] values, ToDoubleFunction<double[]> statistic, int reps, long seed) {
        double point = statistic.applyAsDouble(values);
        if (reps == 0 || values.length == 0) {
            return Estimate.bootstrap(point, Double.NaN, Double.NaN);
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
        return Estimate.bootstrap(point, Percentiles.ofSorted(rep, LOW), Percentiles.ofSorted(rep, HIGH));
    }
}
