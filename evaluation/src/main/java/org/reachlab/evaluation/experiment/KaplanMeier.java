package org.reachlab.evaluation.experiment;

import java.util.Arrays;

/**
 * Kaplan-Meier estimate of the number of attempts until the first connect. Each contact
 * contributes an event at the attempt that first connected it, or is censored after its last
 * attempt (the period ended) or at the attempt cap, whichever comes first. The curve is
 * {@link org.reachlab.stats.KaplanMeier}'s; this record adds the counts at risk and the attempt cap
 * that the experiment's reports show.
 *
 * @param survival {@code survival[t]} = estimated probability of not being connected after t
 *                 attempts, t = 0..cap ({@code survival[0] = 1})
 * @param atRisk   contacts still at risk at attempt t (t = 1..cap; index 0 is every contact)
 * @param events   connects at attempt t
 */
public record KaplanMeier(double[] survival, int[] atRisk, int[] events) {

    /**
     * Fits the curve.
     *
     * @param times     per contact, the attempt of the first connect, or the number of attempts
     *                  made when it was never connected (values above the cap are cut to the cap)
     * @param connected per contact, whether {@code times} is a connect (else censored)
     * @param cap       the attempt cap
     */
    public static KaplanMeier fit(int[] times, boolean[] connected, int cap) {
        if (times.length != connected.length) {
            throw new IllegalArgumentException("times and connected differ in length: " + times.length + " vs "
                    + connected.length);
        }
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be >= 1, received " + cap);
        }
        int[] ev = new int[cap + 1];
        long[] events = new long[cap + 1];
        long[] censored = new long[cap + 1];
        for (int i = 0; i < times.length; i++) {
            if (times[i] < 0) {
                throw new IllegalArgumentException("times must be >= 0, received " + times[i]);
            }
            if (connected[i] && times[i] >= 1 && times[i] <= cap) {
                ev[times[i]]++;
                events[times[i]]++;
            } else {
                censored[Math.min(times[i], cap)]++;
            }
        }
        int[] risk = new int[cap + 1];
        risk[0] = times.length;
        int n = times.length - (int) censored[0];
        for (int t = 1; t <= cap; t++) {
            risk[t] = n;
            n -= ev[t] + (int) censored[t];
        }
        // the curve itself is the shared estimate's; with no contact it stays at 1
        double[] s = times.length == 0 ? filledWithOne(cap + 1)
                : org.reachlab.stats.KaplanMeier.ofCounts(events, censored).survival();
        return new KaplanMeier(s, risk, ev);
    }

    private static double[] filledWithOne(int n) {
        double[] s = new double[n];
        Arrays.fill(s, 1);
        return s;
    }

    /** The attempt cap. */
    public int cap() {
        return survival.length - 1;
    }

    /** Estimated share connected within t attempts, 1 - S(t). */
    public double reachedWithin(int t) {
        return 1 - survival[Math.min(t, cap())];
    }

    /** The median attempts to connect: the first t with S(t) <= 0.5, or NaN when it is beyond the cap. */
    public double median() {
        for (int t = 1; t <= cap(); t++) {
            if (survival[t] <= 0.5) {
                return t;
            }
        }
        return Double.NaN;
    }

    /**
     * The mean attempts to connect restricted to the cap: sum of S(t) for t = 0..cap-1 (a contact
     * never connected counts as cap attempts).
     */
    public double restrictedMean() {
        double m = 0;
        for (int t = 0; t < cap(); t++) {
            m += survival[t];
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KaplanMeier k && Arrays.equals(k.survival, survival) && Arrays.equals(k.atRisk, atRisk)
                && Arrays.equals(k.events, events);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(survival);
    }

    @Override
    public String toString() {
        return "KaplanMeier" + Arrays.toString(survival);
    }
}
