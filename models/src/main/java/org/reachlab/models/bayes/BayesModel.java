package org.reachlab.models.bayes;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.data.time.LocalClock;
import org.reachlab.models.DayEffects;
import org.reachlab.models.Observation;
import org.reachlab.models.PosteriorSampler;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.Segment;
import org.reachlab.models.WeeklyProfile;
import org.reachlab.models.counts.EmpiricalBayes;
import org.reachlab.models.counts.GlobalPrior;
import org.reachlab.models.counts.SlotCounts;
import org.reachlab.stats.Draws;

/**
 * The hierarchical model. For contact c, local slot s (hour group g = weekday/weekend × hour of
 * day) and time t, with counts decayed to t by the contact's half-life:
 * <ol>
 *   <li>global slot rate γ_s (see {@link GlobalPrior});</li>
 *   <li>segment slot rate σ_s = (k_seg,s + A_seg·γ_s) / (n_seg,s + A_seg) (γ_s for an unseen segment);</li>
 *   <li>stated preferences tilt it: m_s = σ_s · exp(β·w_c,s);</li>
 *   <li>the contact's level r = (K + A_c) / (E + A_c), K its connects and E = Σ n_s·m_s the connects
 *       expected at m (Gamma-Poisson with a Gamma(A_c, A_c) prior on r);</li>
 *   <li>its hour-group ratio ρ_g = (K_g + A_h) / (r·E_g + A_h), the same within the group;</li>
 *   <li>its slot rate p_s = (k_s + A_s·μ_s) / (n_s + A_s), μ_s = m_s·r·ρ_g(s) (Beta-Binomial);</li>
 *   <li>times the day factor of the date ({@link DayEffects}), clamped to [min, max].</li>
 * </ol>
 * A new contact has no counts: r = ρ = 1 and p = m, its segment's rate (or the global one).
 * {@link #sample} draws r and ρ from their Gamma posteriors and p from its Beta posterior.
 */
public final class BayesModel implements ReachabilityModel, PosteriorSampler {

    private static final int GROUPS = 48;
    private static final double[] NO_SHIFT = {1.0};

    private final BayesFamily.Params params;
    private final GlobalPrior prior;
    private final DayEffects days;
    private final SlotCounts global;
    final Map<Segment, SlotCounts> segments;
    /** Each segment's template aligned by its members' routine shifts (empty without shifts). */
    final Map<Segment, SlotCounts> templates;
    final Map<String, ContactState> contacts;
    final Map<String, double[]> preferences;
    BayesFamily.Hyper hyper;
    private final double lambda;
    long last;
    /** Whether new attempts are added to the segment template aligned by the contact's shift. */
    boolean alignSegments;
    /** Whether new attempts go through the change detector ({@link #watch}). */
    boolean watchChanges;
    /** Validation log-loss of each hour strength tried in training (empty when it was not chosen so). */
    Map<String, Double> hourValidation = Map.of();

    private volatile double[] globalRates;

    BayesModel(BayesFamily.Params params, DayEffects days, SlotCounts global, Map<Segment, SlotCounts> segments,
               Map<Segment, SlotCounts> templates, Map<String, ContactState> contacts, Map<String, double[]> preferences, BayesFamily.Hyper hyper,
               long last) {
        this.params = params;
        this.prior = new GlobalPrior(params.priorStrength(), params.offHoursFactor(), params.workFrom(),
                params.workTo());
        this.days = days;
        this.global = global;
        this.segments = segments;
        this.templates = templates;
        this.contacts = contacts;
        this.preferences = preferences;
        this.hyper = hyper;
        this.lambda = params.halfLifeDays() > 0 ? Math.log(2) / (params.halfLifeDays() * 86400.0) : 0;
        this.last = last;
        this.alignSegments = hyper.shiftPrior() != null;
        this.watchChanges = params.changeThreshold() > 0;
    }

    static int group(int slot) {
        return (slot / 24 < 5 ? 0 : 24) + slot % 24;
    }

    BayesFamily.Params params() {
        return params;
    }

    DayEffects days() {
        return days;
    }

    SlotCounts global() {
        return global;
    }

    /** The fitted hyperparameters: segment, contact, hour and slot strengths, preference weight. */
    public Map<String, Double> hyperparameters() {
        return Map.of("segmentStrength", hyper.segment(), "contactStrength", hyper.contact(),
                "hourStrength", hyper.hour(), "slotStrength", hyper.slot(), "preferenceWeight", hyper.preference());
    }

