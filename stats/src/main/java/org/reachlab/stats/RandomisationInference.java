package org.reachlab.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Randomisation inference for a difference in means between treated and control units when only
 * a few units (reps) carry the treatment.
 *
 * <p>The statistic is the mean of the treated units' values minus the mean of the others'. Its
 * reference distribution is that statistic under every other assignment of the same number of
 * units to treatment: all of them when there are at most {@code maxAssignments}, otherwise that
 * many drawn at random (the observed one among them). The p-value of an effect τ is the share of
 * assignments whose statistic, on the values with τ taken off the treated units, is at least as far
 * from zero as the observed one (two-sided, Fisher's sharp null of the same additive effect on every
 * unit). The 95% interval is the set of τ that this test does not reject at 5%, found by bisection
 * on either side of the estimate. With n units and k treated there are C(n, k) assignments, so the
 * smallest attainable p-value is 1 / C(n, k): with 4 units and 2 treated no interval exists (the
 * bounds are infinite).
 */
public final class RandomisationInference {

    private static final double ALPHA = 0.05;
    private static final double TIE = 1e-12;

    /**
     * The answer.
     *
     * @param estimate    treated mean minus control mean
     * @param lo          lower end of the 95% interval (−∞ when the test never rejects below)
     * @param hi          upper end (+∞ when it never rejects above)
     * @param pValue      two-sided p-value of no effect
     * @param assignments assignments in the reference distribution
     * @param exact       true when every assignment was enumerated
     * @param treated     treated units
     * @param units       units with a value
     */
    public record Result(double estimate, double lo, double hi, double pValue, int assignments, boolean exact,
                         int treated, int units) {

        /** The estimate as the project's {@link Estimate} (n: units). */
        public Estimate toEstimate() {
            return Estimate.given(estimate, lo, hi, units);
        }

        /** True when the interval excludes 0. */
        public boolean excludesZero() {
            return lo > 0 || hi < 0;
        }
    }

    private final double[] a;
    private final double[] c;
    private final int observed;
    private final double scale;
    private final double estimate;
    private final boolean exact;
    private final int k;
    private final int n;

    private RandomisationInference(double[] a, double[] c, int observed, double scale, boolean exact, int k, int n) {
        this.a = a;
        this.c = c;
        this.observed = observed;
        this.scale = scale;
        this.estimate = a[observed];
        this.exact = exact;
        this.k = k;
        this.n = n;
    }

    /**
     * Prepares the test: units with a NaN value are left out.
     *
     * @param values         one value per unit
     * @param treated        which units were treated
     * @param maxAssignments most assignments in the reference distribution (all when fewer)
     * @param seed           seed of the drawn assignments (unused when all are enumerated)
     * @throws IllegalArgumentException when the lengths differ or either group has no unit with a value
     */
    public static RandomisationInference of(double[] values, boolean[] treated, int maxAssignments, long seed) {
        if (values.length != treated.length) {
            throw new IllegalArgumentException("values and treated differ in length, received " + values.length
                    + " and " + treated.length);
        }
        if (maxAssignments < 2) {
            throw new IllegalArgumentException("maxAssignments must be >= 2, received " + maxAssignments);
        }
        List<Double> ys = new ArrayList<>();
        List<Boolean> ds = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                ys.add(values[i]);
                ds.add(treated[i]);
            }
        }
        int n = ys.size();
        int k = (int) ds.stream().filter(b -> b).count();
        if (k == 0 || k == n) {
            throw new IllegalArgumentException("randomisation inference needs treated and control units with a value,"
                    + " received " + k + " treated of " + n);
        }
        double[] y = new double[n];
        int[] obs = new int[k];
        int j = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            y[i] = ys.get(i);
            total += y[i];
            if (ds.get(i)) {
                obs[j++] = i;
            }
        }
        double count = binomial(n, k);
        List<int[]> assignments = new ArrayList<>();
        boolean exact = count <= maxAssignments;
        if (exact) {
            int[] idx = new int[k];
            for (int i = 0; i < k; i++) {
                idx[i] = i;
            }
            while (true) {
                assignments.add(idx.clone());
                int i = k - 1;
                while (i >= 0 && idx[i] == n - k + i) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                idx[i]++;
                for (int m = i + 1; m < k; m++) {
                    idx[m] = idx[m - 1] + 1;
                }
            }
        } else {
            SplittableRandom random = new SplittableRandom(seed);
            assignments.add(obs.clone());
            int[] perm = new int[n];
            for (int b = 1; b < maxAssignments; b++) {
                for (int i = 0; i < n; i++) {
                    perm[i] = i;
                }
                for (int i = 0; i < k; i++) {
                    int s = i + random.nextInt(n - i);
                    int t = perm[i];
                    perm[i] = perm[s];
                    perm[s] = t;
                }
                assignments.add(java.util.Arrays.copyOf(perm, k));
            }
        }
        boolean[] isObs = new boolean[n];
        for (int i : obs) {
            isObs[i] = true;
        }
        double[] a = new double[assignments.size()];
        double[] c = new double[assignments.size()];
        int observed = -1;
        for (int b = 0; b < assignments.size(); b++) {
            double sum = 0;
            int overlap = 0;
            for (int i : assignments.get(b)) {
                sum += y[i];
                overlap += isObs[i] ? 1 : 0;
            }
            a[b] = sum / k - (total - sum) / (n - k);
            c[b] = (double) overlap / k - (double) (k - overlap) / (n - k);
            if (overlap == k && observed < 0) {
                observed = b;
            }
        }
        double mean = total / n;
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        double scale = Math.max(Math.sqrt(ss / Math.max(1, n - 1)), Math.abs(a[observed]) * 0.1);
        return new RandomisationInference(a, c, observed, scale > 0 ? scale : 1e-9, exact, k, n);
    }

    /** Test and interval in one call. */
    public static Result test(double[] values, boolean[] treated, int maxAssignments, long seed) {
        return of(values, treated, maxAssignments, seed).result();
    }

    /** The two-sided p-value of an additive effect τ on every treated unit. */
    public double pValue(double tau) {
        double obs = Math.abs(a[observed] - tau);
        int extreme = 0;
        for (int b = 0; b < a.length; b++) {
            if (Math.abs(a[b] - tau * c[b]) >= obs - TIE * (1 + obs)) {
                extreme++;
            }
        }
        return (double) extreme / a.length;
    }

    /** The estimate, its interval and the p-value of no effect. */
    public Result result() {
        return new Result(estimate, bound(-1), bound(1), pValue(0), a.length, exact, k, n);
    }

    private double bound(int sign) {
        double inside = estimate;
        double step = scale;
        double outside = Double.NaN;
        for (int i = 0; i < 60; i++) {
            double t = estimate + sign * step;
            if (pValue(t) <= ALPHA) {
                outside = t;
                break;
            }
            inside = t;
            step *= 2;
        }
        if (Double.isNaN(outside)) {
            return sign * Double.POSITIVE_INFINITY;
        }
        for (int i = 0; i < 50; i++) {
            double mid = (inside + outside) / 2;
            if (pValue(mid) <= ALPHA) {
                outside = mid;
            } else {
                inside = mid;
            }
        }
        return inside;
    }

    /** C(n, k) as a double (exact up to 2^53). */
    public static double binomial(int n, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return Math.rint(r);
    }
}
