package org.reachlab.models.encoding;

/**
 * Time-ordered splits of rows sorted by instant, and the log-loss used for early stopping.
 */
public final class TimeSplit {

    private TimeSplit() {
    }

    /**
     * The first row of the validation tail: about the last {@code fraction} of the rows, moved forward
     * past rows that share an instant with the last training row, so that no instant is on both sides.
     * Returns {@code rows.size()} when the fraction is 0 or there are too few rows.
     */
    public static int validationStart(RawRows rows, double fraction) {
        if (fraction < 0 || fraction >= 1) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), received " + fraction);
        }
        int n = rows.size();
        int start = (int) Math.round(n * (1 - fraction));
        if (start <= 0 || start >= n) {
            return n;
        }
        return rows.firstAtOrAfter(rows.epochSecond(start - 1) + 1);
    }

    /** Mean log-loss of probabilities against 0/1 labels, probabilities clipped to [1e-7, 1 - 1e-7]. */
    public static double logLoss(double[] p, float[] y) {
        if (p.length != y.length) {
            throw new IllegalArgumentException(p.length + " probabilities for " + y.length + " labels");
        }
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(1 - 1e-7, Math.max(1e-7, p[i]));
            s -= y[i] > 0.5f ? Math.log(q) : Math.log(1 - q);
        }
        return p.length > 0 ? s / p.length : Double.NaN;
    }
}
