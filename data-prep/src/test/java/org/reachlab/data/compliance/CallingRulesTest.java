package org.reachlab.data.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;

class CallingRulesTest {

    private static final HolidayCalendar CAL = HolidayCalendar.standard();
    private static final CallingRules RULES = ComplianceFiles.bundled();
    private static final Contact OSLO = ComplianceFilesTest.contact("NO", null, "Europe/Oslo");
    private static final Contact MIAMI = ComplianceFilesTest.contact("US", "US-FL", "America/New_York");

    private static Instant at(Contact c, String local) {
        return LocalDateTime.parse(local).atZone(c.zone()).toInstant();
    }

    @Test
    void windowsDaysAndHolidaysAreLocal() {
        // Tuesday 3 March 2026
        assertThat(RULES.check(OSLO, ContactFlags.NONE, at(OSLO, "2026-03-03T09:00"), CallHistory.EMPTY, CAL)).isEmpty();
        assertThat(RULES.check(OSLO, ContactFlags.NONE, at(OSLO, "2026-03-03T08:59"), CallHistory.EMPTY, CAL))
                .contains(RuleBreach.OUTSIDE_WINDOW);
        assertThat(RULES.check(MIAMI, ContactFlags.NONE, at(MIAMI, "2026-03-03T20:00"), CallHistory.EMPTY, CAL))
                .contains(RuleBreach.OUTSIDE_WINDOW);
        assertThat(RULES.check(OSLO, ContactFlags.NONE, at(OSLO, "2026-03-07T10:00"), CallHistory.EMPTY, CAL))
                .contains(RuleBreach.DAY_NOT_ALLOWED);
        // 17 May, Norway's constitution day, a Monday in 2027
        assertThat(RULES.check(OSLO, ContactFlags.NONE, at(OSLO, "2027-05-17T10:00"), CallHistory.EMPTY, CAL))
                .contains(RuleBreach.DAY_NOT_ALLOWED);
    }

    @Test
    void flagsAndHistoryAreRules() {
        Instant t = at(OSLO, "2026-03-05T13:00");
        assertThat(RULES.check(OSLO, new ContactFlags(true, -1, -1), t, CallHistory.EMPTY, CAL))
                .contains(RuleBreach.DO_NOT_CALL);
        assertThat(RULES.check(OSLO, new ContactFlags(false, 12 * 60, 14 * 60), t, CallHistory.EMPTY, CAL))
                .contains(RuleBreach.QUIET_HOURS);
        assertThat(RULES.check(OSLO, new ContactFlags(false, 20 * 60, 10 * 60), t, CallHistory.EMPTY, CAL)).isEmpty();
        CallHistory three = new CallHistory(List.of(at(OSLO, "2026-03-02T10:00"), at(OSLO, "2026-03-03T10:00"),
                at(OSLO, "2026-03-04T10:00")), null);
        assertThat(RULES.check(OSLO, ContactFlags.NONE, t, three, CAL)).contains(RuleBreach.WEEKLY_CAP);
        assertThat(RULES.check(OSLO, ContactFlags.NONE, at(OSLO, "2026-03-09T13:00"), three, CAL)).isEmpty();
        CallHistory morning = new CallHistory(List.of(at(OSLO, "2026-03-05T10:00")), null);
        assertThat(RULES.check(OSLO, ContactFlags.NONE, t, morning, CAL)).contains(RuleBreach.MIN_GAP);
        assertThat(RULES.check(OSLO, ContactFlags.NONE, at(OSLO, "2026-03-05T14:00"), morning, CAL)).isEmpty();
        CallHistory connected = new CallHistory(List.of(at(OSLO, "2026-02-20T10:00")), at(OSLO, "2026-02-20T10:00"));
        assertThat(RULES.check(OSLO, ContactFlags.NONE, t, connected, CAL)).contains(RuleBreach.PAUSE_AFTER_CONNECT);
        assertThat(RULES.check(OSLO, ContactFlags.NONE, at(OSLO, "2026-03-20T10:00"), connected, CAL)).isEmpty();
    }

    @Test
    void hourMaskHoldsTheWholeHoursOfTheWindowOutsideQuietHours() {
        int mask = RULES.hourMask(MIAMI, new ContactFlags(false, 12 * 60 + 30, 13 * 60));
        for (int h = 0; h < 24; h++) {
            boolean expected = h >= 8 && h < 20 && h != 12;
            assertThat((mask >> h & 1) == 1).as("hour %d", h).isEqualTo(expected);
        }
        assertThat(RULES.hourMask(MIAMI, new ContactFlags(true, -1, -1))).isZero();
        CallingRules uniform = CallingRules.uniform(8, 21, false, false, 3, 28, "world");
        assertThat(uniform.hourMask(OSLO, ContactFlags.NONE)).isEqualTo(((1 << 21) - 1) & ~((1 << 8) - 1));
        assertThat(uniform.minGapMinutes()).isZero();
        assertThat(ZoneId.of("Europe/Oslo")).isEqualTo(OSLO.zone());
    }
}
