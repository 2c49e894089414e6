package org.reachlab.models.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.Outcome;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.Absence;
import org.reachlab.models.ContactPreferences;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.Observation;
import org.reachlab.models.Planted;
import org.reachlab.models.PosteriorSampler;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.TrainingData;
import org.reachlab.models.WeeklyProfile;

class BayesModelTest {

    static final TrainingData DATA = Planted.world(120, 20, 11, Planted::segmentPattern);
    static final LocalDate AFTER = LocalDate.of(2025, 3, 3);

    static BayesModel train(TrainingData d, ModelConfig c) {
        return (BayesModel) new BayesFamily().train(d, c);
    }

    /**
     * After a routine change (peak moves from 10h to 15h), forgetting follows sooner; without
     * forgetting, the change detector drops the old counts once the evidence is there, and never
     * fires while the routine holds.
     */
    @Test
    void forgettingAndTheChangeDetectorFollowARoutineChange() {
        ModelConfig forget = ModelConfig.defaults("bayes").withParam("halfLifeDays", 14)
                .withParam("slotStrength", 4).withParam("hourStrength", 4).withParam("contactStrength", 8)
                .withParam("changeThreshold", 0);
        ModelConfig never = forget.withParam("halfLifeDays", 0);
        ModelConfig watching = never.withParam("changeThreshold", 4);
        BayesModel a = train(DATA, forget);
        BayesModel b = train(DATA, never);
        BayesModel w = train(DATA, watching);
        Contact c = DATA.contact(0); // it|lead
        SplittableRandom rnd = new SplittableRandom(3);
        LocalDate d = AFTER;
        // 60 old-routine attempts over 12 weeks: 10h good
        for (int i = 0; i < 60; i++) {
            d = nextWorkday(d.plusDays(1));
            boolean y10 = rnd.nextDouble() < 0.6;
            for (ReachabilityModel m : List.of(a, b, w)) {
                feed(m, c, d, 10, y10, 15, false);
            }
        }
        assertThat(w.contacts.get(c.id()).changes).isZero();
        // the change: 10h bad, 15h good; 30 attempts at each hour over the next six weeks
        int detectedAfter = -1;
        for (int i = 0; i < 30; i++) {
            d = nextWorkday(d.plusDays(1));
            boolean y10 = rnd.nextDouble() < 0.05;
            boolean y15 = rnd.nextDouble() < 0.6;
            for (ReachabilityModel m : List.of(a, b, w)) {
                feed(m, c, d, 10, y10, 15, y15);
            }
            if (detectedAfter < 0 && w.contacts.get(c.id()).changes > 0) {
                detectedAfter = 2 * (i + 1);
            }
        }
        IsoWeek week = IsoWeek.of(nextWorkday(d.plusDays(1)));
        assertThat(weekdayMean(a, c, week, 15)).isGreaterThan(weekdayMean(a, c, week, 10));
        // without forgetting the old routine still wins
        assertThat(weekdayMean(b, c, week, 10)).isGreaterThan(weekdayMean(b, c, week, 15));
        // the detector saw the change within 20 attempts of it and follows the new routine. It may
        // cut twice: when its restart point lies a little before the change, the counts it keeps
        // still hold a few old-routine attempts, and a second detection drops them
        int changes = w.contacts.get(c.id()).changes;
        assertThat(changes).isBetween(1, 2);
        assertThat(detectedAfter).isBetween(1, 20);
        assertThat(weekdayMean(w, c, week, 15)).isGreaterThan(2 * weekdayMean(w, c, week, 10));
        assertThat(w.summary().get("changesDetected")).isEqualTo((long) changes);
    }

