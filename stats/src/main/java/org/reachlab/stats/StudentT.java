package org.reachlab.stats;

import org.apache.commons.math3.distribution.TDistribution;

/** Quantiles of Student's t distribution, for intervals over a few seeds. */
public final class StudentT {

    private StudentT() {
    }

    /**
     * The 97.5% quantile of Student's t with df degrees of freedom, exact (commons-math3's
     * {@link TDistribution}, to 1e-9), for every df.
     */
    public static double quantile975(int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be >= 1, received " + df);
        }
        return new TDistribution(null, df).inverseCumulativeProbability(0.975);
    }
}
