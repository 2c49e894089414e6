package org.reachlab.data.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Attempt;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.Outcome;
import org.reachlab.data.log.AttemptLog;
import tech.tablesaw.api.Table;

class FeaturesTest {

    private static final Contact OSLO = new Contact("c1", "NO", null, ZoneId.of("Europe/Oslo"), "it", null, 50,
            "it_lead", "no");
    private static final Contact BERLIN = new Contact("c2", "DE", "DE-BY", ZoneId.of("Europe/Berlin"), null, null,
            null, null, null);

    private static AttemptLog log() {
        // added out of order on purpose: the log sorts by contact and time
        return AttemptLog.builder()
                .add(Attempt.phone("a3", "c1", Instant.parse("2026-05-18T08:00:00Z"), Outcome.CONNECTED), OSLO)
                .add(Attempt.phone("b1", "c2", Instant.parse("2026-01-06T09:00:00Z"), Outcome.NO_ANSWER), BERLIN)
                .add(Attempt.phone("a1", "c1", Instant.parse("2026-05-15T10:00:00Z"), Outcome.VOICEMAIL), OSLO)
                .add(Attempt.phone("a2", "c1", Instant.parse("2026-05-17T10:30:00Z"), Outcome.NO_ANSWER), OSLO)
                .add(Attempt.phone("a4", "c1", Instant.parse("2026-05-18T12:00:00Z"), Outcome.GATEKEEPER), OSLO)
                .build();
    }

    @Test
    void historyCountsOnlyEarlierAttempts() {
        List<FeatureRow> rows = new ArrayList<>();
        Features.compute(log(), HolidayCalendar.standard(), rows::add);
        assertThat(rows).extracting(FeatureRow::attemptId).containsExactly("a1", "a2", "a3", "a4", "b1");
        assertThat(rows).extracting(FeatureRow::attemptNumber).containsExactly(1, 2, 3, 4, 1);
        assertThat(rows).extracting(FeatureRow::previousContacts).containsExactly(0, 0, 0, 1, 0);
        assertThat(rows).extracting(FeatureRow::previousVoicemail).containsExactly(0, 1, 1, 1, 0);
        assertThat(rows).extracting(FeatureRow::previousNoAnswer).containsExactly(0, 0, 1, 1, 0);
        assertThat(rows.get(0).hoursSincePrevious()).isNaN();
        assertThat(rows.get(1).hoursSincePrevious()).isEqualTo(48.5);
        assertThat(rows.get(2).hoursSinceLastContact()).isNaN();
        assertThat(rows.get(3).hoursSinceLastContact()).isEqualTo(4.0);
        assertThat(rows.get(4).hoursSincePrevious()).isNaN();
    }

    @Test
    void calendarFeaturesUseTheContactsZoneAndRegion() {
        List<FeatureRow> rows = new ArrayList<>();
        Features.compute(log(), HolidayCalendar.standard(), rows::add);
        FeatureRow a2 = rows.get(1); // Sunday 17 May 2026, 12:30 in Oslo: Constitution Day
        assertThat(a2.holiday()).isTrue();
        assertThat(a2.weekend()).isTrue();
        assertThat(a2.hour()).isEqualTo(12);
        assertThat(a2.slot()).isEqualTo(6 * 24 + 12);
        FeatureRow a1 = rows.get(0); // Friday 15 May, Ascension was Thursday 14 May in Norway too
        assertThat(a1.bridgeDay()).isTrue();
        assertThat(a1.daysToNextHoliday()).isEqualTo(2);
        FeatureRow b1 = rows.get(4); // 6 January in Bavaria: Epiphany
        assertThat(b1.holiday()).isTrue();
        assertThat(b1.hour()).isEqualTo(10);
    }

    @Test
    void tablesawTableHasOneRowPerAttemptAndTheDocumentedColumns() {
        Table t = Features.table(log(), HolidayCalendar.standard());
        assertThat(t.rowCount()).isEqualTo(5);
        assertThat(t.columnNames()).containsExactlyElementsOf(Features.COLUMNS);
        assertThat(t.intColumn("attempt_number").asList()).containsExactly(1, 2, 3, 4, 1);
        assertThat(t.booleanColumn("contacted").asList()).containsExactly(false, false, true, false, false);
        assertThat(t.intColumn("company_size").isMissing(4)).isTrue();
        assertThat(t.doubleColumn("hours_since_previous").isMissing(0)).isTrue();
    }
}