    /** The detector's state survives save and load: both copies go on to predict the same. */
    @Test
    void theChangeDetectorsStateIsSaved(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        BayesModel w = train(DATA, ModelConfig.defaults("bayes").withParam("halfLifeDays", 0));
        Contact c = DATA.contact(0);
        SplittableRandom rnd = new SplittableRandom(5);
        LocalDate d = AFTER;
        for (int i = 0; i < 40; i++) {
            d = nextWorkday(d.plusDays(1));
            feed(w, c, d, 10, i < 20 ? rnd.nextDouble() < 0.6 : rnd.nextDouble() < 0.05, 15,
                    i >= 20 && rnd.nextDouble() < 0.6);
        }
        ContactState before = w.contacts.get(c.id());
        assertThat(before.fresh != null || before.changes > 0).isTrue();
        w.save(dir);
        BayesModel back = BayesStore.read(dir, Planted.CALENDAR);
        ContactState after = back.contacts.get(c.id());
        assertThat(after.evidence).isEqualTo(before.evidence);
        assertThat(after.changes).isEqualTo(before.changes);
        assertThat(after.fresh == null).isEqualTo(before.fresh == null);
        for (int i = 0; i < 10; i++) {
            d = nextWorkday(d.plusDays(1));
            boolean y = rnd.nextDouble() < 0.6;
            feed(w, c, d, 10, false, 15, y);
            feed(back, c, d, 10, false, 15, y);
        }
        IsoWeek week = IsoWeek.of(nextWorkday(d.plusDays(1)));
        WeeklyProfile pw = w.profile(c, week);
        WeeklyProfile pb = back.profile(c, week);
        for (int s = 0; s < 168; s++) {
            assertThat(pb.get(s)).isEqualTo(pw.get(s));
        }
        assertThat(back.contacts.get(c.id()).changes).isEqualTo(w.contacts.get(c.id()).changes);
    }

    private static double weekdayMean(ReachabilityModel m, Contact c, IsoWeek week, int hour) {
        WeeklyProfile p = m.profile(c, week);
        double s = 0;
        for (int day = 0; day < 5; day++) {
            s += p.get(day * 24 + hour);
        }
        return s / 5;
    }

    private static void feed(ReachabilityModel m, Contact c, LocalDate d, int h1, boolean y1, int h2, boolean y2) {
        m.update(new Observation(c, Planted.at(d, h1), y1 ? Outcome.CONNECTED : Outcome.NO_ANSWER));
        m.update(new Observation(c, Planted.at(d, h2), y2 ? Outcome.CONNECTED : Outcome.NO_ANSWER));
    }

    private static LocalDate nextWorkday(LocalDate d) {
        while (!Planted.CALENDAR.isWorkingDay(d, Planted.contact("x", "it", "lead").region())) {
            d = d.plusDays(1);
        }
        return d;
    }

