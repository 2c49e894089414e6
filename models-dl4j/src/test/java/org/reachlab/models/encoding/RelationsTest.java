package org.reachlab.models.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.domain.Attempt;
import org.reachlab.data.domain.Channel;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.Outcome;
import org.reachlab.data.log.AttemptLog;
import org.reachlab.models.DataSource;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.TrainingData;

/**
 * The rep-contact relationship features on a hand-made log of calls among three people, each both a
 * contact and a rep: counts, shrunk rates, the inbound flag and that no row sees itself or later rows.
 */
class RelationsTest {

    private static final Instant T0 = Instant.parse("2025-03-04T09:00:00Z");

    private static Contact person(String id) {
        return PlantedWorld.afternoonContact(id);
    }

    private static Attempt call(String id, String from, String to, int hour, Outcome o) {
        return new Attempt(id, to, T0.plusSeconds(3600L * hour), o, Channel.PHONE, from, null, null, null, null,
                null);
    }

    /** a calls b twice (missed, answered), b calls a, a calls b again, c calls b. */
    private static TrainingData data() {
        AttemptLog.Builder b = AttemptLog.builder();
        b.add(call("1", "a", "b", 0, Outcome.NO_ANSWER), person("b"));
        b.add(call("2", "a", "b", 1, Outcome.CONNECTED), person("b"));
        b.add(call("3", "b", "a", 3, Outcome.NO_ANSWER), person("a"));
        b.add(call("4", "a", "b", 5, Outcome.CONNECTED), person("b"));
        b.add(call("5", "c", "b", 6, Outcome.CONNECTED), person("b"));
        return TrainingData.of(b.build(), Map.of(), StatedPreferences.none(), PlantedWorld.CALENDAR,
                DataSource.inMemory("relations test"));
    }