    /** The fitted prior over routine shifts, δ hours → weight (empty without shifts). */
    public Map<Integer, Double> shiftPrior() {
        double[] w = hyper.shiftPrior();
        Map<Integer, Double> out = new java.util.TreeMap<>();
        if (w != null) {
            int reach = (w.length - 1) / 2;
            for (int j = 0; j < w.length; j++) {
                out.put(j - reach, w[j]);
            }
        }
        return out;
    }

    @Override
    public Map<String, Object> summary() {
        Map<String, Object> m = new java.util.LinkedHashMap<>(new java.util.TreeMap<>(hyperparameters()));
        m.put("contacts", contacts.size());
        m.put("segments", segments.size());
        m.put("statedContacts", preferences.size());
        m.put("holidayFactor", days.holidayFactor());
        m.put("bridgeDayFactor", days.bridgeDayFactor());
        m.put("halfLifeDays", params.halfLifeDays());
        m.put("shiftPrior", shiftPrior());
        m.put("changeThreshold", params.changeThreshold());
        if (!hourValidation.isEmpty()) {
            m.put("hourStrengthValidationLogLoss", hourValidation);
        }
        m.put("changesDetected", contacts.values().stream().mapToLong(st -> st.changes).sum());
        return m;
    }

    void learn(Contact c, long t, int slot, long epochDay, boolean connected) {
        if (t < last) {
            throw new IllegalArgumentException("observations must come in time order: received "
                    + Instant.ofEpochSecond(t) + " after " + Instant.ofEpochSecond(last));
        }
        last = t;
        if (days.special(c, epochDay, slot % 24)) {
            return;
        }
        Segment seg = Segment.of(c);
        ContactState st = contacts.get(c.id());
        // the contact as known before this attempt: its shift posterior aligns the attempt in the
        // segment's template, and the change detector predicts the attempt from it
        View before = (alignSegments || watchChanges) && st != null && st.size > 0
                ? new View(seg, c.id(), st, t, hyper) : null;
        boolean sinceRestart = watchChanges && before != null && watch(seg, c.id(), st, before, t, slot, connected);
        if (alignSegments) {
            addAligned(templates.computeIfAbsent(seg, x -> new SlotCounts()),
                    before != null ? before.shift : shiftPosterior(seg, c.id(), t, hyper), slot, connected ? 1 : 0, 1);
        }
        global.add(slot, connected);
        segments.computeIfAbsent(seg, x -> new SlotCounts()).add(slot, connected);
        if (st == null) {
            st = new ContactState(seg, t);
            contacts.put(c.id(), st);
        }
        st.add(t, lambda, slot, connected);
        if (sinceRestart) {
            if (st.fresh == null) {
                st.fresh = new ContactState(seg, t);
            }
            st.fresh.add(t, lambda, slot, connected);
        }
        globalRates = null;
    }

    /**
     * The change detector (CUSUM of a challenger). Before an attempt is learned, it is predicted
     * twice: by the contact's counts, and by the counts since the detector's last restart alone
     * (the challenger: a new contact of the same segment, with only those attempts). The evidence
     * S = max(0, S + log L_challenger / L_counts) accumulates the log-likelihood ratio. When S
     * falls to 0, the counts explain the contact better: the challenger restarts after this
     * attempt. When S exceeds the threshold, the contact's routine is taken to have changed at the
     * restart: its counts are replaced by the challenger's, and the older attempts are dropped.
     * Returns whether this attempt belongs to the challenger's counts.
     */
    private boolean watch(Segment seg, String id, ContactState st, View counts, long t, int slot, boolean connected) {
        BayesFamily.Hyper h = hyper;
        double pCounts = counts.rate(slot, h);
        // a routine change moves the contact's hours, not its reachability: the challenger keeps
        // the level its counts give
        double pFresh = new View(seg, id, st.fresh, t, h).rateAt(slot, counts.level(h), h);
        double llr = connected ? Math.log(pFresh / pCounts) : Math.log((1 - pFresh) / (1 - pCounts));
        st.evidence = Math.max(0, st.evidence + llr);
        if (st.evidence == 0) {
            st.fresh = null;
            return false;
        }
        if (st.evidence > params.changeThreshold()) {
            st.restartFrom(st.fresh);
            st.evidence = 0;
            st.changes++;
        }
        return true;
    }

