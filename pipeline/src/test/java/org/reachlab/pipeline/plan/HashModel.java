package org.reachlab.pipeline.plan;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.random.RandomGenerator;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.Observation;
import org.reachlab.models.PosteriorSampler;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.WeeklyProfile;

/**
 * A model for tests: a fixed, uneven probability for every contact and local hour (a hash of the
 * two), with a posterior that spreads draws around it.
 */
final class HashModel implements ReachabilityModel, PosteriorSampler {

    @Override
    public String family() {
        return "hash";
    }

    @Override
    public double probability(Contact contact, Instant at) {
        ZonedDateTime local = at.atZone(contact.zone());
        long h = contact.id().hashCode() * 31L + local.getDayOfWeek().getValue() * 24L + local.getHour();
        h ^= h >>> 17;
        h *= 0x9E3779B97F4A7C15L;
        return 0.02 + 0.6 * ((h >>> 11) & 0xFFFF) / 65536.0;
    }

    @Override
    public double sample(Contact contact, Instant at, RandomGenerator random) {
        double p = probability(contact, at);
        return Math.max(0, Math.min(1, p + 0.1 * (random.nextDouble() - 0.5)));
    }

    @Override
    public WeeklyProfile sampleProfile(Contact contact, IsoWeek week, RandomGenerator random) {
        double[] p = profile(contact, week).probabilities().clone();
        double shift = 0.1 * (random.nextDouble() - 0.5);
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.max(0, Math.min(1, p[i] + shift));
        }
        return new WeeklyProfile(contact.id(), week, p);
    }

    @Override
    public org.reachlab.models.ProfilePosterior posterior(Contact contact, IsoWeek week) {
        double[] mean = profile(contact, week).probabilities();
        return random -> {
            double shift = 0.1 * (random.nextDouble() - 0.5);
            double[] p = new double[mean.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = Math.max(0, Math.min(1, mean[i] + shift));
            }
            return new WeeklyProfile(contact.id(), week, p);
        };
    }

    @Override
    public void update(Observation observation) {
        throw new UnsupportedOperationException("the test model does not learn");
    }

    @Override
    public void save(Path parametersDir) {
        throw new UnsupportedOperationException("the test model is not saved");
    }

    @Override
    public ReachabilityModel copy() {
        return this;
    }
}
