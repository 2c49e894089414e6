package org.reachlab.data.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.Region;

class HolidayCalendarTest {

    private final HolidayCalendar calendar = HolidayCalendar.standard();

    @Test
    void norwayConstitutionDay() {
        assertThat(calendar.isHoliday(LocalDate.of(2026, 5, 17), Region.of("NO"))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 5, 18), Region.of("NO"))).isFalse();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 5, 17), Region.of("SE"))).isFalse();
    }

    @Test
    void germanUnityDayEverywhereInGermany() {
        assertThat(calendar.isHoliday(LocalDate.of(2026, 10, 3), Region.of("DE"))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 10, 3), Region.parse("DE-BE"))).isTrue();
        assertThat(calendar.holidayName(LocalDate.of(2026, 10, 3), Region.of("DE"))).isPresent();
    }

    @Test
    void thanksgivingInTheUs() {
        assertThat(calendar.isHoliday(LocalDate.of(2026, 11, 26), Region.of("US"))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 11, 26), Region.parse("US-CA"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 26), Region.of("US"))).isFalse();
    }

    @Test
    void epiphanyOnlyInBavariaNotBerlin() {
        LocalDate epiphany = LocalDate.of(2026, 1, 6);
        assertThat(calendar.isHoliday(epiphany, Region.parse("DE-BY"))).isTrue();
        assertThat(calendar.isHoliday(epiphany, Region.parse("DE-BE"))).isFalse();
        assertThat(calendar.isHoliday(epiphany, Region.of("DE"))).isFalse();
    }

    @Test
    void fridayAfterAscensionIsABridgeDay() {
        // Ascension 2026 is Thursday 14 May
        Region de = Region.of("DE");
        assertThat(calendar.isHoliday(LocalDate.of(2026, 5, 14), de)).isTrue();
        assertThat(calendar.isBridgeDay(LocalDate.of(2026, 5, 15), de)).isTrue();
        assertThat(calendar.isBridgeDay(LocalDate.of(2026, 5, 13), de)).isFalse();
        assertThat(calendar.isBridgeDay(LocalDate.of(2026, 5, 14), de)).isFalse();
    }

    @Test
    void daysToNextHoliday() {
        Region no = Region.of("NO");
        assertThat(calendar.daysToNextHoliday(LocalDate.of(2026, 5, 17), no)).isZero();
        assertThat(calendar.daysToNextHoliday(LocalDate.of(2026, 5, 15), no)).isEqualTo(2);
        CalendarDay day = calendar.day(LocalDate.of(2026, 5, 15), no);
        assertThat(day.daysToNextHoliday()).isEqualTo(2);
        assertThat(day.workingDay()).isTrue();
    }

    @Test
    void ukNationsAndSwedenAreKnown() {
        assertThat(calendar.isHoliday(LocalDate.of(2026, 1, 2), Region.parse("GB-SCT"))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 1, 2), Region.parse("GB-ENG"))).isFalse();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 6, 6), Region.of("SE"))).isTrue();
        assertThat(calendar.supports(Region.of("SE"))).isTrue();
    }

    @Test
    void unknownCountryHasNoHolidays() {
        String unknown = java.util.Arrays.stream(java.util.Locale.getISOCountries())
                .filter(c -> !calendar.supports(Region.of(c))).findFirst().orElseThrow();
        for (int d = 0; d < 365; d++) {
            assertThat(calendar.isHoliday(LocalDate.of(2026, 1, 1).plusDays(d), Region.of(unknown))).isFalse();
        }
    }
}
