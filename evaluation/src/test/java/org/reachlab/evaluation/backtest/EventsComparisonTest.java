package org.reachlab.evaluation.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.EventKind;
import org.reachlab.data.log.EventLog;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.evaluation.simulation.HistoryGenerator;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.TrainingData;
import org.reachlab.pipeline.DataDirectory;

/**
 * The paired comparison with and without events on a small generated world with planted events: a
 * web visit shortly before most answered calls and few unanswered ones. The learned family must
 * gain with an interval below zero; a family that reads no events must not move at all.
 */
class EventsComparisonTest {

    @TempDir
    static Path tmp;

    static TrainingData data;

    @BeforeAll
    static void generate() throws IOException {
        WorldConfig small = WorldFiles.defaults().withContacts(250).withWeeks(5);
        HistoryGenerator.generate(small, 3, tmp.resolve("w"));
        TrainingData plain = DataDirectory.load(tmp.resolve("w"), HolidayCalendar.standard()).data();
        SplittableRandom r = new SplittableRandom(11);
        EventLog.Builder events = EventLog.builder();
        for (int k = 0; k < plain.size(); k++) {
            if (r.nextDouble() < (plain.connected(k) ? 0.8 : 0.1)) {
                events.add(plain.contact(k), plain.epochSecond(k) - 600, EventKind.WEB_VISIT, null);
            }
        }
        data = plain.withEvents(events.build());
    }

    @Test
    void plantedEventsHelpTheLearnedFamilyAndLeaveTheOthersAlone() {
        BacktestOptions o = BacktestOptions.of(ModelRegistry.standard().parse("logistic,contact")).withTestDays(7)
                .withBootstrap(50).withOnline(true);
        List<EventsComparison.Row> rows = EventsComparison.run(data, o);
        EventsComparison.Row logistic = rows.get(0);
        assertThat(logistic.family()).isEqualTo("logistic");
        assertThat(logistic.logLossDelta().hi()).as(EventsComparison.table(rows)).isLessThan(0);
        assertThat(logistic.aucDelta().lo()).as(EventsComparison.table(rows)).isGreaterThan(0);
        EventsComparison.Row contact = rows.get(1);
        assertThat(contact.logLossDelta().value()).isZero();
        assertThat(contact.logLossWith().value()).isEqualTo(contact.logLossNone().value());
    }

    @Test
    void needsEvents() {
        BacktestOptions o = BacktestOptions.of(ModelRegistry.standard().parse("contact")).withTestDays(7);
        assertThatThrownBy(() -> EventsComparison.run(data.withEvents(EventLog.empty()), o))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no events");
    }
}
