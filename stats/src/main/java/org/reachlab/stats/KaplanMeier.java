package org.reachlab.stats;

/**
 * The Kaplan-Meier estimate of a survival curve on integer times 0..H (attempts, or days).
 * {@code survival()[t]} is the estimated P(T &gt; t). An event at time t ends a unit's time at t; a
 * unit censored at t was seen through t without the event (it is at risk at t). The restricted mean
 * is E[min(T, H)] = Σ_{t &lt; H} P(T &gt; t).
 *
 * @param survival P(T &gt; t) for t = 0..H
 * @param units    units counted
 * @param events   events among them
 */
public record KaplanMeier(double[] survival, long units, long events) {

    /**
     * The estimate from counts by time.
     *
     * @param events   events at t = 0..H (events later than H belong at H as censored)
     * @param censored units censored at t = 0..H (same length)
     */
    public static KaplanMeier ofCounts(long[] events, long[] censored) {
        if (events.length != censored.length || events.length == 0) {
            throw new IllegalArgumentException("events and censored need the same, non-zero length, received "
                    + events.length + " and " + censored.length);
        }
        long n = 0;
        long e = 0;
        for (int t = 0; t < events.length; t++) {
            n += events[t] + censored[t];
            e += events[t];
        }
        double[] s = new double[events.length];
        long atRisk = n;
        double surv = 1;
        for (int t = 0; t < events.length; t++) {
            if (atRisk > 0) {
                surv *= 1 - (double) events[t] / atRisk;
            }
            s[t] = n == 0 ? Double.NaN : surv;
            atRisk -= events[t] + censored[t];
        }
        return new KaplanMeier(s, n, e);
    }

    /** The horizon H. */
    public int horizon() {
        return survival.length - 1;
    }

    /** E[min(T, H)]; NaN without units. */
    public double restrictedMean() {
        if (units == 0) {
            return Double.NaN;
        }
        double m = 0;
        for (int t = 0; t < horizon(); t++) {
            m += survival[t];
        }
        return m;
    }

    /** The smallest t with P(T &gt; t) ≤ 0.5; +∞ when the curve stays above one half, NaN without units. */
    public double median() {
        if (units == 0) {
            return Double.NaN;
        }
        for (int t = 0; t < survival.length; t++) {
            if (survival[t] <= 0.5) {
                return t;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** P(T ≤ t): the share with the event by t. */
    public double reachedBy(int t) {
        return units == 0 ? Double.NaN : 1 - survival[Math.min(t, horizon())];
    }
}
