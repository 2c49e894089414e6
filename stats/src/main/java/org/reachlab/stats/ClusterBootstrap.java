package org.reachlab.stats;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap of ratio-of-sums estimates by cluster. Observations in one cluster (the
 * dials of one contact: the same person, the same habits) are not independent, so whole
 * clusters are resampled with replacement; each variant's estimate is the mean of its
 * per-observation terms over the resampled observations, and the difference of two variants is
 * taken within each resample (paired).
 */
public final class ClusterBootstrap {

    /**
     * The bootstrap's answer.
     *
     * @param value       each variant's estimate and 95% interval (n: clusters)
     * @param vsReference each variant minus the reference, paired within every resample
     * @param clusters    clusters resampled
     * @param resamples   resamples drawn
     */
    public record Result(Map<String, Estimate> value, Map<String, Estimate> vsReference, int clusters,
                         int resamples) {
    }

    private final int clusters;
    private final Map<String, double[]> sums = new LinkedHashMap<>();
    private final Map<String, double[]> counts = new LinkedHashMap<>();

    /**
     * @param clusterIndex cluster of each observation (any ids; numbered densely in order of first appearance)
     * @param terms        per variant, one term per observation (NaN where the variant does not
     *                     count the observation)
     */
    public ClusterBootstrap(int[] clusterIndex, Map<String, double[]> terms) {
        Map<Integer, Integer> dense = new HashMap<>();
        int[] clusterOf = new int[clusterIndex.length];
        for (int i = 0; i < clusterIndex.length; i++) {
            clusterOf[i] = dense.computeIfAbsent(clusterIndex[i], k -> dense.size());
        }
        clusters = dense.size();
        terms.forEach((p, t) -> {
            if (t.length != clusterIndex.length) {
                throw new IllegalArgumentException("variant " + p + " has " + t.length + " terms for "
                        + clusterIndex.length + " observations");
            }
            double[] s = new double[clusters];
            double[] n = new double[clusters];
            for (int i = 0; i < t.length; i++) {
                if (!Double.isNaN(t[i])) {
                    s[clusterOf[i]] += t[i];
                    n[clusterOf[i]]++;
                }
            }
            sums.put(p, s);
            counts.put(p, n);
        });
    }

    /**
     * Draws the resamples.
     *
     * @param resamples how many
     * @param seed      the seed of the draws
     * @param reference the variant the others are paired against (one of the terms' keys)
     */
    public Result run(int resamples, long seed, String reference) {
        if (!sums.containsKey(reference)) {
            throw new IllegalArgumentException("reference " + reference + " is not among " + sums.keySet());
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1, received " + resamples);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, double[]> draws = new LinkedHashMap<>();
        sums.keySet().forEach(p -> draws.put(p, new double[resamples]));
        int[] times = new int[clusters];
        for (int b = 0; b < resamples; b++) {
            Bootstrap.drawCounts(random, clusters, times);
            for (String p : sums.keySet()) {
                draws.get(p)[b] = mean(sums.get(p), counts.get(p), times);
            }
        }
        int[] once = new int[clusters];
        java.util.Arrays.fill(once, 1);
        Map<String, Estimate> value = new LinkedHashMap<>();
        Map<String, Estimate> diff = new LinkedHashMap<>();
        double refEstimate = mean(sums.get(reference), counts.get(reference), once);
        double[] ref = draws.get(reference);
        for (String p : sums.keySet()) {
            double estimate = mean(sums.get(p), counts.get(p), once);
            double[] d = draws.get(p);
            value.put(p, withClusters(Bootstrap.interval(estimate, d, resamples)));
            double[] delta = new double[resamples];
            for (int b = 0; b < resamples; b++) {
                delta[b] = d[b] - ref[b];
            }
            diff.put(p, withClusters(Bootstrap.interval(estimate - refEstimate, delta, resamples)));
        }
        return new Result(value, diff, clusters, resamples);
    }

    private Estimate withClusters(Estimate e) {
        return Estimate.bootstrap(e.value(), e.lo(), e.hi(), clusters);
    }

    private static double mean(double[] s, double[] n, int[] times) {
        double sum = 0;
        double count = 0;
        for (int c = 0; c < times.length; c++) {
            if (times[c] > 0) {
                sum += times[c] * s[c];
                count += times[c] * n[c];
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
