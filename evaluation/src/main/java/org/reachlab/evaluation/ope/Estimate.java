package org.reachlab.evaluation.ope;

/**
 * One estimate of a target policy's contact rate.
 *
 * @param value the estimate
 * @param se    its standard error (from the per-dial terms; for SNIPS by the delta method)
 */
public record Estimate(double value, double se) {

    /** Lower end of the normal 95% interval. */
    public double lo() {
        return value - 1.96 * se;
    }

    /** Upper end of the normal 95% interval. */
    public double hi() {
        return value + 1.96 * se;
    }
}
