package org.reachlab.models.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.domain.Outcome;
import org.reachlab.data.log.AttemptLog;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.ContactPreferences;
import org.reachlab.models.StatedPreferences;

class FeatureEncoderTest {

    private final AttemptLog log = PlantedWorld.log(3, 40, 10, 4);
    private final DayCache days = new DayCache(PlantedWorld.CALENDAR);
    private final RawRows rows = RawRows.fromLog(log, PlantedWorld.CALENDAR, StatedWeights.NONE);

    @Test
    void rowsAreInTimeOrder() {
        assertThat(rows.size()).isEqualTo(400);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.epochSecond(i)).isGreaterThanOrEqualTo(rows.epochSecond(i - 1));
        }
    }

    @Test
    void standardisesOnTheTrainingSliceOnly() {
        int split = TimeSplit.validationStart(rows, 0.25);
        assertThat(split).isBetween(290, 310);
        FeatureEncoder e = FeatureEncoder.fit(rows, 0, split, 1, 1);
        EncodedRows train = e.encode(rows, 0, split);
        int k = DenseFeatures.NAMES.indexOf("log_attempt_number");
        double mean = 0;
        for (int i = 0; i < train.size(); i++) {
            mean += train.dense()[i * DenseFeatures.COUNT + k];
        }
        assertThat(mean / train.size()).isCloseTo(0, within(1e-4));
        // later rows have more attempts behind them, so the tail is above the training mean
        EncodedRows tail = e.encode(rows, split, rows.size());
        double tailMean = 0;
        for (int i = 0; i < tail.size(); i++) {
            tailMean += tail.dense()[i * DenseFeatures.COUNT + k];
        }
        assertThat(tailMean / tail.size()).isGreaterThan(0.3);
    }

    @Test
    void unknownValuesMapToTheReservedIndex() {
        FeatureEncoder e = FeatureEncoder.fit(rows, 0, rows.size(), 1, 1);
        assertThat(e.segments().values()).containsExactly("it|lead|DE", "retail|owner|GB");
        Contact stranger = new Contact("new", "SE", null, java.time.ZoneId.of("Europe/Stockholm"), "law", null, null,
                "partner", "sv");
        RawRows q = RawRows.builder(1, days).add(stranger, Instant.parse("2025-04-01T12:00:00Z"),
                new ContactHistory(), StatedWeights.NONE, -1).build();
        EncodedRows enc = e.encode(q);
        assertThat(enc.contact()[0]).isEqualTo(Vocabulary.UNKNOWN);
        assertThat(enc.segment()[0]).isEqualTo(Vocabulary.UNKNOWN);
        assertThat(enc.country()[0]).isEqualTo(Vocabulary.UNKNOWN);
        assertThat(enc.slot()[0]).isEqualTo(LocalSlot.indexOf(java.time.DayOfWeek.TUESDAY, 14));
    }

    @Test
    void queriesSeeTheSameHistoryFeaturesAsTraining() {
        // replaying the log in time order up to a row gives the row's own history and relationship features
        HistoryBook book = new HistoryBook();
        Relations relations = new Relations();
        Integer[] order = new Integer[log.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingLong((Integer i) -> log.epochSecond(i))
                .thenComparingInt(log::inputIndex));
        int checked = 0;
        for (int i : order) {
            Contact c = log.contact(i);
            RawRows q = RawRows.builder(1, days).add(c, log.at(i), log.repId(i), book.get(c.id()), relations,
                    StatedWeights.NONE, log.outcome(i).isContact() ? 1 : 0).build();
            int j = indexOf(log.at(i).getEpochSecond(), c);
            for (int k = 0; k < DenseFeatures.COUNT; k++) {
                assertThat(q.dense(0, k)).as(DenseFeatures.NAMES.get(k)).isCloseTo(rows.dense(j, k), within(1e-5f));
            }
            book.observe(c.id(), log.epochSecond(i), org.reachlab.data.domain.LocalSlot.of(log.local(i)).index(),
                    log.outcome(i));
            relations.observe(c.id(), log.repId(i), log.epochSecond(i), log.outcome(i).isContact());
            checked++;
        }
        assertThat(checked).isEqualTo(400);
    }

    private int indexOf(long epoch, Contact c) {
        for (int i = rows.firstAtOrAfter(epoch); i < rows.size(); i++) {
            if (rows.contact(i) == c) {
                return i;
            }
        }
        throw new AssertionError("row not found");
    }

    @Test
    void weekHasOneRowPerSlotWithStatedWeightsOnceKnown() {
        Contact c = PlantedWorld.afternoonContact("a0");
        double[] w = new double[LocalSlot.COUNT];
        for (int s = 15; s < LocalSlot.COUNT; s += 24) {
            w[s] = 0.8;
        }
        Instant known = Instant.parse("2025-03-05T00:00:00Z");
        StatedWeights weights = StatedWeights.from(
                StatedPreferences.of(Map.of("a0", new ContactPreferences("a0", w, List.of(), known))),
                List.of("a0", "f1"));
        assertThat(weights.size()).isEqualTo(1);
        IsoWeek week = IsoWeek.of(PlantedWorld.START); // Monday 3 March: known from Wednesday
        RawRows rows = RawRows.week(c, week, days, new ContactHistory(), weights);
        assertThat(rows.size()).isEqualTo(LocalSlot.COUNT);
        int present = DenseFeatures.NAMES.indexOf("stated_present");
        int weight = DenseFeatures.NAMES.indexOf("stated_weight");
        for (int s = 0; s < LocalSlot.COUNT; s++) {
            assertThat(rows.slot(s)).isEqualTo(s);
            boolean stated = s % 24 == 15 && s >= 2 * 24;
            assertThat(rows.dense(s, present)).as("slot %d", s).isEqualTo(stated ? 1f : 0f);
            assertThat(rows.dense(s, weight)).isCloseTo(stated ? 0.8f : 0f, within(1e-6f));
        }
        assertThat(rows.dense(5 * 24 + 10, DenseFeatures.NAMES.indexOf("weekend"))).isEqualTo(1f);
    }

    @Test
    void encoderAndHistoriesRoundTrip(@TempDir Path dir) throws IOException {
        FeatureEncoder e = FeatureEncoder.fit(rows, 0, 300, 2, 1);
        EncodingStore.writeEncoder(e, dir);
        FeatureEncoder back = EncodingStore.readEncoder(dir);
        assertThat(back.contacts().values()).isEqualTo(e.contacts().values());
        assertThat(back.mean()).containsExactly(e.mean());
        assertThat(back.scale()).containsExactly(e.scale());
        assertThat(back.encode(rows).dense()).containsExactly(e.encode(rows).dense());

        HistoryBook book = HistoryBook.replay(log);
        book.observe("x", 5, 10, Outcome.GATEKEEPER);
        EncodingStore.writeHistories(book, dir);
        HistoryBook read = EncodingStore.readHistories(dir);
        assertThat(read.size()).isEqualTo(book.size());
        assertThat(read.get("a0").counts()).containsExactly(book.get("a0").counts());
        assertThat(read.get("a0").lastAttempt()).isEqualTo(book.get("a0").lastAttempt());
        assertThat(read.get("x").lastContact()).isEqualTo(Long.MIN_VALUE);
        assertThat(read.get("a0").hours().clock()).isEqualTo(book.get("a0").hours().clock());
        assertThat(read.get("a0").hours().connects()).containsExactly(book.get("a0").hours().connects());
        assertThat(read.get("a0").hours().attempts()).containsExactly(book.get("a0").hours().attempts());
        assertThat(read.get("x").hours().attempts()[10]).isEqualTo(1.0);
    }

    @Test
    void rejectsAnEncoderOfAnotherFeatureSet(@TempDir Path dir) throws IOException {
        EncodingStore.writeEncoder(FeatureEncoder.fit(rows, 0, 100, 1, 1), dir);
        Path f = dir.resolve(EncodingStore.ENCODER_FILE);
        Files.writeString(f, Files.readString(f).replace("\"hour_sin\"", "\"hour_sine\""));
        assertThatThrownBy(() -> EncodingStore.readEncoder(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("hour_sine");
    }
}
