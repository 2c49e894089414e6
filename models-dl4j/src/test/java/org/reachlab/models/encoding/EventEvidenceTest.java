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
import org.reachlab.data.domain.EventKind;
import org.reachlab.data.domain.Outcome;
import org.reachlab.data.log.AttemptLog;
import org.reachlab.data.log.EventLog;
import org.reachlab.models.DataSource;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.TrainingData;

/**
 * The event columns on a hand-made log: counts and forgetting, the hour lift, the pair and reply
 * columns, that no row or query sees an event at or after its instant, and the save round trip.
 */
class EventEvidenceTest {

    private static final Instant T0 = Instant.parse("2025-03-04T09:00:00Z");
    private static final Contact B = PlantedWorld.afternoonContact("b");

    private static long at(double hours) {
        return T0.getEpochSecond() + Math.round(3600 * hours);
    }

    /** b receives a text of a at 0 h, answers it 30 min later, visits the web at 2 h and texts c at 30 h. */
    private static EventLog events() {
        return EventLog.builder().add(B, at(0), EventKind.SMS_OUT, "a").add(B, at(0.5), EventKind.SMS_IN, "a")
                .add(B, at(2), EventKind.WEB_VISIT, null).add(B, at(30), EventKind.SMS_IN, "c").build();
    }

    private static float col(float[] row, String name) {
        return row[EventEvidence.NAMES.indexOf(name)];
    }

    private static float[] columns(EventEvidence e, String rep, long t) {
        float[] out = new float[EventEvidence.NAMES.size()];
        Instant i = Instant.ofEpochSecond(t);
        var local = i.atZone(B.zone());
        e.before("b", rep, t).write(out, 0, local.getHour(), local.getDayOfWeek().getValue());
        return out;
    }

    @Test
    void theEventColumnsCloseTheDenseFeatures() {
        assertThat(DenseFeatures.NAMES.subList(DenseFeatures.EVENTS, DenseFeatures.COUNT))
                .isEqualTo(EventEvidence.NAMES);
        assertThat(DenseFeatures.FLAGS).containsAll(EventEvidence.FLAGS);
    }

    @Test
    void readsOnlyEventsStrictlyBeforeTheInstant() {
        EventEvidence e = EventEvidence.of(events());
        float[] first = columns(e, "a", at(0));
        assertThat(first).containsOnly(0f);
        assertThat(col(first, "log_event_activity")).isZero();
        float[] afterReply = columns(e, "a", at(1));
        assertThat(col(afterReply, "events_known")).isEqualTo(1f);
        assertThat(col(afterReply, "log_events_last_hour")).isCloseTo((float) Math.log1p(1), within(1e-6f));
        assertThat(col(afterReply, "log_hours_since_event")).isCloseTo((float) Math.log1p(0.5), within(1e-5f));
        assertThat(col(afterReply, "pair_events_known")).isEqualTo(1f);
        assertThat(col(afterReply, "replies_known")).isEqualTo(1f);
        assertThat(col(afterReply, "log_reply_minutes")).isCloseTo((float) Math.log1p(30), within(1e-5f));
        // the web visit at 2 h is not yet known at 2 h
        float[] atVisit = columns(e, "a", at(2));
        float[] afterVisit = columns(e, "a", at(2) + 1);
        assertThat(col(afterVisit, "log_event_activity")).isGreaterThan(col(atVisit, "log_event_activity"));
        // another rep: no pair events
        assertThat(col(columns(e, "c", at(3)), "pair_events_known")).isZero();
        assertThat(col(columns(e, null, at(3)), "log_pair_activity")).isZero();
        // forgetting: two weeks later the activity has fallen to a quarter
        double now = Math.expm1(col(columns(e, null, at(31)), "log_event_activity"));
        double later = Math.expm1(col(columns(e, null, at(31 + 14 * 24)), "log_event_activity"));
        assertThat(later / now).isCloseTo(0.25, within(1e-3));
    }

    @Test
    void theHourLiftFavoursTheHoursTheContactIsActive() {
        EventLog.Builder b = EventLog.builder();
        for (int d = 0; d < 10; d++) {
            b.add(B, at(24 * d + 5), EventKind.EMAIL_OPEN, null); // 14:00 local in Berlin (T0 is 10:00)
        }
        EventEvidence e = EventEvidence.of(b.build());
        long t = at(24 * 11);
        float[] out = new float[EventEvidence.NAMES.size()];
        EventEvidence.Snapshot s = e.before("b", null, t);
        s.write(out, 0, 14, 3);
        float active = col(out, "event_hour_lift");
        s.write(out, 0, 3, 3);
        float asleep = col(out, "event_hour_lift");
        assertThat(active).isGreaterThan(1f);
        assertThat(asleep).isLessThan(-1f);
    }

    @Test
    void trainingRowsSeeOnlyEarlierEvents() {
        AttemptLog.Builder log = AttemptLog.builder();
        log.add(new Attempt("1", "b", T0.plusSeconds(1800), Outcome.CONNECTED, Channel.PHONE, "a", null, null, null,
                null, null), B);
        log.add(new Attempt("2", "b", T0.plusSeconds(7200), Outcome.NO_ANSWER, Channel.PHONE, "a", null, null, null,
                null, null), B);
        TrainingData data = TrainingData.of(log.build(), Map.of(), StatedPreferences.none(), PlantedWorld.CALENDAR,
                DataSource.inMemory("events test")).withEvents(events());
        RawRows rows = RawRows.fromTraining(data, StatedWeights.NONE, new DayCache(data.calendar()),
                new HistoryBook(), new Relations());
        int activity = DenseFeatures.NAMES.indexOf("log_event_activity");
        int lastHour = DenseFeatures.NAMES.indexOf("log_events_last_hour");
        // at 0.5 h only the text at 0 h is known (the answer at 0.5 h is not)
        assertThat(rows.dense(0, lastHour)).isCloseTo((float) Math.log1p(1), within(1e-6f));
        // at 2 h the two texts, not the visit at 2 h
        assertThat(rows.dense(1, lastHour)).isZero();
        assertThat(rows.dense(1, activity)).isGreaterThan(rows.dense(0, activity));
        assertThat(rows.dense(1, activity)).isLessThan((float) Math.log1p(2.0001));
    }

    @Test
    void savesAndReadsTheSameEvidence(@TempDir Path dir) throws IOException {
        EventEvidence e = EventEvidence.of(events());
        e.write(dir);
        EventEvidence back = EventEvidence.read(dir);
        assertThat(back.size()).isEqualTo(e.size());
        for (double h : new double[] {0, 0.7, 3, 31, 400}) {
            for (String rep : new String[] {null, "a", "c", "z"}) {
                assertThat(columns(back, rep, at(h))).containsExactly(columns(e, rep, at(h)));
            }
        }
        assertThat(EventEvidence.read(dir.resolve("missing")).size()).isZero();
    }
}
