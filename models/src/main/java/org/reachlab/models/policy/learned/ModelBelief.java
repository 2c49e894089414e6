package org.reachlab.models.policy.learned;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.Observation;
import org.reachlab.models.PosteriorSampler;
import org.reachlab.models.ProfilePosterior;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.WeeklyProfile;
import org.reachlab.models.policy.DueContact;

/**
 * A trained {@link ReachabilityModel} seen as a belief: the mean of an hour is the model's
 * probability for a call at the middle of that local hour; a posterior draw is one
 * {@link PosteriorSampler#sampleProfile} of the week when the model can sample, else the point
 * prediction (a model without a posterior cannot drive Thompson sampling, see
 * {@link #samples()}). Every observed dial is fed to {@link ReachabilityModel#update}.
 *
 * <p>Draws come from the model's {@link PosteriorSampler#posterior} of the contact's week, kept
 * for the last contact and week asked until the next observed dial: a Thompson policy's draws for
 * one dial share its preparation, and every observed dial is seen by the draws after it.
 */
public final class ModelBelief implements SlotBelief {

    private final String name;
    private final ReachabilityModel model;
    /** The last posterior asked for, its contact and week; cleared by every observed dial. */
    private ProfilePosterior posterior;
    private String posteriorContact;
    private IsoWeek posteriorWeek;

    /**
     * The belief view of a trained model, the one way policies act on any model: a model that
     * keeps its own hourly belief ({@link BeliefModel}) is seen through it, any other through a
     * {@code ModelBelief}.
     */
    public static SlotBelief of(String name, ReachabilityModel model) {
        return model instanceof BeliefModel b ? b.belief() : new ModelBelief(name, model);
    }

    /** Wraps a trained model. */
    public ModelBelief(String name, ReachabilityModel model) {
        this.name = name;
        this.model = model;
    }

    /** The wrapped model. */
    public ReachabilityModel model() {
        return model;
    }

    /** True when the model can draw from its posterior. */
    public boolean samples() {
        return model instanceof PosteriorSampler;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double[] mean(DueContact due, LocalDate date) {
        Contact c = due.contact();
        ZoneId zone = c.zone();
        double[] out = new double[24];
        for (int h = 0; h < 24; h++) {
            if (due.allows(h)) {
                out[h] = model.probability(c, date.atTime(h, 30).atZone(zone).toInstant());
            }
        }
        return out;
    }

    @Override
    public double[] sample(DueContact due, LocalDate date, SplittableRandom random) {
        if (!(model instanceof PosteriorSampler sampler)) {
            return mean(due, date);
        }
        IsoWeek week = IsoWeek.of(date);
        Contact c = due.contact();
        if (posterior == null || !week.equals(posteriorWeek) || !c.id().equals(posteriorContact)) {
            posterior = sampler.posterior(c, week);
            posteriorContact = c.id();
            posteriorWeek = week;
        }
        WeeklyProfile w = posterior.draw(random);
        int base = (date.getDayOfWeek().getValue() - 1) * 24;
        double[] out = new double[24];
        for (int h = 0; h < 24; h++) {
            if (due.allows(h)) {
                out[h] = w.get(base + h);
            }
        }
        return out;
    }

    @Override
    public void observe(ObservedDial o) {
        posterior = null;
        model.update(new Observation(o.contact(), o.at(), o.outcome()));
    }

    @Override
    public SlotBelief copy() {
        return new ModelBelief(name, model.copy());
    }
}
