package org.reachlab.models.bayes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.models.ContactPreferences;
import org.reachlab.models.DayEffects;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.TrainingData;
import org.reachlab.models.counts.SlotCounts;

/**
 * {@code bayes}: hierarchical empirical-Bayes slot rates with forgetting, stated preferences as
 * prior evidence and posterior sampling. See {@link BayesModel} for the model.
 */
public final class BayesFamily implements ModelFamily {

    /**
     * EM iterations of the routine shifts (templates and prior), from the uniform prior. Run to
     * convergence, EM drifts toward no shift (the unshifted templates fit the training counts
     * best) and predicts worse out of sample; stopped early, it keeps the shifts. 8 was chosen on
     * three data sets (docs/models.md, "Routine shifts").
     */
    static final int SHIFT_ITERATIONS = 8;

    /** Family name. */
    public static final String NAME = "bayes";

    /**
     * Parameters. A strength of 0 (and a preference weight below 0) means: estimate it by empirical
     * Bayes on the training data.
     *
     * @param halfLifeDays     half-life of a contact's counts, in days; 0 = never forget (default 42)
     * @param priorStrength    strength of the global prior toward the working-hours mean (default 10)
     * @param offHoursFactor   global prior multiplier outside working hours (default 0.3)
     * @param workFrom         first working hour (default 8)
     * @param workTo           end of working hours (default 18)
     * @param segmentStrength  segment slot rates toward global ones (default 0 = estimate)
     * @param contactStrength  contact level toward 1 × segment, Gamma(A, A) (default 0 = estimate)
     * @param hourStrength     contact hour-of-day (weekday/weekend) ratio toward 1 (default 0 = choose by
     *                         validation on the latest tenth of the training attempts)
     * @param slotStrength     contact slot rate toward its hour-level mean (default 0 = estimate)
     * @param preferenceWeight β: a stated weight w multiplies the prior mean by exp(β·w) (default −1 = estimate;
     *                         1 when no contact in the data stated anything)
     * @param maxProbability   cap of any probability (default 0.95)
     * @param minProbability   floor of any probability (default 1e-4)
     * @param maxShiftHours    a contact's routine may be its segment's shifted by up to this many hours
     *                         either way; the shift's posterior mixes the shifted segment rates (default 2;
     *                         0 = no shift)
     * @param changeThreshold  evidence (in nats) at which the change detector takes a contact's routine
     *                         to have changed and drops its older counts (default 4; 0 = no detector)
     */
    public record Params(double halfLifeDays, double priorStrength, double offHoursFactor, int workFrom, int workTo,
                         double segmentStrength, double contactStrength, double hourStrength, double slotStrength,
                         double preferenceWeight, double maxProbability, double minProbability,
                         int maxShiftHours, double changeThreshold) {

        public static final Params DEFAULTS = new Params(42, 10, 0.3, 8, 18, 0, 0, 0, 0, -1, 0.95, 1e-4, 2, 4);

        public Params {
            if (halfLifeDays < 0) {
                throw new IllegalArgumentException("halfLifeDays must be >= 0, received " + halfLifeDays);
            }
            if (!(minProbability > 0 && minProbability < maxProbability && maxProbability < 1)) {
                throw new IllegalArgumentException("need 0 < minProbability < maxProbability < 1, received "
                        + minProbability + " and " + maxProbability);
            }
            if (maxShiftHours < 0 || maxShiftHours > 6) {
                throw new IllegalArgumentException("maxShiftHours must be in 0..6, received " + maxShiftHours);
            }
            if (!(changeThreshold >= 0)) {
                throw new IllegalArgumentException("changeThreshold must be >= 0, received " + changeThreshold);
            }
        }

        /** These parameters with the given hour strength. */
        Params withHourStrength(double hour) {
            return new Params(halfLifeDays, priorStrength, offHoursFactor, workFrom, workTo, segmentStrength,
                    contactStrength, hour, slotStrength, preferenceWeight, maxProbability, minProbability,
                    maxShiftHours, changeThreshold);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Hierarchical Bayesian slot rates: each contact's rates shrunk toward its segment and the global "
                + "profile (Beta-Binomial / Gamma-Poisson, empirical Bayes; the hour strength by validation), its "
                + "routine as the segment's day shifted by a posterior over whole hours, exponential forgetting and "
                + "a change detector, stated preferences as prior evidence, posterior sampling.";
    }

    @Override
    public String limits() {
        return "Individual effects are a whole-hour shift of the segment's day (at most maxShiftHours), hour-of-day "
                + "ratios and slot rates: a routine that moves by less than an hour, or an effect of recent attempts "
                + "(fatigue), is not modelled. Segment and global levels do not forget; hyperparameters are fixed "
                + "after training, so online updates do not re-estimate them. The change detector watches online "
                + "updates only and fires on sharp changes, rarely on gradual ones.";
    }

    @Override
    public Object defaultParams() {
        return Params.DEFAULTS;
    }

    @Override
    public ReachabilityModel train(TrainingData data, ModelConfig config) {
        Params p = config.params(Params.class, Params.DEFAULTS);
        DayEffects days = DayEffects.learn(data, config.days());
        Map<String, double[]> prefs = new HashMap<>();
        for (String id : data.contacts().keySet()) {
            data.preferences().of(id).filter(ContactPreferences::hasWeights)
                    .ifPresent(cp -> prefs.put(id, cp.weights()));
        }
        Map<String, Double> validation = new java.util.LinkedHashMap<>();
        Params q = p;
        if (!(p.hourStrength() > 0)) {
            double chosen = chooseHourStrength(data, p, days, prefs, validation);
            if (chosen > 0) {
                q = p.withHourStrength(chosen);
            }
        }
        BayesModel m = fitted(data, q, days, prefs);
        m.hourValidation = validation;
        return m;
    }

    /** Share of the training attempts, the latest, on which the hour strength is chosen. */
    static final double VALIDATION_SHARE = 0.1;

    /** Fewest validation attempts for a choice; with fewer, the hour strength is estimated in-sample. */
    static final int VALIDATION_MIN = 200;

    /** The hour strengths tried, besides the in-sample estimate. */
    static final double[] HOUR_STRENGTHS = {0.5, 1, 2, 4, 8, 16, 32, 64, 4096};

    /**
     * Chooses the strength of the contacts' hour-of-day ratios by validation: the model is fitted
     * on the attempts before the latest {@link #VALIDATION_SHARE} of them, and each candidate
     * (those of {@link #HOUR_STRENGTHS} and the empirical-Bayes estimate on those attempts) is
     * scored by its log-loss on the latest attempts, predicted without updates. The in-sample
     * estimate alone is too cautious: the shift posterior, fitted to the same counts, absorbs much
     * of the hour-level spread, and routines that changed within the training data average out
     * in it (on the dense generated world it is 4096, i.e. no hour layer, while 2 predicts best).
     * Returns 0 (keep the in-sample estimate) when there are too few attempts to validate on;
     * {@code scores} receives each candidate's log-loss.
     */
    private static double chooseHourStrength(TrainingData data, Params p, DayEffects days,
                                             Map<String, double[]> prefs, Map<String, Double> scores) {
        int cut = (int) Math.floor(data.size() * (1 - VALIDATION_SHARE));
        if (cut <= 0 || data.size() - cut < VALIDATION_MIN) {
            return 0;
        }
        java.time.Instant at = data.at(cut);
        TrainingData head = data.before(at);
        TrainingData tail = data.from(at);
        if (head.size() == 0 || tail.size() < VALIDATION_MIN) {
            return 0;
        }
        BayesModel m = fitted(head, p, days, prefs);
        Hyper fitted = m.hyper;
        java.util.TreeSet<Double> candidates = new java.util.TreeSet<>();
        for (double a : HOUR_STRENGTHS) {
            candidates.add(a);
        }
        candidates.add(fitted.hour());
        double best = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (double a : candidates) {
            m.hyper = fitted.withHour(a);
            double loss = 0;
            for (int r = 0; r < tail.size(); r++) {
                double q = Math.min(1 - 1e-6, Math.max(1e-6, m.probability(tail.contact(r), tail.at(r))));
                loss -= tail.connected(r) ? Math.log(q) : Math.log(1 - q);
            }
            loss /= tail.size();
            scores.put(String.valueOf(a), loss);
            if (loss < bestLoss - 1e-12) {
                bestLoss = loss;
                best = a;
            }
        }
        return best;
    }

    /** The model on all of the data, with the strengths left at 0 in {@code p} estimated. */
    private static BayesModel fitted(TrainingData data, Params p, DayEffects days, Map<String, double[]> prefs) {
        double[] start = p.maxShiftHours() > 0 ? Hyper.uniformShifts(p.maxShiftHours()) : null;
        BayesModel m = fit(data, p, days, prefs);
        // the strengths describe the population, not recent behaviour: estimate them on counts that
        // were not forgotten (forgetting would make every contact look like the prior)
        Params unforgotten = new Params(0, p.priorStrength(), p.offHoursFactor(), p.workFrom(), p.workTo(),
                p.segmentStrength(), p.contactStrength(), p.hourStrength(), p.slotStrength(), p.preferenceWeight(),
                p.maxProbability(), p.minProbability(), p.maxShiftHours(), p.changeThreshold());
        BayesModel full = p.halfLifeDays() > 0 ? fit(data, unforgotten, days, prefs) : m;
        m.hyper = Hyper.estimate(full, p, data.size() == 0 ? 0 : data.epochSecond(data.size() - 1), start);
        if (full != m) {
            // segment counts are not forgotten: the aligned templates of the full model are the model's
            m.templates.clear();
            full.templates.forEach((seg, c) -> m.templates.put(seg, c.copy()));
        }
        m.alignSegments = m.hyper.shiftPrior() != null;
        m.watchChanges = p.changeThreshold() > 0;
        return m;
    }

    private static BayesModel fit(TrainingData data, Params p, DayEffects days, Map<String, double[]> prefs) {
        BayesModel m = new BayesModel(p, days, new SlotCounts(), new HashMap<>(), new HashMap<>(), new HashMap<>(), prefs,
                Hyper.initial(p), Long.MIN_VALUE);
        // the first pass counts raw slots; Hyper.estimate aligns the segment templates by shift.
        // The change detector needs the fitted hyperparameters: it watches online updates only
        m.alignSegments = false;
        m.watchChanges = false;
        for (int r = 0; r < data.size(); r++) {
            Contact c = data.contact(r);
            m.learn(c, data.epochSecond(r), data.slot(r), data.epochDay(r), data.connected(r));
        }
        return m;
    }

    @Override
    public ReachabilityModel load(Path dir, ModelConfig config, HolidayCalendar calendar) throws IOException {
        return BayesStore.read(dir, calendar);
    }

    /**
     * The fitted hyperparameters: strengths of the segment, contact level, hour-group and slot
     * layers, the preference weight β, and the population's prior over routine shifts
     * δ = −D..D hours (null without shifts).
     */
    record Hyper(double segment, double contact, double hour, double slot, double preference, double[] shiftPrior) {

        static Hyper initial(Params p) {
            return new Hyper(or(p.segmentStrength(), 20), or(p.contactStrength(), 5), or(p.hourStrength(), 5),
                    or(p.slotStrength(), 5), p.preferenceWeight() >= 0 ? p.preferenceWeight() : 1,
                    p.maxShiftHours() == 0 ? null : uniformShifts(p.maxShiftHours()));
        }

        /** The uniform prior over shifts −reach..reach, where the shift EM starts. */
        static double[] uniformShifts(int reach) {
            double[] w = new double[2 * reach + 1];
            java.util.Arrays.fill(w, 1.0 / w.length);
            return w;
        }

        private static double or(double v, double dflt) {
            return v > 0 ? v : dflt;
        }

        Hyper withSegment(double v) {
            return new Hyper(v, contact, hour, slot, preference, shiftPrior);
        }

        Hyper withContact(double v) {
            return new Hyper(segment, v, hour, slot, preference, shiftPrior);
        }

        Hyper withHour(double v) {
            return new Hyper(segment, contact, v, slot, preference, shiftPrior);
        }

        Hyper withSlot(double v) {
            return new Hyper(segment, contact, hour, v, preference, shiftPrior);
        }

        Hyper withPreference(double v) {
            return new Hyper(segment, contact, hour, slot, v, shiftPrior);
        }

        Hyper withShiftPrior(double[] v) {
            return new Hyper(segment, contact, hour, slot, preference, v);
        }

        /** Estimates the strengths left at 0 in the params, and the shift prior, level by level, at time t. */
        static Hyper estimate(BayesModel m, Params p, long t, double[] shiftStart) {
            Hyper h = initial(p);
            if (!(p.segmentStrength() > 0)) {
                h = h.withSegment(m.fitSegmentStrength());
            }
            m.hyper = h;
            if (!(p.contactStrength() > 0)) {
                h = h.withContact(m.fitContactStrength(t, h));
            }
            if (shiftStart != null) {
                h = h.withShiftPrior(m.fitShifts(t, h.withShiftPrior(shiftStart), SHIFT_ITERATIONS));
                m.hyper = h;
            }
            if (!(p.hourStrength() > 0)) {
                h = h.withHour(m.fitHourStrength(t, h));
            }
            if (!(p.slotStrength() > 0)) {
                h = h.withSlot(m.fitSlotStrength(t, h));
            }
            if (p.preferenceWeight() < 0) {
                h = h.withPreference(m.fitPreferenceWeight(t, h));
            }
            return h;
        }
    }

    static int slots() {
        return LocalSlot.COUNT;
    }
}
