package org.reachlab.models.policy.learned;

import java.util.SplittableRandom;

/** Beta and gamma draws from a {@link SplittableRandom} (Marsaglia-Tsang for the gamma). */
public final class BetaDraws {

    private BetaDraws() {
    }

    /** A Beta(a, b) draw; a, b > 0. */
    public static double beta(double a, double b, SplittableRandom r) {
        double x = gamma(a, r);
        double y = gamma(b, r);
        return x + y == 0 ? a / (a + b) : x / (x + y);
    }

    /** A Gamma(shape, 1) draw; shape > 0. */
    public static double gamma(double shape, SplittableRandom r) {
        if (!(shape > 0)) {
            throw new IllegalArgumentException("gamma shape must be > 0, received " + shape);
        }
        if (shape < 1) {
            double u = r.nextDouble();
            return gamma(shape + 1, r) * Math.pow(u == 0 ? Double.MIN_VALUE : u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = gaussian(r);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = r.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /** A standard normal draw (polar method). */
    public static double gaussian(SplittableRandom r) {
        double u;
        double v;
        double s;
        do {
            u = 2 * r.nextDouble() - 1;
            v = 2 * r.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }
}