    @Test
    void posteriorDrawsAverageToThePredictionAndAreReproducible() {
        // a moderate hour strength: with the smallest ones (validation picks 0.5 on this world) the
        // Gamma draws of the hour ratio are skewed enough that clamping slot means at
        // maxProbability pulls the draws' average below the plug-in prediction
        BayesModel m = train(DATA, ModelConfig.defaults("bayes").withParam("hourStrength", 8));
        assertThat(m).isInstanceOf(PosteriorSampler.class);
        Contact c = DATA.contact(4);
        Instant t = Planted.at(AFTER, 10);
        SplittableRandom r = new SplittableRandom(5);
        double sum = 0;
        int n = 4000;
        double min = 1;
        double max = 0;
        for (int i = 0; i < n; i++) {
            double s = m.sample(c, t, r);
            sum += s;
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        assertThat(sum / n).isCloseTo(m.probability(c, t), within(0.02));
        assertThat(max - min).isGreaterThan(0.05); // a posterior, not a point
        WeeklyProfile p1 = m.sampleProfile(c, IsoWeek.of(AFTER), new SplittableRandom(9));
        WeeklyProfile p2 = m.sampleProfile(c, IsoWeek.of(AFTER), new SplittableRandom(9));
        assertThat(p1).isEqualTo(p2);
        // a contact never seen is more uncertain than one with history
        Contact fresh = Planted.contact("fresh", "it", "lead");
        assertThat(spread(m, fresh, t)).isGreaterThan(0);
    }

    private static double spread(BayesModel m, Contact c, Instant t) {
        SplittableRandom r = new SplittableRandom(1);
        double s = 0;
        double s2 = 0;
        for (int i = 0; i < 2000; i++) {
            double x = m.sample(c, t, r);
            s += x;
            s2 += x * x;
        }
        return s2 / 2000 - (s / 2000) * (s / 2000);
    }

    @Test
    void statedPreferencesAreAPriorAndStatedAbsencesLowerTheProfile() {
        Contact c = Planted.contact("stater", "it", "lead");
        double[] w = new double[168];
        int mon15 = 15;
        w[mon15] = 1.0;
        w[10] = -1.0;
        ContactPreferences cp = new ContactPreferences(c.id(), w,
                List.of(Absence.days(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 5))), null);
        Map<String, Contact> all = new java.util.LinkedHashMap<>(DATA.contacts());
        all.put(c.id(), c);
        TrainingData with = TrainingData.of(DATA.log(), all, StatedPreferences.of(Map.of(c.id(), cp)),
                Planted.CALENDAR, DATA.source());
        ModelConfig cfg = ModelConfig.defaults("bayes").withParam("preferenceWeight", 1.5);
        BayesModel m = train(with, cfg);
        BayesModel plain = train(DATA, cfg);
        Instant monday15 = Planted.at(AFTER, 15);
        Instant monday10 = Planted.at(AFTER, 10);
        assertThat(m.probability(c, monday15)).isGreaterThan(plain.probability(c, monday15) * 3);
        assertThat(m.probability(c, monday10)).isLessThan(plain.probability(c, monday10) / 3);
        WeeklyProfile p = m.profile(c, IsoWeek.of(AFTER));
        int wed10 = 2 * 24 + 10;
        int tue10 = 24 + 10;
        assertThat(p.get(wed10)).isLessThan(p.get(tue10) * 0.1);
    }

    /** Contacts of one segment who differ in their hours: validation picks a small hour strength. */
    @Test
    void theHourStrengthIsChosenOnTheLatestAttempts() {
        // within each segment (ids alternate between two), half answer in the morning, half in the afternoon
        TrainingData d = Planted.world(120, 30, 31, (c, s) -> {
            boolean morning = Integer.parseInt(c.id().substring(2)) % 4 < 2;
            int hour = s % 24;
            return (morning ? hour < 12 : hour >= 13) ? 0.5 : 0.05;
        });
        BayesModel m = train(d, ModelConfig.defaults("bayes"));
        @SuppressWarnings("unchecked")
        Map<String, Double> scores = (Map<String, Double>) m.summary().get("hourStrengthValidationLogLoss");
        assertThat(scores).isNotNull().hasSizeGreaterThanOrEqualTo(BayesFamily.HOUR_STRENGTHS.length);
        double chosen = m.hyperparameters().get("hourStrength");
        assertThat(chosen).isLessThanOrEqualTo(8);
        // the chosen one scored best
        assertThat(scores.get(String.valueOf(chosen))).isEqualTo(java.util.Collections.min(scores.values()));
        // an explicit strength is kept, and nothing is validated
        BayesModel fixed = train(d, ModelConfig.defaults("bayes").withParam("hourStrength", 64));
        assertThat(fixed.hyperparameters().get("hourStrength")).isEqualTo(64.0);
        assertThat(fixed.summary()).doesNotContainKey("hourStrengthValidationLogLoss");
    }

    @Test
    void empiricalBayesFindsHeterogeneityWhenItIsThere() {
        // contacts whose level differs threefold: the contact strength must be small
        TrainingData d = Planted.world(200, 30, 21, (c, s) -> Integer.parseInt(c.id().substring(2)) % 4 < 2 ? 0.45 : 0.08);
        BayesModel m = train(d, ModelConfig.defaults("bayes"));
        assertThat(m.hyperparameters().get("contactStrength")).isLessThan(20);
        // and a contact with a high level is predicted high in an hour it was never called
        Contact hi = d.contacts().get("c-000");
        Contact lo = d.contacts().get("c-002");
        Instant t = Planted.at(AFTER, 8);
        assertThat(m.probability(hi, t)).isGreaterThan(m.probability(lo, t) * 2);
    }
}
