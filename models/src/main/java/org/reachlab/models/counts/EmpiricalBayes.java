package org.reachlab.models.counts;

import org.apache.commons.math3.special.Gamma;

/**
 * Empirical-Bayes estimates of prior strengths by maximising the marginal likelihood over a
 * log-spaced grid (0.25 to 4096).
 *
 * <p>Beta-Binomial level: cell i has k_i connects in n_i attempts and prior mean m_i; its rate is
 * Beta(A·m_i, A·(1 − m_i)). Gamma-Poisson level: unit i has K_i connects where E_i were expected;
 * its multiplier is Gamma(A, A) (mean 1). Counts may be fractional (decayed).
 */
public final class EmpiricalBayes {

    /** The strengths tried. */
    static final double[] GRID = grid();

    private EmpiricalBayes() {
    }

    private static double[] grid() {
        double[] g = new double[29];
        for (int i = 0; i < g.length; i++) {
            g[i] = 0.25 * Math.pow(2, i / 2.0);
        }
        return g;
    }

    /** The strength A maximising the Beta-Binomial marginal likelihood of the cells 0..count-1. */
    public static double betaBinomialStrength(double[] k, double[] n, double[] m, int count) {
        double best = GRID[GRID.length - 1];
        double bestLl = Double.NEGATIVE_INFINITY;
        for (double a : GRID) {
            double ll = betaBinomialLogLikelihood(k, n, m, count, a);
            if (ll > bestLl + 1e-9) {
                bestLl = ll;
                best = a;
            }
        }
        return best;
    }

    /** The Beta-Binomial log marginal likelihood (without the binomial coefficients). */
    public static double betaBinomialLogLikelihood(double[] k, double[] n, double[] m, int count, double a) {
        double ll = 0;
        for (int i = 0; i < count; i++) {
            if (n[i] <= 0) {
                continue;
            }
            double mi = Math.min(1 - 1e-4, Math.max(1e-4, m[i]));
            double alpha = a * mi;
            double beta = a * (1 - mi);
            double ki = Math.min(k[i], n[i]);
            ll += logBeta(ki + alpha, n[i] - ki + beta) - logBeta(alpha, beta);
        }
        return ll;
    }

    /** The strength A maximising the Gamma-Poisson (negative binomial) marginal likelihood. */
    public static double gammaPoissonStrength(double[] kk, double[] e, int count) {
        double best = GRID[GRID.length - 1];
        double bestLl = Double.NEGATIVE_INFINITY;
        for (double a : GRID) {
            double ll = gammaPoissonLogLikelihood(kk, e, count, a);
            if (ll > bestLl + 1e-9) {
                bestLl = ll;
                best = a;
            }
        }
        return best;
    }

    /** The Gamma-Poisson log marginal likelihood (without the −log K! terms). */
    public static double gammaPoissonLogLikelihood(double[] kk, double[] e, int count, double a) {
        double ll = 0;
        for (int i = 0; i < count; i++) {
            if (e[i] <= 0) {
                continue;
            }
            ll += Gamma.logGamma(kk[i] + a) - Gamma.logGamma(a) + a * Math.log(a / (a + e[i]))
                    + kk[i] * Math.log(e[i] / (a + e[i]));
        }
        return ll;
    }

    static double logBeta(double a, double b) {
        return Gamma.logGamma(a) + Gamma.logGamma(b) - Gamma.logGamma(a + b);
    }
}
