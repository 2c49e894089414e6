package org.reachlab.models.encoding;

import java.util.random.RandomGenerator;

/**
 * A core that keeps an approximate posterior of its parameters, so that its model can drive
 * Thompson sampling ({@link CoreModel#of} makes such a model a
 * {@link org.reachlab.models.PosteriorSampler}). The posterior's centre is the core's fitted
 * parameters: the mean of many draws is close to {@link EncodedCore#predict}. The core's online
 * step ({@link EncodedCore#learn}) updates the posterior with the rows it learns from.
 */
public interface PosteriorCore {

    /**
     * The joint posterior of the rows' probabilities: one draw is one draw of the parameters scored
     * on every row, so the rows of one draw belong together.
     */
    Draws posterior(EncodedRows rows);

    /** Draws of the probabilities of fixed rows. */
    @FunctionalInterface
    interface Draws {

        /** One draw: a probability for each row. */
        double[] draw(RandomGenerator random);
    }
}
