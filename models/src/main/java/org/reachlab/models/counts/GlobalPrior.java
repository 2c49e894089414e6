package org.reachlab.models.counts;

import org.reachlab.data.domain.LocalSlot;

/**
 * Global slot rates, smoothed: rate_s = (k_s + a·m_s) / (n_s + a), where the prior mean m_s is the
 * overall connect rate inside working hours on weekdays and {@code offHoursFactor} times that
 * elsewhere, so that hours nobody dialed are not guessed as good as office hours.
 *
 * @param strength       a, in pseudo-attempts (default 10)
 * @param offHoursFactor prior multiplier outside working hours and at weekends (default 0.3)
 * @param workFrom       first working hour (default 8)
 * @param workTo         end of working hours, exclusive (default 18)
 */
public record GlobalPrior(double strength, double offHoursFactor, int workFrom, int workTo) {

    /** The defaults. */
    public static final GlobalPrior DEFAULTS = new GlobalPrior(10, 0.3, 8, 18);

    public GlobalPrior {
        if (!(strength > 0)) {
            throw new IllegalArgumentException("strength must be > 0, received " + strength);
        }
        if (!(offHoursFactor >= 0 && offHoursFactor <= 1)) {
            throw new IllegalArgumentException("offHoursFactor must be in [0, 1], received " + offHoursFactor);
        }
        if (workFrom < 0 || workTo > 24 || workFrom >= workTo) {
            throw new IllegalArgumentException("working hours must satisfy 0 <= workFrom < workTo <= 24, received "
                    + workFrom + ".." + workTo);
        }
    }

    /** True for a weekday slot inside working hours. */
    public boolean working(int slot) {
        int h = slot % 24;
        return slot / 24 < 5 && h >= workFrom && h < workTo;
    }

    /** The smoothed global rates of the counts. */
    public double[] rates(SlotCounts c) {
        double kw = 0;
        double nw = 0;
        double kAll = 0;
        double nAll = 0;
        for (int s = 0; s < LocalSlot.COUNT; s++) {
            kAll += c.k[s];
            nAll += c.n[s];
            if (working(s)) {
                kw += c.k[s];
                nw += c.n[s];
            }
        }
        double mean = nw > 0 ? kw / nw : nAll > 0 ? kAll / nAll : 0.1;
        // one pseudo-attempt at 10% keeps an empty table from predicting 0
        mean = (mean * Math.max(nw, nAll) + 0.1) / (Math.max(nw, nAll) + 1);
        double[] r = new double[LocalSlot.COUNT];
        for (int s = 0; s < LocalSlot.COUNT; s++) {
            double m = working(s) ? mean : mean * offHoursFactor;
            r[s] = (c.k[s] + strength * m) / (c.n[s] + strength);
        }
        return r;
    }
}