    /**
     * Adds k connects in n attempts at a contact's slot to its segment's template, split over the
     * template slots its shift posterior maps the slot to (slot s of a contact shifted by δ is
     * template slot s − δ hours).
     */
    private static void addAligned(SlotCounts counts, double[] shift, int slot, double k, double n) {
        int reach = (shift.length - 1) / 2;
        for (int j = 0; j < shift.length; j++) {
            if (shift[j] > 0) {
                int to = shifted(slot, j - reach);
                counts.k[to] += shift[j] * k;
                counts.n[to] += shift[j] * n;
            }
        }
    }

    double[] globalRates() {
        double[] g = globalRates;
        if (g == null) {
            g = prior.rates(global);
            globalRates = g;
        }
        return g;
    }

    private double clamp(double p) {
        return Math.max(params.minProbability(), Math.min(params.maxProbability(), p));
    }

    /** The segment's rate of slot s, σ_s (the global rate γ_s for an unseen segment). */
    private static double segmentRate(SlotCounts seg, double[] g, int s, BayesFamily.Hyper h) {
        return seg == null ? g[s] : (seg.k[s] + h.segment() * g[s]) / (seg.n[s] + h.segment());
    }

    /** The segment's rates σ of all slots. */
    private double[] baseRates(Segment segment, BayesFamily.Hyper h) {
        return rates(segments.get(segment), h);
    }

    /** The segment's template rates, aligned by shift (its plain rates when it has no template). */
    private double[] templateRates(Segment segment, BayesFamily.Hyper h) {
        SlotCounts t = templates.get(segment);
        return t == null ? baseRates(segment, h) : rates(t, h);
    }

    private double[] rates(SlotCounts seg, BayesFamily.Hyper h) {
        double[] g = globalRates();
        double[] base = new double[LocalSlot.COUNT];
        for (int s = 0; s < LocalSlot.COUNT; s++) {
            base[s] = segmentRate(seg, g, s, h);
        }
        return base;
    }

    /** The factors exp(β·w_s) of the contact's stated preferences (all 1 when it stated none). */
    private double[] tilt(String id, BayesFamily.Hyper h) {
        double[] w = preferences.get(id);
        double[] tilt = new double[LocalSlot.COUNT];
        for (int s = 0; s < LocalSlot.COUNT; s++) {
            tilt[s] = w != null && w[s] != 0 ? Math.exp(h.preference() * w[s]) : 1.0;
        }
        return tilt;
    }

    /** The posterior over the contact's routine shift at time t, from its counts so far. */
    double[] shiftPosterior(Segment segment, String id, long t, BayesFamily.Hyper h) {
        if (h.shiftPrior() == null || h.shiftPrior().length <= 1) {
            return NO_SHIFT;
        }
        ContactState st = contacts.get(id);
        int size = st == null ? 0 : st.size;
        if (size == 0) {
            return h.shiftPrior();
        }
        return shiftPosterior(st, size, st.decay(t, lambda), templateRates(segment, h), tilt(id, h), h);
    }

    /** The slot whose segment rate applies to slot s for a routine shifted by δ hours (same day). */
    static int shifted(int s, int delta) {
        int hour = Math.max(0, Math.min(23, s % 24 - delta));
        return s - s % 24 + hour;
    }

