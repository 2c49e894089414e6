package org.reachlab.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.Outcome;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.store.ModelStore;
import org.reachlab.models.training.Trainer;

/**
 * Behaviour every model family must show, whichever module it comes from: found by name in the
 * standard registry, trained by the {@link Trainer} on a {@link Planted} world, it saves and loads
 * back to the same predictions, trains deterministically, learns online without touching its
 * copies, rejects updates out of time order, and covers the week with holidays lowered. A module
 * with families runs it by extending this class with their names (this module's test-jar).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FamilyContract {

    protected static final TrainingData DATA = Planted.world(120, 20, 7, Planted::segmentPattern);
    protected static final LocalDate AFTER = LocalDate.of(2025, 3, 3); // a Monday after the data

    @TempDir
    Path dir;

    /** The names of the families under test, as the standard registry knows them. */
    protected abstract Stream<String> families();

    /** The config a family is trained with here (its defaults unless a family needs a faster one). */
    protected ModelConfig config(String family) {
        return ModelConfig.defaults(family);
    }

    /** How close a loaded model's probabilities must be to the saved one's. */
    protected double tolerance() {
        return 1e-9;
    }

    /**
     * Whether the families lower a holiday before seeing one: true for families that apply the
     * configured holiday factor ({@link DayEffects}); a family that learns holidays only as a
     * feature of the data cannot on a world that was never dialed on a holiday.
     */
    protected boolean appliesHolidayPrior() {
        return true;
    }

    protected TrainedModel train(String family) {
        return Trainer.train(ModelRegistry.standard().get(family), DATA, config(family));
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
                assertThat(b.get(s)).as("%s slot %d", c.id(), s).isCloseTo(a.get(s), org.assertj.core.api.Assertions.within(tolerance()));
            }
            Instant t = Planted.at(AFTER, 11);
            assertThat(loaded.probability(c, t)).isCloseTo(tm.model().probability(c, t),
                    org.assertj.core.api.Assertions.within(tolerance()));
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
        if (appliesHolidayPrior()) {
            assertThat(p.get(thu10)).isLessThan(q.get(thu10));
        }
        assertThat(p.probabilities()).hasSize(168);
        for (double v : p.probabilities()) {
            assertThat(v).isBetween(0.0, 1.0);
        }
    }
}
