package org.reachlab.models.policy.learned;

/** Helpers for hour distributions with a minimum exploration probability. */
public final class Exploration {

    private Exploration() {
    }

    /**
     * Mixes a distribution over the allowed hours with the uniform one so that each allowed hour
     * gets at least {@code floor}: {@code p = (1 - k * floor) * q + floor} with k allowed hours
     * (the floor is capped at 1/k). Hours not allowed get 0. {@code q} need not be normalised;
     * an all-zero {@code q} gives the uniform distribution.
     */
    public static double[] withFloor(double[] q, int allowedMask, double floor) {
        if (!(floor >= 0 && floor <= 1)) {
            throw new IllegalArgumentException("floor must be in [0, 1], received " + floor);
        }
        int k = Integer.bitCount(allowedMask & 0xFFFFFF);
        if (k == 0) {
            throw new IllegalArgumentException("no allowed hour");
        }
        double f = Math.min(floor, 1.0 / k);
        double total = 0;
        for (int h = 0; h < 24; h++) {
            if ((allowedMask & (1 << h)) != 0) {
                total += Math.max(0, q[h]);
            }
        }
        double[] p = new double[24];
        for (int h = 0; h < 24; h++) {
            if ((allowedMask & (1 << h)) != 0) {
                double base = total > 0 ? Math.max(0, q[h]) / total : 1.0 / k;
                p[h] = (1 - k * f) * base + f;
            }
        }
        return p;
    }

    /** Draws an hour from a distribution (the last positive hour absorbs rounding). */
    public static int draw(double[] p, java.util.SplittableRandom random) {
        double u = random.nextDouble();
        double acc = 0;
        int last = -1;
        for (int h = 0; h < 24; h++) {
            if (p[h] > 0) {
                acc += p[h];
                last = h;
                if (u < acc) {
                    return h;
                }
            }
        }
        if (last < 0) {
            throw new IllegalArgumentException("distribution has no positive hour");
        }
        return last;
    }

    /** The allowed hour with the highest value (the earliest on a tie), or -1. */
    public static int argmax(double[] v, int allowedMask) {
        int best = -1;
        for (int h = 0; h < 24; h++) {
            if ((allowedMask & (1 << h)) != 0 && (best < 0 || v[h] > v[best])) {
                best = h;
            }
        }
        return best;
    }
}
