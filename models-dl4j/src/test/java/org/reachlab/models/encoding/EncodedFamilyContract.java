package org.reachlab.models.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.domain.Outcome;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.DataSource;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.Observation;
import org.reachlab.models.PosteriorSampler;
import org.reachlab.models.ProfilePosterior;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.TrainedModel;
import org.reachlab.models.TrainingData;
import org.reachlab.models.WeeklyProfile;
import org.reachlab.models.metrics.Metrics;
import org.reachlab.models.policy.DueContact;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.learned.ModelBelief;
import org.reachlab.models.policy.learned.SlotBelief;
import org.reachlab.models.policy.registry.PolicyInputs;
import org.reachlab.models.policy.registry.PolicyRegistry;
import org.reachlab.models.policy.registry.PolicySettings;
import org.reachlab.models.store.ModelStore;
import org.reachlab.models.training.Trainer;

/**
 * What every family on the shared encoding must do, on the {@link PlantedWorld}: 120 contacts, 30
 * attempts each over six weeks; the first five weeks train, the last one tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EncodedFamilyContract {

    protected static final TrainingData DATA = TrainingData.of(PlantedWorld.log(11, 120, 30, 6), Map.of(),
            StatedPreferences.none(), PlantedWorld.CALENDAR, DataSource.inMemory("planted world"));
    protected static final Instant CUT = PlantedWorld.START.plusWeeks(5).atStartOfDay(ZoneId.of("UTC")).toInstant();
    protected static final TrainingData TRAIN = DATA.before(CUT);
    protected static final TrainingData TEST = DATA.from(CUT);
    private static final IsoWeek NEXT_WEEK = IsoWeek.of(PlantedWorld.START.plusWeeks(6));

    /** The family under test. */
    protected abstract ModelFamily family();

    /** A small, fast config for the family. */
    protected abstract ModelConfig config();

    /** How much better than the constant rate the family must be on the test week, in log-loss. */
    protected abstract double requiredGain();

    private ReachabilityModel trained;

    /** A copy of the model trained once per test class with {@link #config()}. */
    private ReachabilityModel train() {
        if (trained == null) {
            trained = family().train(TRAIN, config());
        }
        return trained.copy();
    }

    private static double[] predict(ReachabilityModel m, TrainingData d) {
        double[] p = new double[d.size()];
        for (int k = 0; k < d.size(); k++) {
            p[k] = m.probability(d.contact(k), d.at(k));
        }
        return p;
    }

    private static boolean[] labels(TrainingData d) {
        boolean[] y = new boolean[d.size()];
        for (int k = 0; k < d.size(); k++) {
            y[k] = d.connected(k);
        }
        return y;
    }

    @Test
    void isRegistered() {
        assertThat(ModelRegistry.standard().get(family().name()).getClass()).isEqualTo(family().getClass());
    }

    @Test
    void learnsThePlantedPatternBetterThanAConstant() {
        ReachabilityModel m = train();
        double rate = (double) TRAIN.connects() / TRAIN.size();
        double[] constant = new double[TEST.size()];
        java.util.Arrays.fill(constant, rate);
        double model = Metrics.logLoss(predict(m, TEST), labels(TEST));
        double base = Metrics.logLoss(constant, labels(TEST));
        assertThat(model).as("test log-loss of %s against the constant %.4f", family().name(), base)
                .isLessThan(base - requiredGain());
        assertThat(Metrics.auc(predict(m, TEST), labels(TEST))).isGreaterThan(0.62);
    }

    @Test
    void coldStartFallsBackToTheSegment() {
        ReachabilityModel m = train();
        WeeklyProfile newcomer = m.profile(PlantedWorld.afternoonContact("never-seen"), NEXT_WEEK);
        WeeklyProfile flat = m.profile(PlantedWorld.flatContact("never-seen-either"), NEXT_WEEK);
        assertThat(mean(newcomer, 14, 17)).as("afternoon").isGreaterThan(mean(newcomer, 8, 11) + 0.15);
        double planted = mean(newcomer, 14, 17) / mean(newcomer, 8, 11);
        double other = mean(flat, 14, 17) / mean(flat, 8, 11);
        assertThat(planted).as("afternoon/morning ratio of the planted segment against the flat one")
                .isGreaterThan(2 * other);
        Contact stranger = new Contact("s", "SE", null, ZoneId.of("Europe/Stockholm"), "law", null, null, "partner",
                "sv");
        for (double p : m.profile(stranger, NEXT_WEEK).probabilities()) {
            assertThat(p).isBetween(0.0, 1.0);
        }
    }

    private static double mean(WeeklyProfile p, int fromHour, int toHour) {
        double s = 0;
        int n = 0;
        for (int d = 0; d < 5; d++) {
            for (int h = fromHour; h < toHour; h++) {
                s += p.get(d * 24 + h);
                n++;
            }
        }
        return s / n;
    }

    @Test
    void seededTrainingIsDeterministic() {
        double[] a = predict(train(), TEST);
        double[] b = predict(family().train(TRAIN, config()), TEST);
        assertThat(b).containsExactly(a);
        double[] c = predict(family().train(TRAIN, config().withSeed(99)), TEST);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void saveLoadPredictsTheSameAndKeepsLearning(@TempDir Path dir) throws IOException {
        TrainedModel trained = Trainer.train(family(), TRAIN, config().withValidationDays(3));
        ReachabilityModel m = trained.model();
        ModelStore.save(trained, family(), DATA.source(), dir.resolve("model"));
        ReachabilityModel back = ModelStore.load(dir.resolve("model"), ModelRegistry.standard(),
                PlantedWorld.CALENDAR).model();
        assertThat(back.family()).isEqualTo(family().name());
        double[] before = predict(m, TEST);
        assertThat(predict(back, TEST)).containsExactly(before, within(1e-7));
        Contact c = TEST.contact(0);
        assertThat(back.profile(c, NEXT_WEEK).probabilities())
                .containsExactly(m.profile(c, NEXT_WEEK).probabilities(), within(1e-7));
        // both learn the test week alike
        for (int k = 0; k < TEST.size(); k++) {
            m.update(TEST.observation(k));
            back.update(TEST.observation(k));
        }
        assertThat(predict(back, TEST)).containsExactly(predict(m, TEST), within(1e-7));
    }

    @Test
    void updatesOnlineWithoutTouchingCopies() {
        ReachabilityModel m = train();
        ReachabilityModel copy = m.copy();
        Contact c = TEST.contact(0);
        Instant at = TEST.at(TEST.size() - 1).plusSeconds(3600);
        double p0 = m.probability(c, at);
        for (int k = 0; k < TEST.size(); k++) {
            m.update(TEST.observation(k));
        }
        for (int i = 0; i < 5; i++) {
            m.update(new Observation(c, at.minusSeconds(60 - i), Outcome.NO_ANSWER));
        }
        assertThat(m.probability(c, at)).isNotEqualTo(p0);
        assertThat(copy.probability(c, at)).isEqualTo(p0);
        assertThatThrownBy(() -> m.update(new Observation(c, CUT, Outcome.CONNECTED)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("earlier");
    }

    @Test
    void profilesMatchSingleProbabilities() {
        ReachabilityModel m = train();
        Contact c = TEST.contact(3);
        WeeklyProfile p = m.profile(c, NEXT_WEEK);
        for (int s = 0; s < LocalSlot.COUNT; s++) {
            // float32 matrix products may round a block of rows and a single row differently
            assertThat(p.get(s)).as("slot %d", s)
                    .isCloseTo(m.probability(c, NEXT_WEEK.slotInstant(s, c.zone())), within(1e-7));
        }
    }

    @Test
    void profilesOfManyContactsEqualOneByOne() {
        ReachabilityModel m = train();
        // more contacts than one scoring block, in several zones, some never seen, one week with a DST change
        java.util.List<Contact> contacts = new java.util.ArrayList<>(TRAIN.contacts().values());
        contacts.add(PlantedWorld.afternoonContact("never-seen"));
        contacts.add(new Contact("chicago", "US", "US-IL", ZoneId.of("America/Chicago"), "law", null, null, "partner",
                "en"));
        while (contacts.size() < 600) {
            contacts.addAll(java.util.List.copyOf(contacts.subList(0, Math.min(100, 600 - contacts.size()))));
        }
        for (IsoWeek week : java.util.List.of(NEXT_WEEK, new IsoWeek(2026, 10), new IsoWeek(2026, 13))) {
            WeeklyProfile[] all = m.profiles(contacts, week);
            assertThat(all).hasSize(contacts.size());
            for (int i = 0; i < contacts.size(); i += 37) {
                assertThat(all[i].contactId()).isEqualTo(contacts.get(i).id());
                assertThat(all[i].probabilities()).as("%s in %s", contacts.get(i).id(), week)
                        .containsExactly(m.profile(contacts.get(i), week).probabilities(), within(1e-7));
            }
            Contact chicago = contacts.get(TRAIN.contacts().size() + 1);
            WeeklyProfile one = m.profile(chicago, week);
            for (int s = 0; s < LocalSlot.COUNT; s++) {
                assertThat(one.get(s)).as("%s slot %d", week, s)
                        .isCloseTo(m.probability(chicago, week.slotInstant(s, chicago.zone())), within(1e-7));
            }
        }
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    @Test
    void posteriorDrawsCentreOnThePointPrediction() {
        ReachabilityModel m = train();
        assertThat(m).isInstanceOf(PosteriorSampler.class);
        PosteriorSampler sampler = (PosteriorSampler) m;
        Contact c = TEST.contact(1);
        WeeklyProfile point = m.profile(c, NEXT_WEEK);
        ProfilePosterior posterior = sampler.posterior(c, NEXT_WEEK);
        int draws = 4000;
        double[] sum = new double[LocalSlot.COUNT];
        double[] sumSq = new double[LocalSlot.COUNT];
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int d = 0; d < draws; d++) {
            WeeklyProfile w = posterior.draw(random);
            for (int s = 0; s < LocalSlot.COUNT; s++) {
                double z = logit(w.get(s));
                sum[s] += z;
                sumSq[s] += z * z;
            }
        }
        double widest = 0;
        for (int s = 0; s < LocalSlot.COUNT; s++) {
            double mean = sum[s] / draws;
            double sd = Math.sqrt(Math.max(0, sumSq[s] / draws - mean * mean));
            widest = Math.max(widest, sd);
            // the draws perturb the log-odds by a zero-mean Gaussian: their mean is the point's log-odds
            assertThat(mean).as("mean log-odds of slot %d (sd %.3f)", s, sd)
                    .isCloseTo(logit(point.get(s)), within(5 * sd / Math.sqrt(draws) + 1e-6));
        }
        assertThat(widest).as("largest posterior sd of a slot's log-odds").isGreaterThan(0.01);
        // a single instant draws from the same posterior; seeded draws repeat
        Instant at = NEXT_WEEK.slotInstant(30, c.zone());
        assertThat(sampler.sample(c, at, new java.util.SplittableRandom(9)))
                .isEqualTo(sampler.sample(c, at, new java.util.SplittableRandom(9)))
                .isNotEqualTo(sampler.sample(c, at, new java.util.SplittableRandom(10)));
        assertThat(sampler.sampleProfile(c, NEXT_WEEK, new java.util.SplittableRandom(3)).probabilities())
                .containsExactly(posterior.draw(new java.util.SplittableRandom(3)).probabilities());
    }

    @Test
    void posteriorSurvivesSaveLoadCopyAndUpdates(@TempDir Path dir) throws IOException {
        TrainedModel trained = Trainer.train(family(), TRAIN, config());
        ReachabilityModel m = trained.model();
        ModelStore.save(trained, family(), DATA.source(), dir.resolve("model"));
        ReachabilityModel back = ModelStore.load(dir.resolve("model"), ModelRegistry.standard(),
                PlantedWorld.CALENDAR).model();
        ReachabilityModel copy = m.copy();
        Contact c = TEST.contact(2);
        double[] before = ((PosteriorSampler) m).sampleProfile(c, NEXT_WEEK, new java.util.SplittableRandom(4))
                .probabilities();
        assertThat(((PosteriorSampler) back).sampleProfile(c, NEXT_WEEK, new java.util.SplittableRandom(4))
                .probabilities()).containsExactly(before, within(1e-7));
        for (int k = 0; k < TEST.size(); k++) {
            m.update(TEST.observation(k));
        }
        ((EncodedModel) m).flush();
        assertThat(((PosteriorSampler) copy).sampleProfile(c, NEXT_WEEK, new java.util.SplittableRandom(4))
                .probabilities()).containsExactly(before);
        assertThat(((PosteriorSampler) m).sampleProfile(c, NEXT_WEEK, new java.util.SplittableRandom(4))
                .probabilities()).isNotEqualTo(before);
    }

    @Test
    void thompsonSamplingRunsOnTheModel() {
        ReachabilityModel m = train();
        SlotBelief belief = ModelBelief.of(family().name(), m);
        Policy thompson = PolicyRegistry.standard().get("thompson").create(PolicySettings.defaults()
                .withName("thompson_" + family().name()), PolicyInputs.ofHours(8, 21).withBelief(belief));
        assertThat(thompson.name()).isEqualTo("thompson_" + family().name());
        Contact c = TEST.contact(0);
        DueContact due = new DueContact(0, c, (1 << 21) - (1 << 8), 3, 0, null, new int[24], java.util.List.of());
        java.time.LocalDate date = PlantedWorld.START.plusWeeks(6);
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        double[] a = belief.sample(due, date, random);
        double[] b = belief.sample(due, date, random);
        assertThat(a).hasSize(24).isNotEqualTo(b);
        assertThat(a[3]).isZero();
        assertThat(a[12]).isBetween(0.0, 1.0);
    }
}
