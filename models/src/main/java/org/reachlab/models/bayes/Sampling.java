package org.reachlab.models.bayes;

import java.util.random.RandomGenerator;

/** Gamma and Beta draws (Marsaglia and Tsang) from any {@link RandomGenerator}. */
public final class Sampling {

    private Sampling() {
    }

    /** A Gamma(shape, rate) draw; shape and rate > 0. */
    public static double gamma(double shape, double rate, RandomGenerator random) {
        if (!(shape > 0) || !(rate > 0)) {
            throw new IllegalArgumentException("shape and rate must be > 0, received " + shape + " and " + rate);
        }
        if (shape < 1) {
            // boost: Gamma(a) = Gamma(a + 1) · U^(1/a)
            double u = random.nextDouble();
            return gamma(shape + 1, rate, random) * Math.pow(u == 0 ? Double.MIN_VALUE : u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = random.nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v / rate;
            }
        }
    }

    /** A Beta(a, b) draw; a and b > 0. */
    public static double beta(double a, double b, RandomGenerator random) {
        double x = gamma(a, 1, random);
        double y = gamma(b, 1, random);
        double s = x + y;
        return s == 0 ? a / (a + b) : x / s;
    }
}
