package org.reachlab.models;

import java.util.random.RandomGenerator;

/**
 * The posterior of one contact's weekly profile, prepared once so that many draws are cheap: what
 * the draws share (the week's encoded rows, the point prediction, hidden activations) is computed
 * when it is made. It reflects the model as it was then; ask again after an update.
 */
@FunctionalInterface
public interface ProfilePosterior {

    /** One posterior draw of the week's 168 probabilities, as {@link PosteriorSampler#sampleProfile} gives. */
    WeeklyProfile draw(RandomGenerator random);
}
