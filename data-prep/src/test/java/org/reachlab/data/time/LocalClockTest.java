package org.reachlab.data.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.LocalSlot;

/** The fast clock agrees with java.time, across daylight-saving changes and in far zones. */
class LocalClockTest {

    @Test
    void slotHourAndDateAgreeWithZonedDateTimeHourByHourAroundTheDstChanges() {
        for (ZoneId zone : List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/Chicago"),
                ZoneId.of("Pacific/Auckland"), ZoneId.of("UTC"))) {
            for (Instant start : List.of(Instant.parse("2026-03-27T00:00:00Z"), Instant.parse("2026-10-23T00:00:00Z"))) {
                for (int h = 0; h < 24 * 5; h++) {
                    Instant t = start.plusSeconds(3600L * h + 1234);
                    ZonedDateTime z = t.atZone(zone);
                    long s = t.getEpochSecond();
                    assertThat(LocalClock.slot(s, zone)).as("%s %s", zone, t).isEqualTo(LocalSlot.of(z).index());
                    assertThat(LocalClock.hour(s, zone)).as("%s %s", zone, t).isEqualTo(z.getHour());
                    assertThat(LocalClock.date(s, zone)).as("%s %s", zone, t).isEqualTo(z.toLocalDate());
                }
            }
        }
    }

    @Test
    void isoWeeksParsePrintAndStepAcrossTheYearEnd() {
        IsoWeek w = IsoWeek.parse("2026-w53");
        assertThat(w).hasToString("2026-W53");
        assertThat(w.monday()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(w.next()).isEqualTo(new IsoWeek(2027, 1));
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 3))).isEqualTo(w);
    }
}
