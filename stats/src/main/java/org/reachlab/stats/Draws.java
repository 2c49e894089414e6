package org.reachlab.stats;

import java.util.random.RandomGenerator;

/**
 * Gamma and Beta draws (Marsaglia and Tsang's method; shapes below 1 boosted by
 * Gamma(a) = Gamma(a + 1) · U^(1/a)).
 *
 * <p>The algorithm is written here rather than taken from a library on purpose: commons-rng's
 * {@code AhrensDieterMarsagliaTsangGammaSampler} uses Ahrens-Dieter below shape 1 and its own
 * Gaussian sampler, so it consumes the random stream differently and would change every
 * Thompson-sampling draw, and with them the published experiment figures. The standard normal
 * inside the method is chosen by {@link Normal}: the Bayesian model's posterior draws use the
 * generator's own {@code nextGaussian()}, the Beta-Bernoulli policies the polar method; both are
 * kept so that every saved result reproduces.
 */
public final class Draws {

    /** Where a draw's standard normal variates come from. */
    public enum Normal {
        /** {@link RandomGenerator#nextGaussian()} of the generator. */
        GENERATOR,
        /** Marsaglia's polar method on two {@code nextDouble()} per try. */
        POLAR
    }

    private Draws() {
    }

    /** A Gamma(shape, rate) draw; shape and rate > 0. */
    public static double gamma(double shape, double rate, RandomGenerator random, Normal normal) {
        if (!(shape > 0) || !(rate > 0)) {
            throw new IllegalArgumentException("Gamma shape and rate must be > 0, received " + shape + " and " + rate);
        }
        if (shape < 1) {
            double u = random.nextDouble();
            return gamma(shape + 1, rate, random, normal) * Math.pow(u == 0 ? Double.MIN_VALUE : u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = normal == Normal.POLAR ? polarGaussian(random) : random.nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v / rate;
            }
        }
    }

    /** A Beta(a, b) draw as X / (X + Y) of two Gamma draws; a, b > 0 (a / (a + b) if both are 0). */
    public static double beta(double a, double b, RandomGenerator random, Normal normal) {
        double x = gamma(a, 1, random, normal);
        double y = gamma(b, 1, random, normal);
        double s = x + y;
        return s == 0 ? a / (a + b) : x / s;
    }

    /** A standard normal draw by the polar method. */
    public static double polarGaussian(RandomGenerator r) {
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