    private static float col(RawRows rows, int row, String name) {
        return rows.dense(row, DenseFeatures.NAMES.indexOf(name));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    @Test
    void theRelationshipColumnsComeBeforeTheEventColumns() {
        assertThat(DenseFeatures.NAMES.subList(DenseFeatures.RELATIONS, DenseFeatures.EVENTS))
                .isEqualTo(Relations.NAMES);
        assertThat(DenseFeatures.FLAGS).containsAll(Relations.FLAGS);
    }

    @Test
    void eachRowSeesOnlyTheCallsBeforeIt() {
        TrainingData data = data();
        Relations relations = new Relations();
        RawRows rows = RawRows.fromTraining(data, StatedWeights.NONE, new DayCache(data.calendar()),
                new HistoryBook(), relations);
        assertThat(rows.size()).isEqualTo(5);

        // row 0: nothing before it; the rep is named
        assertThat(col(rows, 0, "rep_known")).isEqualTo(1f);
        assertThat(col(rows, 0, "log_pair_dials")).isEqualTo(0f);
        assertThat(col(rows, 0, "pair_never_connected")).isEqualTo(1f);
        assertThat(col(rows, 0, "inbound")).isEqualTo(0f);
        assertThat(col(rows, 0, "logit_contact_rate")).isCloseTo(0f, within(1e-6f)); // (0+1)/(0+2) overall

        // row 1: a -> b once before, missed: overall 1/3, b shrunk (0 + 4/3) / 5
        double overall = 1.0 / 3;
        double bRate = (0 + Relations.PRIOR * overall) / (1 + Relations.PRIOR);
        assertThat(col(rows, 1, "log_pair_dials")).isCloseTo((float) Math.log1p(1), within(1e-6f));
        assertThat(col(rows, 1, "log_pair_connects")).isEqualTo(0f);
        assertThat(col(rows, 1, "logit_contact_rate")).isCloseTo((float) logit(bRate), within(1e-5f));
        assertThat(col(rows, 1, "logit_pair_rate")).isCloseTo(
                (float) logit((0 + Relations.PRIOR * bRate) / (1 + Relations.PRIOR)), within(1e-5f));
        assertThat(col(rows, 1, "logit_rep_rate")).isCloseTo(
                (float) logit((0 + Relations.PRIOR * overall) / (1 + Relations.PRIOR)), within(1e-5f));

        // row 2: b -> a, a new pair, but a called b twice before (the last 2 hours before): b calls back
        assertThat(col(rows, 2, "log_pair_dials")).isEqualTo(0f);
        assertThat(col(rows, 2, "inbound")).isEqualTo(1f);
        assertThat(col(rows, 2, "log_inbound_calls")).isCloseTo((float) Math.log1p(2), within(1e-6f));
        assertThat(col(rows, 2, "log_hours_since_inbound")).isCloseTo((float) Math.log1p(2), within(1e-6f));
        // row 3, a -> b after b -> a, is the pair (b, rep a) with one inbound call 2 hours before
        assertThat(col(rows, 3, "inbound")).isEqualTo(1f);
        assertThat(col(rows, 3, "log_inbound_calls")).isCloseTo((float) Math.log1p(1), within(1e-6f));
        assertThat(col(rows, 3, "log_hours_since_inbound")).isCloseTo((float) Math.log1p(2), within(1e-6f));
        assertThat(col(rows, 3, "log_pair_dials")).isCloseTo((float) Math.log1p(2), within(1e-6f));
        assertThat(col(rows, 3, "log_pair_connects")).isCloseTo((float) Math.log1p(1), within(1e-6f));
        assertThat(col(rows, 3, "pair_never_connected")).isEqualTo(0f);
        assertThat(col(rows, 3, "log_hours_since_pair_connect")).isCloseTo((float) Math.log1p(4), within(1e-6f));

        // row 4: c -> b, a new pair: no pair history and no inbound, though b's own rate counts a's calls
        assertThat(col(rows, 4, "log_pair_dials")).isEqualTo(0f);
        assertThat(col(rows, 4, "inbound")).isEqualTo(0f);
        double overall4 = (2 + 1.0) / (4 + 2);
        assertThat(col(rows, 4, "logit_contact_rate")).isCloseTo(
                (float) logit((2 + Relations.PRIOR * overall4) / (3 + Relations.PRIOR)), within(1e-5f));

        // the book ends with every call
        assertThat(relations.pairDials("b", "a")).isEqualTo(3);
        assertThat(relations.pairConnects("b", "a")).isEqualTo(2);
        assertThat(relations.inboundCalls("b", "a")).isEqualTo(1);
        assertThat(relations.inboundCalls("a", "b")).isEqualTo(3);
        assertThat(relations.inboundCalls("b", "c")).isEqualTo(0);
        assertThat(relations.inboundCalls("c", "b")).isEqualTo(1);
    }

    @Test
    void aQueryWithoutARepLeavesThePairColumnsEmpty() {
        TrainingData data = data();
        Relations relations = new Relations();
        RawRows.fromTraining(data, StatedWeights.NONE, new DayCache(data.calendar()), new HistoryBook(), relations);
        RawRows q = RawRows.builder(2, new DayCache(data.calendar()))
                .add(person("b"), T0.plusSeconds(3600L * 8), null, new ContactHistory(), relations,
                        StatedWeights.NONE, -1)
                .add(person("b"), T0.plusSeconds(3600L * 8), "a", new ContactHistory(), relations,
                        StatedWeights.NONE, -1)
                .build();
        assertThat(col(q, 0, "rep_known")).isEqualTo(0f);
        assertThat(col(q, 0, "log_pair_dials")).isEqualTo(0f);
        assertThat(col(q, 0, "inbound")).isEqualTo(0f);
        assertThat(col(q, 0, "logit_rep_rate")).isCloseTo((float) logit(relations.overallRate()), within(1e-5f));
        assertThat(col(q, 0, "logit_contact_rate")).isEqualTo(col(q, 1, "logit_contact_rate"));
        assertThat(col(q, 1, "rep_known")).isEqualTo(1f);
        assertThat(col(q, 1, "inbound")).isEqualTo(1f);
        assertThat(col(q, 1, "log_pair_dials")).isCloseTo((float) Math.log1p(3), within(1e-6f));
    }

    @Test
    void roundTripsThroughTheModelDirectory(@TempDir Path dir) throws IOException {
        TrainingData data = data();
        Relations relations = new Relations();
        RawRows.fromTraining(data, StatedWeights.NONE, new DayCache(data.calendar()), new HistoryBook(), relations);
        EncodingStore.writeRelations(relations, dir);
        Relations back = EncodingStore.readRelations(dir);
        float[] a = new float[Relations.NAMES.size()];
        float[] b = new float[Relations.NAMES.size()];
        long t = T0.plusSeconds(3600L * 9).getEpochSecond();
        for (String[] pair : new String[][] {{"b", "a"}, {"a", "b"}, {"b", "c"}, {"c", null}}) {
            relations.write(a, 0, pair[0], pair[1], t);
            back.write(b, 0, pair[0], pair[1], t);
            assertThat(b).as("%s by %s", pair[0], pair[1]).containsExactly(a);
        }
        Relations copy = relations.copy();
        copy.observe("b", "a", t, false);
        assertThat(relations.pairDials("b", "a")).isEqualTo(3);
        assertThat(copy.pairDials("b", "a")).isEqualTo(4);
    }
}
