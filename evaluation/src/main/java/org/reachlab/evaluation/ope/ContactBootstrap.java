package org.reachlab.evaluation.ope;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap of off-policy estimates by contact. The dials of one contact are not
 * independent (the same person, the same habits), so whole contacts are resampled with
 * replacement; each policy's estimate is the mean of its per-dial terms over the resampled
 * dials, and the difference of two policies is taken within each resample (paired).
 */
public final class ContactBootstrap {

    /**
     * An estimate with its 95% percentile interval.
     *
     * @param estimate the estimate on the whole log
     * @param lo       2.5% quantile over resamples
     * @param hi       97.5% quantile over resamples
     */
    public record Band(double estimate, double lo, double hi) {
    }

    /**
     * The bootstrap's answer.
     *
     * @param value       each policy's estimate and interval
     * @param vsReference each policy minus the reference, paired within every resample
     * @param contacts    contacts resampled
     * @param resamples   resamples drawn
     */
    public record Result(Map<String, Band> value, Map<String, Band> vsReference, int contacts, int resamples) {
    }

    private final int contacts;
    private final int[] contactOf;
    private final Map<String, double[]> sums = new LinkedHashMap<>();
    private final Map<String, double[]> counts = new LinkedHashMap<>();

    /**
     * @param contactIndex contact of each dial
     * @param terms        per policy, one term per dial (NaN where the policy does not count the dial)
     */
    public ContactBootstrap(int[] contactIndex, Map<String, double[]> terms) {
        Map<Integer, Integer> dense = new HashMap<>();
        contactOf = new int[contactIndex.length];
        for (int i = 0; i < contactIndex.length; i++) {
            contactOf[i] = dense.computeIfAbsent(contactIndex[i], k -> dense.size());
        }
        contacts = dense.size();
        terms.forEach((p, t) -> {
            if (t.length != contactIndex.length) {
                throw new IllegalArgumentException("policy " + p + " has " + t.length + " terms for "
                        + contactIndex.length + " dials");
            }
            double[] s = new double[contacts];
            double[] n = new double[contacts];
            for (int i = 0; i < t.length; i++) {
                if (!Double.isNaN(t[i])) {
                    s[contactOf[i]] += t[i];
                    n[contactOf[i]]++;
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
     * @param reference the policy the others are paired against (one of the terms' keys)
     */
    public Result run(int resamples, long seed, String reference) {
        if (!sums.containsKey(reference)) {
            throw new IllegalArgumentException("reference " + reference + " is not among the policies " + sums.keySet());
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1, received " + resamples);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, double[]> draws = new LinkedHashMap<>();
        sums.keySet().forEach(p -> draws.put(p, new double[resamples]));
        int[] times = new int[contacts];
        for (int b = 0; b < resamples; b++) {
            Arrays.fill(times, 0);
            for (int c = 0; c < contacts; c++) {
                times[random.nextInt(contacts)]++;
            }
            for (String p : sums.keySet()) {
                draws.get(p)[b] = mean(sums.get(p), counts.get(p), times);
            }
        }
        int[] once = new int[contacts];
        Arrays.fill(once, 1);
        Map<String, Band> value = new LinkedHashMap<>();
        Map<String, Band> diff = new LinkedHashMap<>();
        double refEstimate = mean(sums.get(reference), counts.get(reference), once);
        double[] ref = draws.get(reference);
        for (String p : sums.keySet()) {
            double estimate = mean(sums.get(p), counts.get(p), once);
            double[] d = draws.get(p);
            value.put(p, band(estimate, d));
            double[] delta = new double[resamples];
            for (int b = 0; b < resamples; b++) {
                delta[b] = d[b] - ref[b];
            }
            diff.put(p, band(estimate - refEstimate, delta));
        }
        return new Result(value, diff, contacts, resamples);
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

    private static Band band(double estimate, double[] draws) {
        double[] ok = Arrays.stream(draws).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (ok.length == 0) {
            return new Band(estimate, Double.NaN, Double.NaN);
        }
        return new Band(estimate, OffPolicyEvaluator.quantile(ok, 0.025), OffPolicyEvaluator.quantile(ok, 0.975));
    }
}
