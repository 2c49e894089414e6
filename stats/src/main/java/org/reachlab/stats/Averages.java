package org.reachlab.stats;

/** Plain averages, summed left to right (so results repeat to the last bit). */
public final class Averages {

    private Averages() {
    }

    /** The arithmetic mean; NaN for no values. */
    public static double mean(double[] values) {
        double s = 0;
        for (double x : values) {
            s += x;
        }
        return values.length == 0 ? Double.NaN : s / values.length;
    }
}
