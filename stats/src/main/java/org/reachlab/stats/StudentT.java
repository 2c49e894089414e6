package org.reachlab.stats;

/** Quantiles of Student's t distribution, for intervals over a few seeds. */
public final class StudentT {

    private static final double[] T975 = {Double.NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306,
        2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069,
        2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

    private StudentT() {
    }

    /**
     * The 97.5% quantile of Student's t with df degrees of freedom, from the printed
     * three-decimal table (1.96 beyond 30 degrees of freedom).
     */
    public static double quantile975(int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be >= 1, received " + df);
        }
        return df < T975.length ? T975[df] : 1.96;
    }
}
