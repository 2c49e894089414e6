package org.reachlab.models;

import java.time.Instant;
import java.util.random.RandomGenerator;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.time.IsoWeek;

/**
 * A model that can draw plausible probabilities from its posterior, for Thompson sampling.
 *
 * <p>A draw is one sample of the model's uncertain parameters, so the 168 values of one
 * {@link #sampleProfile} call belong together. The mean over many draws is close to the model's
 * point prediction ({@link ReachabilityModel#probability}). Draws depend only on the model's state
 * and the generator, so a seeded generator gives reproducible draws.
 */
public interface PosteriorSampler {

    /** One posterior draw of the probability that a call at the instant connects. */
    double sample(Contact contact, Instant at, RandomGenerator random);

    /** One posterior draw of the contact's weekly profile (day effects of the week included). */
    WeeklyProfile sampleProfile(Contact contact, IsoWeek week, RandomGenerator random);

    /**
     * The posterior of the contact's week, for many draws in a row (Thompson sampling draws dozens
     * per dial): each draw is distributed as one {@link #sampleProfile}. The default draws through
     * {@link #sampleProfile}; families override it where the draws share work.
     */
    default ProfilePosterior posterior(Contact contact, IsoWeek week) {
        return random -> sampleProfile(contact, week, random);
    }
}
