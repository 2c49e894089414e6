package org.reachlab.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.Outcome;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.store.ModelStore;
import org.reachlab.models.training.Trainer;

/** Behaviour every family of this module must show. */
class ContractTest {

    static final TrainingData DATA = Planted.world(120, 20, 7, Planted::segmentPattern);
    static final LocalDate AFTER = LocalDate.of(2025, 3, 3); // a Monday after the data

    @TempDir
    Path dir;

    static Stream<String> families() {
        return Stream.of("fixed", "global", "segment", "bayes");
    }

    static TrainedModel train(String family) {
        return Trainer.train(ModelRegistry.standard().get(family), DATA, ModelConfig.defaults(family));
    }

    @Test
    void registryListsFamiliesInCanonicalOrderAndRejectsUnknownNames() {
        assertThat(ModelRegistry.standard().names()).startsWith("fixed", "global", "segment", "bayes");
        assertThatThrownBy(() -> ModelRegistry.standard().parse("global,nope"))
                .isInstanceOf(UnknownFamilyException.class)
                .hasMessageContaining("unknown model 'nope'").hasMessageContaining("fixed, global, segment, bayes");
    }

    @ParameterizedTest
    @MethodSource("families")
    void saveThenLoadPredictsTheSame(String family) throws Exception {
        TrainedModel tm = train(family);
        Path m = dir.resolve("m");
        ModelStore.save(tm, ModelRegistry.standard().get(family), DATA.source(), m);
        assertThat(m.resolve("manifest.json")).exists();
        assertThat(m.resolve("config.json")).exists();
        assertThat(m.resolve("MODEL_CARD.md")).exists();
        ReachabilityModel loaded = ModelStore.load(m, ModelRegistry.standard(), Planted.CALENDAR).model();
        Contact unseen = Planted.contact("new", "it", "lead");
        for (Contact c : List.of(DATA.contact(0), DATA.contact(5), unseen)) {
            WeeklyProfile a = tm.model().profile(c, IsoWeek.of(AFTER));
            WeeklyProfile b = loaded.profile(c, IsoWeek.of(AFTER));
            for (int s = 0; s < 168; s++) {
                assertThat(b.get(s)).as("%s slot %d", c.id(), s).isCloseTo(a.get(s), org.assertj.core.api.Assertions.within(1e-9));
            }
            Instant t = Planted.at(AFTER, 11);
            assertThat(loaded.probability(c, t)).isCloseTo(tm.model().probability(c, t),
                    org.assertj.core.api.Assertions.within(1e-9));
        }
        // the manifest names the data hash, the versions and the validation scores
        String manifest = Files.readString(m.resolve("manifest.json"));
        assertThat(manifest).contains("\"formatVersion\" : 1", "\"sha256\"", "\"java\"", "\"validation\"", "\"seed\"");
    }

    @ParameterizedTest
    @MethodSource("families")
    void seededTrainingIsDeterministic(String family) {
        ReachabilityModel a = train(family).model();
        ReachabilityModel b = train(family).model();
        Contact c = DATA.contact(3);
        assertThat(a.profile(c, IsoWeek.of(AFTER))).isEqualTo(b.profile(c, IsoWeek.of(AFTER)));
    }

    @ParameterizedTest
    @MethodSource("families")
    void onlineUpdateMovesTheEstimateAndCopiesAreIndependent(String family) {
        ReachabilityModel m = train(family).model();
        ReachabilityModel copy = m.copy();
        Contact c = DATA.contact(2);
        Instant t = Planted.at(AFTER, 13);
        double before = m.probability(c, t);
        for (int i = 0; i < 40; i++) {
            m.update(new Observation(c, t.plusSeconds(60L * i), Outcome.CONNECTED));
        }
        assertThat(m.probability(c, t.plusSeconds(3600))).isGreaterThan(before);
        assertThat(copy.probability(c, t)).isEqualTo(before);
        assertThatThrownBy(() -> m.update(new Observation(c, t.minusSeconds(86400), Outcome.CONNECTED)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time order");
    }

    @ParameterizedTest
    @MethodSource("families")
    void profilesCoverTheWeekAndHolidaysLowerThem(String family) {
        ReachabilityModel m = train(family).model();
        Contact c = DATA.contact(0);
        // 2025-W18: Thursday 1 May is Labour Day in Germany
        WeeklyProfile p = m.profile(c, IsoWeek.parse("2025-W18"));
        WeeklyProfile q = m.profile(c, IsoWeek.parse("2025-W19"));
        int thu10 = 3 * 24 + 10;
        assertThat(p.get(thu10)).isLessThan(q.get(thu10));
        for (double v : p.probabilities()) {
            assertThat(v).isBetween(0.0, 1.0);
        }
    }

    @Test
    void coldStartFallsBackToSegmentThenEverybody() {
        for (String family : List.of("segment", "bayes")) {
            ReachabilityModel m = train(family).model();
            Instant it10 = Planted.at(AFTER, 10);
            Contact newIt = Planted.contact("new-it", "it", "lead");
            Contact newRetail = Planted.contact("new-retail", "retail", "owner");
            Contact newOther = Planted.contact("new-other", "bank", "cfo");
            // the segment's planted peak shows for a contact never seen
            assertThat(m.probability(newIt, it10)).as(family).isGreaterThan(m.probability(newRetail, it10) + 0.15);
            // an unknown segment gets everybody's rate: between the two segments
            double other = m.probability(newOther, it10);
            assertThat(other).as(family).isBetween(m.probability(newRetail, it10), m.probability(newIt, it10));
        }
        ReachabilityModel global = train("global").model();
        Instant t = Planted.at(AFTER, 10);
        assertThat(global.probability(Planted.contact("x", "it", "lead"), t))
                .isEqualTo(global.probability(Planted.contact("y", "bank", "cfo"), t));
    }

    @Test
    void fixedRuleIsConstantInsideTheWindowAndZeroOutside() {
        ReachabilityModel m = train("fixed").model();
        Contact c = DATA.contact(0);
        double inside = m.probability(c, Planted.at(AFTER, 9));
        assertThat(m.probability(c, Planted.at(AFTER, 16))).isEqualTo(inside);
        assertThat(inside).isBetween(0.15, 0.3);
        assertThat(m.probability(c, Planted.at(AFTER, 17))).isZero();
        assertThat(m.probability(c, Planted.at(AFTER.plusDays(5), 10))).isZero(); // Saturday
    }

    @Test
    void eachFamilyLearnsThePlantedPattern() {
        Contact it = DATA.contact(0);
        Instant at10 = Planted.at(AFTER, 10);
        Instant at15 = Planted.at(AFTER, 15);
        for (String family : List.of("segment", "bayes")) {
            ReachabilityModel m = train(family).model();
            assertThat(m.probability(it, at10)).as(family).isGreaterThan(0.35);
            assertThat(m.probability(it, at15)).as(family).isLessThan(0.25);
            assertThat(m.probability(it, at10)).as(family).isGreaterThan(m.probability(it, at15) + 0.15);
        }
        // global sees both peaks, pooled
        ReachabilityModel g = train("global").model();
        assertThat(g.probability(it, at10)).isGreaterThan(g.probability(it, Planted.at(AFTER, 13)) + 0.1);
        assertThat(g.probability(it, at15)).isGreaterThan(g.probability(it, Planted.at(AFTER, 13)) + 0.1);
    }
}
