package org.reachlab.models.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.Observation;
import org.reachlab.models.PosteriorSampler;
import org.reachlab.models.ProfilePosterior;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.WeeklyProfile;

/**
 * A model whose probabilities go through a {@link Calibrator}. Updates go to the inner model; the
 * calibrator stays as fitted. {@link #wrap} returns a {@link PosteriorSampler} when the inner model
 * is one (its draws are calibrated too).
 */
public class CalibratedModel implements ReachabilityModel {

    final ReachabilityModel inner;
    final Calibrator calibrator;

    CalibratedModel(ReachabilityModel inner, Calibrator calibrator) {
        this.inner = inner;
        this.calibrator = calibrator;
    }

    /** Wraps a model. */
    public static CalibratedModel wrap(ReachabilityModel inner, Calibrator calibrator) {
        return inner instanceof PosteriorSampler ? new Sampling(inner, calibrator) : new CalibratedModel(inner, calibrator);
    }

    /** The uncalibrated model. */
    public ReachabilityModel inner() {
        return inner;
    }

    public Calibrator calibrator() {
        return calibrator;
    }

    @Override
    public String family() {
        return inner.family();
    }

    @Override
    public double probability(Contact contact, Instant at) {
        return calibrator.apply(inner.probability(contact, at));
    }

    @Override
    public double probability(Contact contact, Instant at, String repId) {
        return calibrator.apply(inner.probability(contact, at, repId));
    }

    @Override
    public WeeklyProfile profile(Contact contact, IsoWeek week) {
        return map(inner.profile(contact, week));
    }

    WeeklyProfile map(WeeklyProfile p) {
        double[] q = p.probabilities().clone();
        for (int s = 0; s < q.length; s++) {
            q[s] = calibrator.apply(q[s]);
        }
        return new WeeklyProfile(p.contactId(), p.week(), q);
    }

    @Override
    public void update(Observation observation) {
        inner.update(observation);
    }

    /** Saves the inner model's parameters; the store saves the calibrator beside them. */
    @Override
    public void save(Path parametersDir) throws IOException {
        inner.save(parametersDir);
    }

    @Override
    public java.util.Map<String, Object> summary() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>(inner.summary());
        m.put("calibration", calibrator.kind());
        return m;
    }

    @Override
    public ReachabilityModel copy() {
        return wrap(inner.copy(), calibrator);
    }

    /** A calibrated model whose inner model samples. */
    static final class Sampling extends CalibratedModel implements PosteriorSampler {
        Sampling(ReachabilityModel inner, Calibrator calibrator) {
            super(inner, calibrator);
        }

        @Override
        public double sample(Contact contact, Instant at, RandomGenerator random) {
            return calibrator.apply(((PosteriorSampler) inner).sample(contact, at, random));
        }

        @Override
        public WeeklyProfile sampleProfile(Contact contact, IsoWeek week, RandomGenerator random) {
            return map(((PosteriorSampler) inner).sampleProfile(contact, week, random));
        }

        @Override
        public ProfilePosterior posterior(Contact contact, IsoWeek week) {
            ProfilePosterior p = ((PosteriorSampler) inner).posterior(contact, week);
            return random -> map(p.draw(random));
        }
    }
}
