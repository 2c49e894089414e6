package org.reachlab.models.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HourlyLedgerTest {

    private static HourlyLedger ledger(DayContext.Rep... reps) {
        return new DayContext(LocalDate.of(2025, 10, 7), List.of(), List.of(reps), new SplittableRandom(1)).ledger();
    }

    @Test
    void anHourHoldsEachRepsHourlyDialsAndNoMore() {
        HourlyLedger l = ledger(new DayContext.Rep("a", 10, 3), new DayContext.Rep("b", 10, 2));
        List<String> at10 = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            assertThat(l.hasRoom(10)).isTrue();
            at10.add(l.book(10));
        }
        assertThat(at10).containsExactlyInAnyOrder("a", "a", "a", "b", "b");
        assertThat(l.hasRoom(10)).isFalse();
        assertThat(l.book(10)).isNull();
        assertThat(l.booked(10)).isEqualTo(5);
        assertThat(l.booked()).isEqualTo(5);
        assertThat(l.roomMask() & (1 << 10)).isZero();
        assertThat(l.roomMask() & (1 << 11)).isNotZero();
        assertThat(l.full()).isFalse();
    }

    @Test
    void theDayFillsEvenlyAndEndsAtTheDaysCapacity() {
        HourlyLedger l = ledger(new DayContext.Rep("a", 4, 4), new DayContext.Rep("b", 4, 4));
        assertThat(List.of(l.book(9), l.book(9), l.book(9), l.book(9))).containsExactly("a", "b", "a", "b");
        for (int k = 0; k < 4; k++) {
            assertThat(l.book(12)).isNotNull();
        }
        assertThat(l.full()).isTrue();
        assertThat(l.roomMask()).isZero();
        assertThat(l.hasRoom(15)).isFalse();
        assertThat(l.book(15)).isNull();
        assertThat(l.booked()).isEqualTo(8);
    }

    @Test
    void eachHourIsSharedEvenlySoOneRepsLuckDoesNotCloseIt() {
        HourlyLedger l = ledger(new DayContext.Rep("a", 10, 3), new DayContext.Rep("b", 10, 3));
        // a has more dials made today, but b has more of them at 13:00
        l.book(9);
        l.book(9);
        l.book(13);
        l.book(13);
        l.book(13);
        assertThat(l.booked(13)).isEqualTo(3);
        // 13:00 takes three more: the team's six, not closed early by the rep who made most there
        assertThat(List.of(l.book(13), l.book(13), l.book(13))).doesNotContainNull();
        assertThat(l.book(13)).isNull();
        assertThat(l.booked()).isEqualTo(8);
    }

    @Test
    void aRepWithoutDialsTodayTakesNone() {
        HourlyLedger l = ledger(new DayContext.Rep("off", 0, 5), new DayContext.Rep("on", 1, 5));
        assertThat(l.book(8)).isEqualTo("on");
        assertThat(l.full()).isTrue();
        assertThat(ledger().full()).isTrue();
    }

    @Test
    void badHoursAndRepsAreRefusedWithTheValue() {
        HourlyLedger l = ledger(new DayContext.Rep("a", 1, 1));
        assertThatThrownBy(() -> l.book(24)).hasMessageContaining("24");
        assertThatThrownBy(() -> new DayContext.Rep("a", 5, 0)).hasMessageContaining("perHour").hasMessageContaining("0");
        assertThatThrownBy(() -> new DayContext.Rep("a", -1, 3)).hasMessageContaining("capacity").hasMessageContaining("-1");
    }
}