    /**
     * The posterior over the contact's routine shift δ (its segment's rates δ hours later in the
     * day): prior weight π_δ (fitted on the training data) times the Gamma-Poisson marginal
     * likelihood of its decayed counts under the shifted rates m_δ with its level integrated out,
     * ∝ Π_s m_δ,s^k_s · (E_δ + A_c)^−(K + A_c), E_δ = Σ_s n_s·m_δ,s.
     */
    private double[] shiftPosterior(ContactState st, int size, double d, double[] base, double[] tilt,
                                    BayesFamily.Hyper h) {
        double[] prior = h.shiftPrior();
        if (prior == null || prior.length <= 1) {
            return NO_SHIFT;
        }
        int reach = (prior.length - 1) / 2;
        double[] ll = new double[prior.length];
        double best = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < prior.length; j++) {
            if (!(prior[j] > 0)) {
                ll[j] = Double.NEGATIVE_INFINITY;
                continue;
            }
            double bigK = 0;
            double bigE = 0;
            double sum = 0;
            for (int i = 0; i < size; i++) {
                int s = st.slots[i];
                double m = clamp(base[shifted(s, j - reach)] * tilt[s]);
                double ki = st.k[i] * d;
                bigK += ki;
                bigE += st.n[i] * d * m;
                sum += ki * Math.log(m);
            }
            ll[j] = Math.log(prior[j]) + sum - (bigK + h.contact()) * Math.log(bigE + h.contact());
            best = Math.max(best, ll[j]);
        }
        double[] post = new double[prior.length];
        double z = 0;
        for (int j = 0; j < post.length; j++) {
            post[j] = Math.exp(ll[j] - best);
            z += post[j];
        }
        for (int j = 0; j < post.length; j++) {
            post[j] /= z;
        }
        return post;
    }

    /** Everything about one contact at time t that the levels need, dense over slots. */
    final class View {
        final double[] mean = new double[LocalSlot.COUNT];
        final double[] k = new double[LocalSlot.COUNT];
        final double[] n = new double[LocalSlot.COUNT];
        final double[] groupK = new double[GROUPS];
        final double[] groupE = new double[GROUPS];
        double bigK;
        double bigE;
        boolean seen;

        /** Posterior weight of each routine shift δ = −D..D (index δ + D); {1} without shifts. */
        final double[] shift;

        View(Segment segment, String id, long t, BayesFamily.Hyper h) {
            this(segment, id, contacts.get(id), t, h);
        }

        /** The view of the given counts of the contact (null: none). */
        View(Segment segment, String id, ContactState st, long t, BayesFamily.Hyper h) {
            double[] base = baseRates(segment, h);
            double[] tilt = tilt(id, h);
            int size = st == null ? 0 : st.size;
            double d = size > 0 ? st.decay(t, lambda) : 1;
            double[] prior = h.shiftPrior();
            if (prior == null || prior.length <= 1) {
                shift = NO_SHIFT;
                for (int s = 0; s < LocalSlot.COUNT; s++) {
                    mean[s] = clamp(base[s] * tilt[s]);
                }
            } else {
                // the segment's rates times how much more (or less) the contact's shift posterior
                // expects in the slot than the shift prior does: a contact the counts say nothing
                // about gets exactly its segment's rates
                double[] aligned = templateRates(segment, h);
                shift = shiftPosterior(st, size, d, aligned, tilt, h);
                int reach = (shift.length - 1) / 2;
                for (int s = 0; s < LocalSlot.COUNT; s++) {
                    double post = 0;
                    double before = 0;
                    for (int j = 0; j < shift.length; j++) {
                        double a = aligned[shifted(s, j - reach)];
                        post += shift[j] * a;
                        before += prior[j] * a;
                    }
                    mean[s] = clamp(base[s] * (post / before) * tilt[s]);
                }
            }
            if (size > 0) {
                seen = true;
                for (int i = 0; i < size; i++) {
                    int s = st.slots[i];
                    double ki = st.k[i] * d;
                    double ni = st.n[i] * d;
                    k[s] = ki;
                    n[s] = ni;
                    bigK += ki;
                    bigE += ni * mean[s];
                    groupK[group(s)] += ki;
                    groupE[group(s)] += ni * mean[s];
                }
            }
        }

        double level(BayesFamily.Hyper h) {
            return (bigK + h.contact()) / (bigE + h.contact());
        }

        double ratio(int g, double r, BayesFamily.Hyper h) {
            return (groupK[g] + h.hour()) / (r * groupE[g] + h.hour());
        }

        double slotMean(int s, double r, double rho) {
            return clamp(mean[s] * r * rho);
        }

        double rate(int s, double mu, BayesFamily.Hyper h) {
            return (k[s] + h.slot() * mu) / (n[s] + h.slot());
        }

        /** The ordinary-day rate of slot s. */
        double rate(int s, BayesFamily.Hyper h) {
            if (!seen) {
                return mean[s];
            }
            return rateAt(s, level(h), h);
        }

        /** The ordinary-day rate of slot s at the given level r of the contact. */
        double rateAt(int s, double r, BayesFamily.Hyper h) {
            return rate(s, slotMean(s, r, ratio(group(s), r, h)), h);
        }
    }

    /** The ordinary-day rates of all slots for a contact at time t. */
    double[] rates(Contact c, long t) {
        BayesFamily.Hyper h = hyper;
        View v = new View(Segment.of(c), c.id(), t, h);
        double r = v.level(h);
        double[] rho = new double[GROUPS];
        for (int g = 0; g < GROUPS; g++) {
            rho[g] = v.ratio(g, r, h);
        }
        double[] p = new double[LocalSlot.COUNT];
        for (int s = 0; s < LocalSlot.COUNT; s++) {
            p[s] = v.rate(s, v.slotMean(s, r, rho[group(s)]), h);
        }
        return p;
    }

    /** The ordinary-day rate of one slot. */
    double rate(Contact c, long t, int slot) {
        BayesFamily.Hyper h = hyper;
        return new View(Segment.of(c), c.id(), t, h).rate(slot, h);
    }

    @Override
    public String family() {
        return BayesFamily.NAME;
    }

    @Override
    public double probability(Contact contact, Instant at) {
        long t = at.getEpochSecond();
        long local = LocalClock.localSecond(t, contact.zone());
        int slot = LocalClock.slotOfLocal(local);
        double f = days.factor(contact, LocalClock.epochDayOfLocal(local), slot % 24);
        return clamp(rate(contact, t, slot) * f);
    }

    @Override
    public WeeklyProfile profile(Contact contact, IsoWeek week) {
        long t = Math.max(last, week.monday().atStartOfDay(contact.zone()).toEpochSecond());
        double[] p = rates(contact, t);
        double[] f = days.weekFactors(contact, week);
        for (int s = 0; s < p.length; s++) {
            p[s] = clamp(p[s] * f[s]);
        }
        return new WeeklyProfile(contact.id(), week, p);
    }

    @Override
    public double sample(Contact contact, Instant at, RandomGenerator random) {
        long t = at.getEpochSecond();
        long local = LocalClock.localSecond(t, contact.zone());
        int slot = LocalClock.slotOfLocal(local);
        double[] p = sampleRates(contact, t, random, slot);
        return clamp(p[slot] * days.factor(contact, LocalClock.epochDayOfLocal(local), slot % 24));
    }

    @Override
    public WeeklyProfile sampleProfile(Contact contact, IsoWeek week, RandomGenerator random) {
        long t = Math.max(last, week.monday().atStartOfDay(contact.zone()).toEpochSecond());
        double[] p = sampleRates(contact, t, random, -1);
        double[] f = days.weekFactors(contact, week);
        for (int s = 0; s < p.length; s++) {
            p[s] = clamp(p[s] * f[s]);
        }
        return new WeeklyProfile(contact.id(), week, p);
    }

    /** One posterior draw of the ordinary-day rates (all slots, or only {@code only} when >= 0). */
    private double[] sampleRates(Contact c, long t, RandomGenerator random, int only) {
        BayesFamily.Hyper h = hyper;
        View v = new View(Segment.of(c), c.id(), t, h);
        double r = Draws.gamma(v.bigK + h.contact(), v.bigE + h.contact(), random, Draws.Normal.GENERATOR);
        double[] rho = new double[GROUPS];
        for (int g = 0; g < GROUPS; g++) {
            if (only < 0 || g == group(only)) {
                rho[g] = Draws.gamma(v.groupK[g] + h.hour(), r * v.groupE[g] + h.hour(), random,
                        Draws.Normal.GENERATOR);
            }
        }
        double[] p = new double[LocalSlot.COUNT];
        for (int s = 0; s < LocalSlot.COUNT; s++) {
            if (only >= 0 && s != only) {
                continue;
            }
            double mu = v.slotMean(s, r, rho[group(s)]);
            double a = v.k[s] + h.slot() * mu;
            double b = Math.max(0, v.n[s] - v.k[s]) + h.slot() * (1 - mu);
            p[s] = Draws.beta(a, b, random, Draws.Normal.GENERATOR);
        }
        return p;
    }

    @Override
    public void update(Observation o) {
        long t = o.at().getEpochSecond();
        long local = LocalClock.localSecond(t, o.contact().zone());
        learn(o.contact(), t, LocalClock.slotOfLocal(local), LocalClock.epochDayOfLocal(local), o.connected());
    }

    @Override
    public void save(Path dir) throws IOException {
        BayesStore.write(this, dir);
    }

    @Override
    public BayesModel copy() {
        Map<Segment, SlotCounts> segs = new HashMap<>();
        segments.forEach((s, c) -> segs.put(s, c.copy()));
        Map<Segment, SlotCounts> tmpl = new HashMap<>();
        templates.forEach((s, c) -> tmpl.put(s, c.copy()));
        Map<String, ContactState> cs = new HashMap<>();
        contacts.forEach((id, st) -> cs.put(id, st.copy()));
        BayesModel m = new BayesModel(params, days, global.copy(), segs, tmpl, cs, new HashMap<>(preferences), hyper, last);
        m.alignSegments = alignSegments;
        m.watchChanges = watchChanges;
        m.hourValidation = hourValidation;
        return m;
    }

    // ---- empirical Bayes ------------------------------------------------------------------------

    double fitSegmentStrength() {
        double[] g = globalRates();
        int cells = segments.size() * LocalSlot.COUNT;
        double[] k = new double[cells];
        double[] n = new double[cells];
        double[] mean = new double[cells];
        int i = 0;
        for (SlotCounts c : segments.values()) {
            for (int s = 0; s < LocalSlot.COUNT; s++) {
                k[i] = c.k[s];
                n[i] = c.n[s];
                mean[i] = g[s];
                i++;
            }
        }
        return EmpiricalBayes.betaBinomialStrength(k, n, mean, cells);
    }

    private List<View> views(long t, BayesFamily.Hyper h, boolean onlyStated) {
        List<View> out = new ArrayList<>(contacts.size());
        contacts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (!onlyStated || preferences.containsKey(e.getKey())) {
                out.add(new View(e.getValue().segment, e.getKey(), t, h));
            }
        });
        return out;
    }

    double fitContactStrength(long t, BayesFamily.Hyper h) {
        List<View> vs = views(t, h, false);
        double[] kk = new double[vs.size()];
        double[] e = new double[vs.size()];
        for (int i = 0; i < vs.size(); i++) {
            kk[i] = vs.get(i).bigK;
            e[i] = vs.get(i).bigE;
        }
        return EmpiricalBayes.gammaPoissonStrength(kk, e, kk.length);
    }

    /**
     * Routine shifts by EM, on a model whose contact counts are not forgotten. E-step: each
     * contact's shift posterior under its segment's current template without its own counts, and
     * the shift prior. M-step: the segment templates re-counted from the contacts' counts aligned
     * by their posteriors (a contact's slot s counts for template slot s − δ with weight π_c(δ)),
     * and the prior the contacts' mean posterior (floored, so that every shift stays possible).
     * Without alignment a segment's rates are a blur of its members' shifted routines. EM starts
     * from the shift prior in {@code h} and runs {@code iterations} steps (it is stopped early on
     * purpose: see {@link BayesFamily#SHIFT_ITERATIONS}). Leaves the aligned templates in place and
     * returns the fitted prior.
     */
    double[] fitShifts(long t, BayesFamily.Hyper h, int iterations) {
        BayesFamily.Hyper cur = h;
        templates.clear();
        segments.forEach((seg, c) -> templates.put(seg, c.copy()));
        // the raw templates hold every contact's counts unshifted
        Map<String, double[]> inTemplate = new HashMap<>();
        double[] unshifted = new double[h.shiftPrior().length];
        unshifted[unshifted.length / 2] = 1;
        contacts.keySet().forEach(id -> inTemplate.put(id, unshifted));
        for (int iter = 0; iter < iterations; iter++) {
            cur = cur.withShiftPrior(shiftStep(t, cur, inTemplate));
        }
        alignSegments = true;
        return cur.shiftPrior();
    }

    /**
     * One step of the shift EM over the contacts (in id order). E-step: each contact's posterior against its segment's template without
     * its own counts (as {@code inTemplate} placed them in it): with its own counts in, a contact
     * fits the template best where its counts already are, and EM drifts back to no shift. M-step:
     * replaces the templates by the aligned counts, records where each contact's counts now are,
     * and returns the contacts' mean posterior, floored.
     */
    private double[] shiftStep(long t, BayesFamily.Hyper h, Map<String, double[]> inTemplate) {
        List<Map.Entry<String, ContactState>> sorted = new ArrayList<>(contacts.entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        double[] sum = new double[h.shiftPrior().length];
        Map<Segment, SlotCounts> aligned = new HashMap<>();
        double[] g = globalRates();
        double[] base = new double[LocalSlot.COUNT];
        int seen = 0;
        for (Map.Entry<String, ContactState> e : sorted) {
            ContactState st = e.getValue();
            if (st.size == 0) {
                continue;
            }
            double d = st.decay(t, lambda);
            SlotCounts own = new SlotCounts();
            double[] placed = inTemplate.get(e.getKey());
            for (int i = 0; i < st.size; i++) {
                addAligned(own, placed, st.slots[i], st.k[i] * d, st.n[i] * d);
            }
            SlotCounts seg = templates.get(st.segment);
            for (int s = 0; s < LocalSlot.COUNT; s++) {
                double k = seg == null ? 0 : Math.max(0, seg.k[s] - own.k[s]);
                double n = seg == null ? 0 : Math.max(0, seg.n[s] - own.n[s]);
                base[s] = (k + h.segment() * g[s]) / (n + h.segment());
            }
            double[] post = shiftPosterior(st, st.size, d, base, tilt(e.getKey(), h), h);
            inTemplate.put(e.getKey(), post);
            SlotCounts counts = aligned.computeIfAbsent(st.segment, x -> new SlotCounts());
            for (int i = 0; i < st.size; i++) {
                addAligned(counts, post, st.slots[i], st.k[i] * d, st.n[i] * d);
            }
            for (int j = 0; j < sum.length; j++) {
                sum[j] += post[j];
            }
            seen++;
        }
        if (seen == 0) {
            return h.shiftPrior();
        }
        templates.keySet().removeIf(aligned::containsKey);
        templates.putAll(aligned);
        double z = 0;
        for (int j = 0; j < sum.length; j++) {
            sum[j] = Math.max(1e-3, sum[j] / seen);
            z += sum[j];
        }
        for (int j = 0; j < sum.length; j++) {
            sum[j] /= z;
        }
        return sum;
    }

    double fitHourStrength(long t, BayesFamily.Hyper h) {
        List<View> vs = views(t, h, false);
        double[] kk = new double[vs.size() * GROUPS];
        double[] e = new double[kk.length];
        int i = 0;
        for (View v : vs) {
            double r = v.level(h);
            for (int g = 0; g < GROUPS; g++) {
                if (v.groupE[g] > 0) {
                    kk[i] = v.groupK[g];
                    e[i] = r * v.groupE[g];
                    i++;
                }
            }
        }
        return EmpiricalBayes.gammaPoissonStrength(kk, e, i);
    }

    double fitSlotStrength(long t, BayesFamily.Hyper h) {
        List<View> vs = views(t, h, false);
        int cells = 0;
        for (ContactState st : contacts.values()) {
            cells += st.size;
        }
        double[] k = new double[cells];
        double[] n = new double[cells];
        double[] mu = new double[cells];
        int i = 0;
        for (View v : vs) {
            double r = v.level(h);
            for (int s = 0; s < LocalSlot.COUNT; s++) {
                if (v.n[s] > 0) {
                    k[i] = v.k[s];
                    n[i] = v.n[s];
                    mu[i] = v.slotMean(s, r, v.ratio(group(s), r, h));
                    i++;
                }
            }
        }
        return EmpiricalBayes.betaBinomialStrength(k, n, mu, i);
    }

    /** β maximising the marginal likelihood of the stating contacts' counts; 1 when none stated. */
    double fitPreferenceWeight(long t, BayesFamily.Hyper h) {
        if (views(t, h, true).isEmpty()) {
            return 1;
        }
        double best = 0;
        double bestLl = Double.NEGATIVE_INFINITY;
        for (int step = 0; step <= 12; step++) {
            double beta = step * 0.25;
            BayesFamily.Hyper hb = h.withPreference(beta);
            double ll = 0;
            for (View v : views(t, hb, true)) {
                double r = v.level(hb);
                ll += EmpiricalBayes.gammaPoissonLogLikelihood(new double[] {v.bigK}, new double[] {v.bigE}, 1,
                        hb.contact());
                for (int g = 0; g < GROUPS; g++) {
                    ll += EmpiricalBayes.gammaPoissonLogLikelihood(new double[] {v.groupK[g]},
                            new double[] {r * v.groupE[g]}, 1, hb.hour());
                }
                for (int s = 0; s < LocalSlot.COUNT; s++) {
                    if (v.n[s] > 0) {
                        double mu = v.slotMean(s, r, v.ratio(group(s), r, hb));
                        ll += EmpiricalBayes.betaBinomialLogLikelihood(new double[] {v.k[s]}, new double[] {v.n[s]},
                                new double[] {mu}, 1, hb.slot());
                    }
                }
            }
            if (ll > bestLl + 1e-9) {
                bestLl = ll;
                best = beta;
            }
        }
        return best;
    }
}
